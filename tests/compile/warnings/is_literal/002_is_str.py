x = 'a'
if x is 'a':
    print('yes')
