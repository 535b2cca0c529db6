f = lambda x: x is ()
print(f(()))
