def f():
    return b'x'(), 1.5()
