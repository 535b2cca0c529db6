# super() corner cases: cooperative multiple inheritance, super in __new__/__init_subclass__/properties, super objects as descriptors.
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
class A(Base):
    def __init__(self, a=None, **kw):
        print("A.__init__", a); super().__init__(**kw)
class B(Base):
    def __init__(self, b=None, **kw):
        print("B.__init__", b); super().__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        print("C.__init__"); super().__init__(**kw)
C(a=1, b=2, extra=3)
print([k.__name__ for k in C.__mro__])
class P:
    @property
    def v(self): return "P.v"
    @v.setter
    def v(self, val): print("P.v setter", val)
class Q(P):
    @property
    def v(self): return "Q>" + super().v
    @v.setter
    def v(self, val):
        super(Q, type(self)).v.__set__(self, val * 2)
q = Q(); print(q.v); q.v = 5
class WithClassmethodNew:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.made_by = cls.__name__
        return inst
class Sub(WithClassmethodNew):
    def __new__(cls, x):
        inst = super().__new__(cls, x)
        inst.x = x
        return inst
s = Sub(4); print(s.made_by, s.x)
class SuperDescr:
    def who(self): return "SuperDescr"
class Deriv(SuperDescr):
    def who(self): return "Deriv"
bound = super(Deriv, Deriv())
print(bound.who(), super(Deriv, Deriv).who(Deriv()))
unbound = super(Deriv)
print(unbound.__get__(Deriv(), Deriv).who())
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: super(Deriv).who)
t(lambda: super().who)
t(lambda: super(Deriv, 5))
t(lambda: super(5, Deriv()))
t(lambda: super(Deriv, Deriv(), 1))
class S2:
    def m(self):
        return super().__class__.__name__, super().__repr__()[:13], super().__thisclass__.__name__
t(lambda: S2().m())
class StaticUse:
    @staticmethod
    def s():
        return super(StaticUse, StaticUse).__init_subclass__
t(lambda: StaticUse.s().__name__)
class Deep1:
    def m(self): return ["Deep1"]
class Deep2(Deep1):
    def m(self): return ["Deep2"] + super().m()
class Deep3(Deep2):
    def m(self): return ["Deep3"] + super().m()
print(Deep3().m(), super(Deep2, Deep3()).m())
class GetattrSuper:
    def __getattr__(self, n): return "getattr " + n
class UsesIt(GetattrSuper):
    def f(self):
        try:
            return super().missing
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(UsesIt().f())
