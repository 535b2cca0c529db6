# Assigning dunders on a class after creation updates its slots (and its subclasses'); deleting falls back.
class A:
    pass
class B(A):
    pass
a, b = A(), B()
A.__add__ = lambda self, o: "A.add"
print(a + 1, b + 1)
B.__add__ = lambda self, o: "B.add"
print(a + 1, b + 1)
del B.__add__
print(b + 1)
del A.__add__
try:
    a + 1
except TypeError as e:
    print(e)
A.__len__ = lambda self: 3
print(len(b), bool(b))
A.__bool__ = lambda self: False
print(bool(b))
A.__repr__ = lambda self: "A-repr"
print(repr(b), str(b), f"{b}")
A.__str__ = lambda self: "A-str"
print(str(b), f"{b}", f"{b!r}")
A.__getitem__ = lambda self, k: k * 2
print(b[3], list(zip(range(2), b)) if False else b["x"])
A.__iter__ = lambda self: iter([1, 2])
print(list(b), 2 in b)
A.__call__ = lambda self, *a: ("called", a)
print(b(1))
A.__eq__ = lambda self, o: True
print(b == 5, b != 5)
A.__hash__ = lambda self: 99
print(hash(b))
A.__lt__ = lambda self, o: "lt"
print(b < 1, 1 > b)
A.__getattr__ = lambda self, n: "dyn-" + n
print(b.anything)
A.__contains__ = lambda self, x: x == "only"
print("only" in b, 1 in b)
A.__index__ = lambda self: 1
print([10, 20][b], bin(b))
A.__neg__ = lambda self: "neg"
print(-b)
A.__enter__ = lambda self: "entered"
A.__exit__ = lambda self, *a: None
with b as v:
    print(v)
try:
    int.__add__ = None
except TypeError as e:
    print(e)
try:
    object.foo = 1
except TypeError as e:
    print(e)
class M(type): pass
class WithM(metaclass=M): pass
M.__getitem__ = lambda cls, k: f"{cls.__name__}[{k}]"
print(WithM[int])
M.__len__ = lambda cls: 42
print(len(WithM))
