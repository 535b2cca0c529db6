raise A{}ssertionError(f'state: self.state!r}, expected: {expected!r}')
