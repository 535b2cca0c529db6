# Metaclasses: __prepare__, __new__/__init__/__call__, conflicts, keyword arguments, class creation order.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)
class C(metaclass=Meta, flag=True):
    x = injected + 1
print(C.x, C.injected, type(C).__name__)
c = C()
print(type(c).__name__)
class D(C): pass
print(type(D).__name__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
t(lambda: type("AB", (A, B), {}))
t(lambda: M1("AB", (A, B), {}))
class M3(M1, M2): pass
t(lambda: type(M3("AB", (A, B), {})).__name__)
t(lambda: type(type("AB", (A,), {})).__name__)
def fn_meta(name, bases, ns, **kw):
    print("function metaclass", name, kw)
    return 42
class F(metaclass=fn_meta, a=1): pass
print(F)
class BadPrepare(type):
    @classmethod
    def __prepare__(m, *a, **k): return 5
t(lambda: exec("class X(metaclass=BadPrepare): pass", {"BadPrepare": BadPrepare}))
t(lambda: exec("class X(object, metaclass=1): pass"))
t(lambda: exec("class X(1): pass"))
t(lambda: exec("class X(unknown_kw=1): pass"))
t(lambda: type("T", (), {}, extra=1))
t(lambda: type("T"))
t(lambda: type("T", ()))
t(lambda: type(1, (), {}))
t(lambda: type("T", [], {}))
t(lambda: type("T", (), []))
t(lambda: type.__new__(1, "T", (), {}))
t(lambda: type.__new__(int, "T", (), {}))
t(lambda: type("T\0x", (), {}))
t(lambda: type("T", (), {"__qualname__": 1}))
t(lambda: type("T", (), {"__qualname__": "Q.T"}).__qualname__)
t(lambda: type(type("T", (), {}).__name__))
class Order(type):
    def __new__(m, name, bases, ns):
        print("order", list(k for k in ns if not k.startswith("__")))
        return super().__new__(m, name, bases, ns)
class O(metaclass=Order):
    b = 1
    a = 2
    def c(self): pass
class MetaAttr(type):
    meta_only = "from meta"
class MA(metaclass=MetaAttr): pass
print(MA.meta_only, hasattr(MA(), "meta_only"))
class MetaRepr(type):
    def __repr__(cls): return f"<MetaRepr {cls.__name__}>"
class MR(metaclass=MetaRepr): pass
print(MR, [MR])
import types
ns = types.new_class("NC", (), {"metaclass": Meta}, lambda ns: ns.update(z=3))
print(ns.z, types.resolve_bases((int,)), types.prepare_class("P", (), {"metaclass": Meta})[0].__name__)
class WithOrig:
    def __mro_entries__(self, bases): return (int,)
class UsesOrig(WithOrig()): pass
print(UsesOrig.__bases__, UsesOrig.__orig_bases__[0].__class__.__name__)
