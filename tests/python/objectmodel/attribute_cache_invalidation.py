# Attribute and global caches must see every change: loops that rebind classes, instances, globals and builtins.
class C:
    x = "class"
c = C()
out = []
for i in range(6):
    out.append(c.x)
    if i == 1: c.x = "instance"
    if i == 2: del c.x
    if i == 3: C.x = "class2"
    if i == 4: C.x = property(lambda self: "property")
print(out)
class D: pass
d = D()
res = []
for i in range(4):
    try:
        res.append(d.m())
    except AttributeError as e:
        res.append("AttributeError")
    if i == 0: D.m = lambda self: "method"
    if i == 1: d.m = lambda: "instance callable"
    if i == 2: del d.m; D.m = staticmethod(lambda: "static")
print(res)
g = "g1"
def read(): return g
vals = []
for i in range(4):
    vals.append(read())
    if i == 0: globals()["g"] = "g2"
    if i == 1: del globals()["g"]; import builtins; builtins.g = "from builtins"
    if i == 2: g = "g3"
print(vals)
import builtins
del builtins.g
def use_len(x): return len(x)
r = []
for i in range(3):
    r.append(use_len("ab"))
    if i == 0: globals()["len"] = lambda x: "global len"
    if i == 1: del globals()["len"]
print(r)
class Base:
    def who(self): return "Base"
class Sub(Base): pass
s = Sub()
w = []
for i in range(4):
    w.append(s.who())
    if i == 0: Base.who = lambda self: "Base2"
    if i == 1: Sub.who = lambda self: "Sub"
    if i == 2: s.__class__ = Base
print(w)
class Slot:
    __slots__ = ("a",)
so = Slot()
sr = []
for i in range(3):
    try:
        sr.append(so.a)
    except AttributeError:
        sr.append("unset")
    so.a = i
print(sr)
class Meta(type): pass
class K(metaclass=Meta): pass
kr = []
for i in range(3):
    kr.append(getattr(K, "attr", None))
    if i == 0: Meta.attr = "meta"
    if i == 1: K.attr = "class"
print(kr)
def method_cache():
    class M:
        def f(self): return 1
    m = M()
    out = []
    for i in range(3):
        out.append(m.f())
        M.f = lambda self, i=i: i + 10
    return out
print(method_cache())
