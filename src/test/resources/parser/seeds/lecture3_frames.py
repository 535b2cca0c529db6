x = 10


def foo(x):
    y = x * 2
    return bar(y)


def bar(x):
    y = x / 2
    return y


z = foo(x)
print(z)
for f in (foo, bar):
    c = f.__code__
    print(c.co_varnames, c.co_names, c.co_consts, c.co_argcount, c.co_nlocals)
