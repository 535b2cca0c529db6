def f():
    return {x: 1 for x in 'ab'}(), {x for x in 'ab'}()
