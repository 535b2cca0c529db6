# __prepare__ returning custom mappings: class bodies run LOAD_NAME/STORE_NAME/DELETE_NAME through them.
class LoggingNS(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"): print("store", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        if not k.startswith("__"): print("load", k)
        return super().__getitem__(k)
    def __delitem__(self, k):
        print("delete", k); super().__delitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases): return LoggingNS()
    def __new__(m, name, bases, ns):
        print("namespace type", type(ns).__name__)
        return super().__new__(m, name, bases, dict(ns))
class C(metaclass=Meta):
    a = 1
    b = a + 1
    del a
    c = [b] * 2
    print("len in body", len(c))
print(C.b, C.c, hasattr(C, "a"))
class AutoNS(dict):
    def __missing__(self, k):
        if k.isupper(): return k.lower()
        raise KeyError(k)
class AutoMeta(type):
    @classmethod
    def __prepare__(m, *a): return AutoNS()
class Auto(metaclass=AutoMeta):
    x = FOO
    y = print
print(Auto.x, Auto.y is print)
class NotDict:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
class NDMeta(type):
    @classmethod
    def __prepare__(m, *a): return NotDict()
    def __new__(m, name, bases, ns): return super().__new__(m, name, bases, ns.d)
class ND(metaclass=NDMeta):
    q = 5
    r = q * 2
print(ND.q, ND.r)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class BadNew(type):
    @classmethod
    def __prepare__(m, *a): return NotDict()
t(lambda: BadNew("X", (), NotDict()))
class Dup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"): raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)
class DupMeta(type):
    @classmethod
    def __prepare__(m, *a): return Dup()
t(lambda: exec("class D(metaclass=DupMeta):\n    x = 1\n    x = 2", {"DupMeta": DupMeta}))
