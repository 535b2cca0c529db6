# __slots__: no __dict__, __dict__/__weakref__ in slots, conflicts, inheritance and error messages.
import weakref
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
print(s.a, hasattr(s, "__dict__"), S.__slots__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: setattr(s, "c", 3))
t(lambda: s.b)
t(lambda: weakref.ref(s))
t(lambda: s.__weakref__)
class SD:
    __slots__ = ("x", "__dict__")
sd = SD(); sd.y = 2; sd.x = 1; print(sd.__dict__, sd.x)
class SW:
    __slots__ = "__weakref__"
sw = SW(); r = weakref.ref(sw); print(r() is sw)
class Sub(S):
    pass
sub = Sub(); sub.z = 5; print(sub.__dict__)
class Sub2(S):
    __slots__ = ("c",)
t(lambda: setattr(Sub2(), "d", 1))
t(lambda: type("X", (), {"__slots__": ("v",), "v": 1}))
t(lambda: type("X", (), {"__slots__": (1,)}))
t(lambda: type("X", (), {"__slots__": ("1a",)}))
t(lambda: type("X", (), {"__slots__": ("__dict__", "__dict__")}))
t(lambda: type("X", (), {"__slots__": ("__weakref__", "__weakref__")}))
t(lambda: type("X", (SD,), {"__slots__": ("__dict__",)}))
t(lambda: type("X", (int,), {"__slots__": ("a",)}))
t(lambda: type("X", (tuple,), {"__slots__": ("a",)}))
t(lambda: type("X", (S, SD), {}))
class Priv:
    __slots__ = ("__p",)
    def __init__(self): self.__p = 1
print(Priv.__slots__, [k for k in Priv.__dict__ if "p" in k.lower() and not k.startswith("__")], Priv()._Priv__p)
class E:
    __slots__ = ()
t(lambda: setattr(E(), "x", 1))
t(lambda: E().__dict__)
class Str:
    __slots__ = "single"
print(Str.__slots__, hasattr(Str, "single"))
class L:
    __slots__ = ["l1", "l2"]
print(type(L.__slots__).__name__, sorted(k for k in L.__dict__ if k.startswith("l")))
class D:
    __slots__ = {"d1": "doc one", "d2": None}
print(D.d1.__doc__, D.d2.__doc__)
print(S.a.__get__(s), S.a.__set__(s, 9), s.a)
t(lambda: S.a.__get__(1))
t(lambda: S.a.__set__(1, 1))
