def outer():
    x = 1
    def f():
        x: int = 3
        nonlocal x
