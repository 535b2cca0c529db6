def f(x):
    return x is 'abc'
print(f('abc'))
