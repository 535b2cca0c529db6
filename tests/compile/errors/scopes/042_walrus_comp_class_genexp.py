class C:
    s = sum((t := v) for v in range(3))
