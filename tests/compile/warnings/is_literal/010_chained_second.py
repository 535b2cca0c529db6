a = b = 2
print(a < b is 'x')
