x = 1
print('\d', x is 1)
