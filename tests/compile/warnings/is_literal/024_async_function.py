async def f(x):
    return x is 'a'
print('ok')
