class C:
    x = [
        (yield)
    ]
