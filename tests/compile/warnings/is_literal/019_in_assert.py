x = 1
assert x is not 'y', 'message'
print('ok')
