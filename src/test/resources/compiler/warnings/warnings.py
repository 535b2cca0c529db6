x = 1
if x is 1:
    pass
y = x is not "a"
assert (x, "message")
z = (1, 2)(3)
w = [1, 2][x]
v = {1, 2}[0]
u = [1, 2]["a"]
t = (x for x in y)[0]
s = f"{x}"()
r = x is None and x is ...
