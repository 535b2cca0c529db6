def f():
    *b = range(3)
