def f():
    with a as x:
        pass
    global x
