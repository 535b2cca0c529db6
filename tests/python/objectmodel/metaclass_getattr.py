# Attribute lookup on classes: metaclass attributes, metaclass __getattr__/__getattribute__/__setattr__, data descriptors on metaclasses.
class Meta(type):
    meta_attr = "meta value"
    def __getattr__(cls, n):
        return f"Meta.__getattr__({n})"
    def meta_method(cls): return f"meta_method of {cls.__name__}"
    @property
    def prop(cls): return f"meta property of {cls.__name__}"
class C(metaclass=Meta):
    class_attr = "class value"
print(C.class_attr, C.meta_attr, C.missing, C.meta_method(), C.prop)
print(hasattr(C(), "meta_attr"), hasattr(C(), "meta_method"))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: C().missing)
t(lambda: C().prop)
class Shadow(metaclass=Meta):
    prop = "class attr shadowed by meta data descriptor?"
print(Shadow.prop, Shadow().prop)
class SetMeta(type):
    def __setattr__(cls, n, v):
        print("SetMeta.__setattr__", n, v)
        super().__setattr__(n, v)
    def __delattr__(cls, n):
        print("SetMeta.__delattr__", n)
        super().__delattr__(n)
class S(metaclass=SetMeta):
    x = 1
S.x = 2
del S.x
t(lambda: S.x)
class GAMeta(type):
    def __getattribute__(cls, n):
        if n == "secret": return "intercepted"
        return super().__getattribute__(n)
class G(metaclass=GAMeta):
    secret = "hidden"
print(G.secret, G().secret, G.__name__)
class Counter(type):
    count = 0
    def __call__(cls, *a, **k):
        Counter.count += 1
        return super().__call__(*a, **k)
class Counted(metaclass=Counter): pass
Counted(); Counted()
print(Counter.count)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(One(1) is One(2), One(3).v)
print(type(C).__name__, type(type(C)).__name__, C.__class__.__name__, isinstance(C, Meta), issubclass(Meta, type))
print(sorted(n for n in dir(C) if "meta" in n), "class_attr" in dir(C))
