def f():
    return {(i := 0) for i, j in pairs}
