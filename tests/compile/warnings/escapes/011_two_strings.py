print('\d')
print('\w')
