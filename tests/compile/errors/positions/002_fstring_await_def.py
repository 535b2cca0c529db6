def f():
    return f'value: {await g()!r:>10}'
