x = 1.5
print(x is 1.5, b'' is not x)
