s = f'{x!r} and {f"{(yield 1)}"}'
