print('\d')
