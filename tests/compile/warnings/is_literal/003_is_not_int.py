x = 5
print(x is not 1)
