def f():
    g = lambda a=x: a
    global x
