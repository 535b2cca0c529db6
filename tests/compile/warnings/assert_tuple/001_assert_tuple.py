assert (1, 'message')
print('after')
