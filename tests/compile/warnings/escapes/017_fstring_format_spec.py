class D:
    def __format__(self, spec):
        return spec
print(f'{D():\d}')
