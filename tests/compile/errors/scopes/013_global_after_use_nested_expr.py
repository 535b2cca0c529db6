def f():
    return [y
            for y in x]
    global x
