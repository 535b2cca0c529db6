print('\d \w')
