def f(a, *, key=1):
    global key
    return key
