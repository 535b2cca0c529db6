def f():
    return b'ab'[{}]
