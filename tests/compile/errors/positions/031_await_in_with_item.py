def f():
    with (await x) as y:
        pass
