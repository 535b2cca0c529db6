x = 3
print(x is 3)
print(x is not 4)
