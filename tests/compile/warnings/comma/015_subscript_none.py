def f():
    return None[0]
