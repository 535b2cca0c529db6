# An uncaught exception with an explicit cause, three deep.
def level1():
    raise KeyError("bottom")

def level2():
    try:
        level1()
    except KeyError as e:
        raise ValueError("middle") from e

def level3():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("top") from e

level3()
