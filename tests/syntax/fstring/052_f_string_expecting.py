x = f'{a!'
