# getattr/setattr/hasattr/delattr, vars, dir, globals and locals.
class Point:
    z = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(getattr(p, "x"), getattr(p, "missing", "dflt"), hasattr(p, "y"), hasattr(p, "nope"))
setattr(p, "w", 9)
print(p.w, vars(p))
delattr(p, "w")
print(hasattr(p, "w"), sorted(vars(p)))
try:
    getattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(p) if not n.startswith("__")])
print("Point" in globals(), "p" in globals())


def f(a, b=2):
    c = a + b
    return sorted(locals().items())


print(f(1))
print(type(vars(Point)).__name__, "z" in vars(Point))
