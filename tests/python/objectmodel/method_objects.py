# Bound methods, functions as descriptors, method equality/hash, attributes of functions and methods.
class C:
    def m(self, x=1): return (self.__class__.__name__, x)
    def __repr__(self): return "C()"
c = C()
bm = c.m
print(bm(), bm.__self__, bm.__func__ is C.m, bm.__name__, bm.__qualname__, bm.__doc__)
print(c.m == c.m, c.m is c.m, C.m is C.m, hash(c.m) == hash(c.m), c.m != C().m)
print(repr(bm).startswith("<bound method C.m of C()>"))
print(C.m(c, 5), type(C.m).__name__, type(bm).__name__)
f = C.__dict__["m"]
print(f.__get__(c)(), f.__get__(None, C) is f, f.__get__(c, C).__self__)
import types
m2 = types.MethodType(lambda self, y: (self, y), "bound-to-str")
print(m2(1), m2.__self__)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: types.MethodType(1, c))
t(lambda: types.MethodType(len, None))
t(lambda: setattr(bm, "attr", 1))
def fn(): pass
fn.attr = 5
print(fn.attr, fn.__dict__, C.m.__module__, fn.__name__, fn.__qualname__)
fn.__name__ = "renamed"; fn.__qualname__ = "Q.renamed"
print(fn.__name__, fn.__qualname__, repr(fn).split(" at ")[0])
t(lambda: setattr(fn, "__name__", 5))
t(lambda: setattr(fn, "__qualname__", None))
t(lambda: setattr(fn, "__code__", 5))
t(lambda: setattr(fn, "__dict__", []))
t(lambda: setattr(fn, "__globals__", {}))
t(lambda: delattr(fn, "__name__"))
t(lambda: fn.__globals__ is globals())
t(lambda: fn.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
def w(a, b): return a + b
def w2(a, b): return a * b
w.__code__ = w2.__code__
print(w(3, 4))
def w3(a): return a
t(lambda: setattr(w, "__code__", (lambda: 0).__code__) or w())
print(bm.__func__.__defaults__, bm.__self__ is c)
t(lambda: bm.__defaults__)
t(lambda: bm.nonexistent)
fn.extra = "through method?"
class D:
    f = fn
print(D().f.extra)
print(type(len).__name__, len.__self__.__name__, len.__name__, len.__qualname__, [].append.__self__, [].append.__name__)
print(repr(len), repr([].append)[:27], type([].append).__name__, type(list.append).__name__, type(int.__add__).__name__)
print(list.append.__objclass__, list.append.__name__, list.append.__qualname__, int.__add__.__qualname__)
print(type(object.__init__).__name__, type(object().__init__).__name__, type(str.join).__name__)
t(lambda: list.append(1, 2))
t(lambda: list.append([], 1, 2))
t(lambda: int.__add__("a", 1))
t(lambda: str.upper(1))
t(lambda: dict.fromkeys.__self__)
print(classmethod.__get__(classmethod(fn), None, C).__self__)
