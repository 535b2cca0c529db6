x = None
print(x is None, x is True, x is ..., x is not False)
