def f():
    for x.y, z in w:
        pass
    global z
