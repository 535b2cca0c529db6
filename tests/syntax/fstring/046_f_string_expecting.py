x = f'{a!r:'
