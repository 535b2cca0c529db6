# property, classmethod, staticmethod, super, bound methods, module objects, singletons
import types, sys

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class P:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): del self._x
    ro = property(lambda self: 42)
    wo = property(None, lambda self, v: None)
p = P()
print(p.x, P.x.__doc__, P.x.fget.__name__, P.x.fset.__name__, P.x.fdel.__name__, P.ro.__doc__, P.ro.__isabstractmethod__)
p.x = 5; print(p.x); del p.x; show(lambda: p.x)
show(setattr, p, 'ro', 1); show(delattr, p, 'ro'); show(lambda: p.wo); show(property().__get__, 1, int); print(P.x.__get__(None, P) is P.x)
q = P.x.getter(lambda self: 'new'); print(q.__get__(p), q.fset is P.x.fset, property.__doc__ is not None, property(doc='d').__doc__)
show(property, 1, 2, 3, 4, 5); show(property, fget=1, bogus=2)
class Sub(property):
    "subclass doc"
print(Sub(lambda s: 1).__doc__, Sub(lambda s: 1, doc='given').__doc__)
class C:
    @classmethod
    def cm(cls, *a): return (cls.__name__,) + a
    @staticmethod
    def sm(*a): return a
    def m(self, *a): return a
    @classmethod
    @property
    def cp(cls): return 'cp-' + cls.__name__
class D(C):
    pass
print(C.cm(1), D.cm(), D().cm(2), C.sm(3), C().sm(4), C.cp, D.cp, C.__dict__['cm'].__func__.__name__, C.__dict__['sm'].__func__.__name__)
print(type(C.__dict__['cm']).__name__, C.__dict__['cm'].__wrapped__.__name__, C.__dict__['sm'].__isabstractmethod__, callable(C.__dict__['sm']), C.__dict__['sm'](5))
show(classmethod, 1); show(classmethod); show(staticmethod); print(classmethod(len).__func__, staticmethod(len).__func__, staticmethod(len)('ab'))
cm = classmethod(lambda cls: cls); print(cm.__get__(None, int), cm.__get__(1), cm.__get__(1, str))
bound = C().m
print(type(bound).__name__, bound.__func__ is C.m, type(bound.__self__).__name__, bound.__name__, bound.__qualname__, bound(1, 2), bound == C().m, hash(bound) == hash(bound))
print(bound.__doc__, hasattr(bound, '__get__'), types.MethodType(C.m, 7)(8), types.MethodType(len, 'abc')())
show(types.MethodType, 1, 2); show(types.MethodType, len, None)
class Base:
    def who(self): return 'Base'
    @classmethod
    def cwho(cls): return 'Base.c ' + cls.__name__
class Mid(Base):
    def who(self): return 'Mid>' + super().who()
    @classmethod
    def cwho(cls): return 'Mid>' + super().cwho()
class Leaf(Mid):
    def who(self): return 'Leaf>' + super().who()
print(Leaf().who(), Leaf.cwho(), super(Mid, Leaf()).who(), super(Leaf, Leaf).cwho(), super(Mid, Leaf).who(Leaf()))
s = super(Mid, Leaf())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
show(super, 1, 2); show(super, Mid, 1); show(lambda: super().x); show(lambda: super(Mid, Leaf()).nope)
m = types.ModuleType('mymod', 'docstring')
print(repr(m), m.__name__, m.__doc__, m.__dict__ is vars(m), sorted(m.__dict__), m.__spec__, m.__loader__, m.__package__)
print(m.__annotations__, '__annotations__' in m.__dict__, m.__annotations__ is m.__dict__['__annotations__'])
m.__annotations__ = {'a': int}; print(m.__annotations__); del m.__annotations__; show(lambda: m.__dict__['__annotations__'])
show(delattr, m, '__annotations__'); m.__dict__['__annotations__'] = 5; print(m.__annotations__)
m.x = 1; print(dir(m)); m.__dir__ = lambda: ['custom']; print(dir(m))
m.__getattr__ = lambda name: 'dyn-' + name; print(m.anything); show(lambda: types.ModuleType('z').nope)
del m.__name__; show(lambda: m.nothere)
show(types.ModuleType); show(types.ModuleType, 1); print(repr(types.ModuleType('m2')), type(sys).__name__, repr(sys), sys.__name__)
m3 = types.ModuleType('m3'); m3.__file__ = '/x/m3.py'; print(repr(m3))
print(repr(None), repr(NotImplemented), repr(Ellipsis), repr(...), type(None)(), type(NotImplemented)(), type(...)(), None.__bool__())
show(type(None), 1); show(type(...), 1); show(bool, NotImplemented)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__, NotImplemented.__reduce__(), Ellipsis.__reduce__(), hash(None) == hash(None))
print(object().__reduce_ex__(2)[0].__name__, object.__init_subclass__(), object.__subclasshook__(), object.__sizeof__(object()) > 0)
show(object, 1); show(object().__format__, 'x'); show(setattr, object(), 'a', 1); show(object.__new__, 1)
print(type(type).__name__, type.__name__, type('X', (), {'a': 1}).a, type(3) is int, type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool), int.__subclasses__()[:1])
show(type, 'X', 1, {}); show(type, 'X', (), 1); show(type, 1, 2); show(type)
