x = ()
print(x is (1, 2))
