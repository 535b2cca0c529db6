def f(x):
    assert (x == 1,
            'x is not 1')
