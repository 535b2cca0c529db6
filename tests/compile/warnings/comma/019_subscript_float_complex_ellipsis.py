def f():
    return 1.5[0], 2j[0], ...[0]
