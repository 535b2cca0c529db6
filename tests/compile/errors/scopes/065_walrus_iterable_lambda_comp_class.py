class C:
    x = [i for i in (lambda: [(k := 1) for m in n])()]
