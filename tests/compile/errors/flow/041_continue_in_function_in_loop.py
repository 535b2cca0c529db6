while 1:
    def f():
        if x:
            continue
