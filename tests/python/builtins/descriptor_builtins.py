# property, classmethod and staticmethod used as builtins: getter/setter/deleter chains, __wrapped__, docs and errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class P:
    def __init__(self): self._v = 1
    def get_v(self): return self._v
    def set_v(self, v): self._v = v * 10
    def del_v(self): del self._v
    v = property(get_v, set_v, del_v, 'the v')
    ro = property(lambda self: 'read only')
    wo = property(None, lambda self, val: setattr(self, '_w', val))
p = P()
print(p.v, P.v.__doc__, P.ro.__doc__, type(P.v).__name__, P.v.fget is P.get_v, P.ro.fset, P.ro.fdel)
p.v = 2
print(p.v)
del p.v
show(getattr, p, 'v'); show(setattr, p, 'ro', 1); show(delattr, p, 'ro'); show(getattr, p, 'wo')
p.wo = 'written'
print(p._w)
class Chain:
    @property
    def x(self):
        'x doc'
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): self._x = 'deleted'
c = Chain(); c.x = 5; print(c.x); del c.x; print(c.x, Chain.x.__doc__)
prop = property(doc='explicit doc')
print(prop.__doc__, prop.fget, property().__doc__)
show(prop.__get__, c, Chain); print(prop.__get__(None, Chain) is prop)
show(property, 1, 2, 3, 4, 5); show(property, fget=1, bogus=2)
pr2 = property(fget=len)
print(pr2.__get__('abcd'), pr2.getter(abs).fget is abs, pr2.setter(print).fget is len, pr2.__isabstractmethod__)
class SubProp(property): pass
sp = SubProp(lambda self: 'sub')
print(type(sp.setter(None)).__name__, sp.__doc__)
show(property(None).__get__, 1)

class CM:
    @classmethod
    def make(cls, v): return (cls.__name__, v)
    @staticmethod
    def add(a, b): return a + b
class Sub(CM): pass
print(CM.make(1), Sub.make(2), Sub().make(3), CM.add(1, 2), Sub().add('a', 'b'))
cm = CM.__dict__['make']; sm = CM.__dict__['add']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__get__(None, Sub)(4), sm.__get__(None, Sub)(5, 6), sm(7, 8), cm.__get__(CM())(9), cm.__isabstractmethod__)
show(cm); show(classmethod); show(staticmethod); show(classmethod, 1, 2); show(staticmethod, function=1)
bad = classmethod(5)
show(bad.__get__(None, int)); show(lambda: bad.__get__(None, int)())
s5 = staticmethod(5)
show(s5); print(s5.__get__(None, int))
def documented():
    'a docstring'
print(staticmethod(documented).__doc__, classmethod(documented).__doc__, staticmethod(documented).__name__, classmethod(documented).__qualname__)
class Stacked:
    @classmethod
    @property
    def cls_prop(cls): return 'cls prop ' + cls.__name__
print(Stacked.cls_prop)
print(classmethod(len).__get__(1, int) is not None, isinstance(cm, classmethod), callable(cm), callable(sm))
class Dyn: pass
Dyn.f = classmethod(lambda cls, *a: (cls.__name__, a))
Dyn.g = staticmethod(lambda *a: a)
print(Dyn.f(1), Dyn().g(2, 3))
class Abstract:
    import abc
    @staticmethod
    @abc.abstractmethod
    def must(): pass
print(Abstract.__dict__['must'].__isabstractmethod__)
