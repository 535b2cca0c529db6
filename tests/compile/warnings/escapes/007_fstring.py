x = 1
print(f'\d{x}')
