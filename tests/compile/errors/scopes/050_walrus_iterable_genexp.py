def f():
    return list(x for x in [(w := 1)])
