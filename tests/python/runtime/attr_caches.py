# LOAD_ATTR / LOAD_METHOD / STORE_ATTR inline caches stay right when classes, instances and
# their types change under them (the type version tag must invalidate every cached lookup).


class A:
    k = 1

    def m(self):
        return "A.m"


class B(A):
    pass


def read(o):
    return o.k


def call(o):
    return o.m()


def store(o, v):
    o.k = v


objs = [A(), B()]
for round_ in range(3):
    print([read(o) for o in objs], [call(o) for o in objs])
A.k = 2
print([read(o) for o in objs])
B.k = 3
print([read(o) for o in objs])
del B.k
print([read(o) for o in objs])
A.m = lambda self: "new A.m"
print([call(o) for o in objs])
B.m = lambda self: "B.m"
print([call(o) for o in objs])
objs[0].m = lambda: "instance m"
print([call(o) for o in objs])
del objs[0].m
print([call(o) for o in objs])
store(objs[0], 10)
print([read(o) for o in objs], A.k, objs[0].__dict__)


class P:
    @property
    def k(self):
        return "property k"


p = P()
print(read(p))
P.k = property(lambda self: "replaced property")
print(read(p))
del P.k
try:
    read(p)
except AttributeError as e:
    print("AttributeError", e)
p.k = "instance k"
print(read(p))
P.k = property(lambda self: "data descriptor wins")
print(read(p))
try:
    store(p, 5)
except AttributeError as e:
    print("AttributeError", e)


class G:
    k = "class k"


g = G()
print(read(g))
G.__getattribute__ = lambda self, name: "getattribute " + name
print(read(g), g.m)
del G.__getattribute__
print(read(g))
G.__getattr__ = lambda self, name: "getattr " + name
print(read(g), g.missing)


class Other:
    k = "other k"

    def m(self):
        return "Other.m"


del G.__getattr__
g.__class__ = Other
print(read(g), call(g))


class S:
    __slots__ = ("k",)


s = S()
try:
    read(s)
except AttributeError as e:
    print("AttributeError", e)
store(s, 7)
print(read(s))
try:
    s.m()
except AttributeError as e:
    print("AttributeError", e)


class Base:
    def m(self):
        return "Base.m"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


leaf = Leaf()
print(call(leaf))
Mid.m = lambda self: "Mid.m"
print(call(leaf))
del Mid.m
print(call(leaf))

print(" ".join(s.upper() for s in ["a", "b"]), [1, 2].count(2), (3).bit_length())


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
for i in range(1000):
    c.bump()
print(c.n, c.bump())


class Counted:
    made = 0
    label = "counted"

    def __init__(self):
        Counted.made += 1  # a plain class value replaced on every instance: caches stay valid

    def who(self):
        return self.label, self.made


class SubCounted(Counted):
    pass


objs = [Counted() if i % 2 else SubCounted() for i in range(500)]
print(Counted.made, SubCounted.made, objs[0].who(), objs[1].who())
Counted.label = "relabelled"
print(objs[0].who(), objs[1].who())
Counted.who = lambda self: "replaced method"
print(objs[0].who(), objs[1].who())
SubCounted.made = 7
print(objs[0].made, objs[1].made, Counted.made)
del SubCounted.made
print(objs[0].made)
Counted.made = property(lambda self: "now a property")
print(objs[0].made, objs[1].made)
