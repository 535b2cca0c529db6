# property with getter/setter/deleter and docs; classmethod/staticmethod wrapping, incl. classmethod over property.
class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x doc"
        return self._x
    @x.setter
    def x(self, v): print("set", v); self._x = v
    @x.deleter
    def x(self): print("del"); self._x = None
    ro = property(lambda self: "read-only")
    wo = property(None, lambda self, v: print("wo set", v))
c = C()
c.x = 5; print(c.x); del c.x; print(c.x, C.x.__doc__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: setattr(c, "ro", 1))
t(lambda: delattr(c, "ro"))
t(lambda: c.wo)
c.wo = 3
p = property(doc="explicit")
print(p.__doc__, p.fget, property().__doc__)
class D:
    def getter(self):
        "getter doc"
        return 1
    a = property(getter)
    b = property(getter, doc="override")
print(D.a.__doc__, D.b.__doc__, D().a)
class E(C):
    @C.x.getter
    def x(self): return "E getter"
print(E().x, E.x.fset is C.x.fset)
class Sub(property):
    "subclass doc"
print(Sub(lambda s: 1).__doc__)
class WithSubProp:
    @Sub
    def v(self):
        "v doc"
        return 1
print(WithSubProp.v.__doc__)
t(lambda: property(1).__get__(object()))
t(lambda: property(lambda s: 1).__get__(None, object).__class__.__name__)
t(lambda: property.__set__(property(), 1, 2))
class Attr:
    @property
    def name(self): raise AttributeError("inner attr")
t(lambda: Attr().name)
class K:
    @classmethod
    def cm(cls, *a): return cls.__name__, a
    @staticmethod
    def sm(*a): return a
    @classmethod
    @property
    def cprop(cls): return "classprop of " + cls.__name__
class KSub(K): pass
print(K.cm(1), K().cm(2), KSub.cm(), K.sm(1), K().sm(2), K.cprop, KSub().cprop)
cm = K.__dict__["cm"]; sm = K.__dict__["sm"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, cm.__isabstractmethod__)
print(sm(5), callable(sm), callable(cm))
t(lambda: cm(1))
t(lambda: classmethod(1).__get__(None, K)())
t(lambda: staticmethod(1)())
print(cm.__wrapped__ is cm.__func__, sm.__name__, sm.__doc__, sm.__qualname__)
print(classmethod(repr).__get__(None, list)())
class L:
    @staticmethod
    def s(): "static doc"
print(L.s.__doc__, L.__dict__["s"].__doc__)
