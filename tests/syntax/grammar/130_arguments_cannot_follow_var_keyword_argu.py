def f(a, b, /, c, *, d, e=1, **f, g): pass
