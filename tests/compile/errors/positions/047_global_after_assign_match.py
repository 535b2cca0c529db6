def f(v):
    match v:
        case [x]:
            pass
    global x
