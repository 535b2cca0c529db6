a = b = 2
print(a is 1 is b)
