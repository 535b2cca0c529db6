def f():
    return None(2)
