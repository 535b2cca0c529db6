# Instance __dict__ and type __dict__ (mappingproxy): views, mutability, repr-free checks.
class C:
    x = 1
    def m(self): pass
c = C()
print(type(C.__dict__).__name__, type(c.__dict__).__name__)
print(sorted(k for k in C.__dict__ if not k.startswith("__")), C.__dict__["x"])
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: C.__dict__.__setitem__("y", 2))
def assign(): C.__dict__["y"] = 2
t(assign)
t(lambda: C.__dict__.copy()["x"])
t(lambda: len(C.__dict__) > 3)
t(lambda: "x" in C.__dict__)
t(lambda: list(C.__dict__.keys())[:1])
t(lambda: C.__dict__.get("nope", "dflt"))
t(lambda: C.__dict__ | {"z": 1} == {**C.__dict__, "z": 1})
import types
mp = types.MappingProxyType({"a": 1})
print(mp, mp["a"], list(mp.items()), mp == {"a": 1}, len(mp))
t(lambda: types.MappingProxyType([1]))
t(lambda: types.MappingProxyType({}).pop("a"))
t(lambda: hash(types.MappingProxyType({})))
t(lambda: mp.a)
t(lambda: type(mp)())
c.__dict__["direct"] = 1; print(c.direct)
c.__dict__.clear(); print(vars(c))
C.y = 2; print(C.__dict__["y"], c.y)
del C.y; print("y" in C.__dict__)
print(int.__dict__["real"].__class__.__name__, "__add__" in int.__dict__, "__dict__" in C.__dict__, "__dict__" in int.__dict__)
print(vars(C) is not None, vars(c))
t(lambda: vars(1))
t(lambda: vars())
t(lambda: vars(1, 2))
class NoDictInst:
    __slots__ = ()
t(lambda: vars(NoDictInst()))
class F:
    pass
f = F()
f.a = 1; f.b = 2; del f.a; f.a = 3
print(list(f.__dict__))
print(object.__dict__["__class__"].__class__.__name__, type.__dict__["__dict__"].__class__.__name__)
