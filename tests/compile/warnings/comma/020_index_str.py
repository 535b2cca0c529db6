def f():
    return 'abc'['x']
