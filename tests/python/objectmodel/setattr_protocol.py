# STORE_ATTR/DELETE_ATTR through __setattr__/__delattr__, data descriptors, slots and read-only builtins.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Validated:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        super().__setattr__(name, value)
v = Validated()
v.ok = 1
t(lambda: setattr(v, "_bad", 1))
print(vars(v))
class Frozen:
    __slots__ = ("a",)
    def __init__(self, a): object.__setattr__(self, "a", a)
    def __setattr__(self, n, val): raise AttributeError("frozen")
    def __delattr__(self, n): raise AttributeError("frozen del")
f = Frozen(1)
t(lambda: setattr(f, "a", 2))
t(lambda: delattr(f, "a"))
print(f.a)
t(lambda: setattr(int, "real", 1))
t(lambda: setattr((1,), "x", 1))
t(lambda: setattr(len, "x", 1))
t(lambda: setattr(len, "__doc__", "x"))
t(lambda: setattr(type, "x", 1))
t(lambda: setattr(type(None), "x", 1))
t(lambda: setattr(object(), "__class__", object))
t(lambda: delattr(object(), "__class__"))
t(lambda: setattr(property(), "fget", None))
t(lambda: setattr(staticmethod(len), "x", 1) or "staticmethod has a __dict__")
t(lambda: setattr(slice(1), "start", 2))
t(lambda: setattr(range(1), "start", 2))
t(lambda: setattr(1j, "real", 2))
t(lambda: setattr(Exception(), "args", (1, 2)) or "args settable")
t(lambda: setattr(Exception(), "x", 1) or "exception instances have a __dict__")
class WithReadonlyProp:
    @property
    def r(self): return 1
t(lambda: setattr(WithReadonlyProp(), "r", 2))
t(lambda: delattr(WithReadonlyProp(), "r"))
class NamedProp:
    r = property(lambda self: 1)
t(lambda: setattr(NamedProp(), "r", 2))
def fn(): pass
t(lambda: setattr(fn, "__defaults__", (1,)) or fn.__defaults__)
t(lambda: setattr(fn, "__kwdefaults__", {"a": 1}) or fn.__kwdefaults__)
t(lambda: setattr(fn, "__annotations__", {"x": int}) or fn.__annotations__)
t(lambda: setattr(fn, "__doc__", 5) or fn.__doc__)
t(lambda: setattr(fn, "__module__", None) or fn.__module__)
