def f():
    assert ()
print('ok')
