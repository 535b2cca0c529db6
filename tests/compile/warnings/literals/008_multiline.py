x = [1,
     2if 1 else 0,
     3]
print(x)
