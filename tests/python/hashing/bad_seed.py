print('not reached')
