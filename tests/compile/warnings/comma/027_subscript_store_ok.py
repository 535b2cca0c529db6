def f():
    1[0] = 2
    None[1] += 2
