def f(x):
    assert (x, 'a'), 'b'
