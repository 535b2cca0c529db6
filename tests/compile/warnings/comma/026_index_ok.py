def f():
    return 'abc'[1], (1, 2)[True], [1][0:1], 'x'[f()]
print('ok')
