# Data descriptors beat the instance dict, which beats non-data descriptors; __set__/__delete__/__get__ calls.
class Data:
    def __init__(self, name): self.name = name
    def __get__(self, obj, owner):
        print("Data.get", self.name, type(obj).__name__, owner.__name__); return "data:" + self.name
    def __set__(self, obj, v): print("Data.set", self.name, v)
    def __delete__(self, obj): print("Data.delete", self.name)
class NonData:
    def __get__(self, obj, owner=None):
        print("NonData.get", obj is None); return "nondata"
class SetOnly:
    def __set__(self, obj, v): print("SetOnly.set", v)
class C:
    d = Data("d")
    n = NonData()
    s = SetOnly()
c = C()
c.__dict__.update(d="inst-d", n="inst-n", s="inst-s")
print(c.d, c.n, c.s)
c.d = 1; c.n = 2; c.s = 3
print(c.__dict__)
del c.d
del c.n
print(c.n)
print(C.d, C.n)
print(type(C.__dict__["s"]).__name__, C.s is C.__dict__["s"])
try:
    del c.s
except AttributeError as e:
    print("AttributeError:", e)
class Meta(type):
    md = Data("meta")
class K(metaclass=Meta):
    md = "class attr"
print(K.md)
K.md = 5
class DescrOnType:
    def __get__(self, obj, owner): return ("got", obj, owner.__name__)
class H:
    x = DescrOnType()
print(H.x, H().x[0])
def plain(self): return "method"
H.f = plain
h = H()
print(h.f(), H.f(h), h.f.__self__ is h, h.f.__func__ is plain)
h.f = lambda: "instance attr"
print(h.f())
class Slotted:
    __slots__ = ("a",)
print(type(Slotted.a).__name__, Slotted.a.__name__, Slotted.a.__objclass__.__name__)
s = Slotted()
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
s.a = 1; print(s.a); del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
print(Slotted.a.__get__(None, Slotted) is Slotted.a)
class G:
    def __getattribute__(self, n):
        print("getattribute", n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        print("getattr fallback", n); return n.upper()
    x = 1
g = G()
print(g.x, g.missing)
class Raiser:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "fallback " + n
print(Raiser().p)
