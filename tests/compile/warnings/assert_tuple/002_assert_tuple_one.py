def f(x):
    assert (x,)
f(0)
print('ok')
