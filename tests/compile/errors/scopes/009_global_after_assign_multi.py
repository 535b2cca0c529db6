def f():
    b = 1
    global a, b, c
