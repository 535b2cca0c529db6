def f():
    return {x for x in ''}[0], (x for x in '')[0]
