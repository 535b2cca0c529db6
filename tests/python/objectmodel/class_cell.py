# The __class__ cell and __classcell__: metaclasses that drop or replace the namespace, decorated classes, super() inside.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class DropCell(type):
    def __new__(m, name, bases, ns):
        ns = dict(ns)
        ns.pop("__classcell__", None)
        return super().__new__(m, name, bases, ns)
def make_drop():
    class X(metaclass=DropCell):
        def f(self): return __class__
    return X
t(make_drop)
class Replace(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name + "2", bases, dict(ns))
def make_replace():
    class Y(metaclass=Replace):
        def f(self): return __class__
    return Y().f().__name__
t(make_replace)
class Other(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        return type("Unrelated", (), {"__classcell__": ns.get("__classcell__")}) if name == "W" else cls
def make_other():
    class W(metaclass=Other):
        def f(self): return __class__
    return W
t(make_other)
def deco(cls):
    return type(cls.__name__ + "Deco", (cls,), {})
@deco
class Z:
    def who(self): return __class__.__name__
    def sup(self): return super().__repr__()[:10]
t(lambda: (Z.__name__, Z().who(), Z().sup()))
class NoCellNeeded:
    def f(self): return 1
t(lambda: "__classcell__" in NoCellNeeded.__dict__)
def make_cell_type():
    class V:
        def f(self): return __class__
    return type(V.f.__closure__[0]).__name__, V.f.__closure__[0].cell_contents is V
t(make_cell_type)
t(lambda: type("T", (), {"__classcell__": 5}))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("classcell present:", "__classcell__" in ns)
        return super().__new__(m, name, bases, ns)
class UsesSuper(metaclass=Meta):
    def f(self): return super().__init__
class NoSuper(metaclass=Meta):
    def f(self): return 1
