x = 42
print(type(x))
print(type(type(x)))
print(type(type) is type)
a = 256
b = 256
print(a is b)
print(int.__add__(2, 3))
print(type(3.5), type('s'), type(None), type([]), type(()), type({}))
