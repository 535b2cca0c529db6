y = 1if 1 else 2
print(y)
