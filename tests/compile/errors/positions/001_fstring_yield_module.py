x = f'{(yield)}'
