def outer():
    a = 1
    def f():
        nonlocal a, b
