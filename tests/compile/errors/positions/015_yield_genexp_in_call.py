def f():
    g(
        (yield x)
        for x in y
    )
