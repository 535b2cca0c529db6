def f():
    return [i for i in [(j := True) for j in range(5)]]
