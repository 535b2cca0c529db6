x = 3
print(x is 3, x is 4)
