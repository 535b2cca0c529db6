# object and type: attribute protocol, reprs, dunder defaults, type() forms and errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class A:
    cls_attr = 1
    def __init__(self): self.x = 1
a = A()
print(a.__class__.__name__, a.__dict__, A.__name__, A.__qualname__, A.__module__, A.__bases__, A.__mro__, A.__base__, A.__doc__)
print(a == a, a != a, a.__eq__(1), a.__ne__(a), a.__lt__(a), a.__hash__() == hash(a), a.__sizeof__() > 0, a.__reduce_ex__(2)[0].__name__)
print(object.__doc__ is not None, type(object.__dict__).__name__, object.__bases__, object.__mro__, type.__mro__, type.__base__)
show(getattr, a, 'nope'); show(getattr, A, 'nope'); show(lambda: object().x); show(setattr, object(), 'x', 1)
show(lambda: a < a); show(lambda: A() < A()); show(lambda: a + 1); show(lambda: -a); show(lambda: a()); show(len, a); show(iter, a)
show(hash, []); show(lambda: {}[[]]); show(lambda: object.__setattr__(1, 'x', 2)); show(object.__getattribute__, a, 1)
a.__dict__ = {'y': 2}; print(a.y); show(setattr, a, '__dict__', 1); show(setattr, a, '__class__', int)
class B:
    __slots__ = ('p',)
b = B(); b.p = 1; print(b.p, B.p.__name__, type(B.p).__name__, hasattr(b, '__dict__')); show(setattr, b, 'q', 1); del b.p; show(lambda: b.p)
print(dir(B()) == sorted(dir(B())), '__slots__' in dir(B), sorted(set(dir(A())) - set(dir(object))))
T = type('T', (A,), {'z': 3, '__doc__': 'tdoc'})
print(T.__name__, T.__bases__[0].__name__, T().z, T().cls_attr, T.__doc__, type(T), T.__qualname__, T.__module__)
show(type, 'X', (1,), {}); show(type, 'X', (), {'__slots__': 1}); show(type, 'X', (bool,), {}); show(type, 1, (), {})
show(type.__call__, int, '5'); print(type(int), type(type), isinstance(type, type), issubclass(type, object), int.__class__)
class Meta(type):
    def __repr__(cls): return 'Meta:' + cls.__name__
class M(metaclass=Meta):
    pass
print(repr(M), type(M).__name__, M.__class__.__name__, isinstance(M, type), Meta.__mro__[1].__name__)
print(int.__dict__['__add__'].__name__, type(int.__dict__['__add__']).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(type(object.__init__).__name__, type(object().__init__).__name__, type(str.join).__name__, type('a'.join).__name__, type(int.from_bytes).__name__)
print(repr(int.__add__), repr(str.join), repr(dict.fromkeys)[:40], repr(object.__init__))
print(A.__dict__['__init__'].__name__, type(A.__dict__).__name__, A.__dict__['cls_attr'], sorted(k for k in A.__dict__ if not k.startswith('__')))
show(lambda: A.__dict__.__setitem__('q', 1)); show(setattr, int, 'x', 1); show(setattr, A, '__name__', 5); A.__name__ = 'Renamed'; print(A.__name__, A.__qualname__)
print(object.__subclasshook__(), NotImplemented.__class__.__name__, object.__new__(A).__class__.__name__, type.__prepare__('x', ()))
show(object.__new__, int); print(type(object.__new__(A, 1)).__name__); show(A, 1); show(object.__init__, a, 1)
class WithNew:
    def __new__(cls, *a): return super().__new__(cls)
print(type(WithNew(1, 2)).__name__)
class Ini:
    def __init__(self, v): self.v = v
show(Ini); print(Ini(3).v)
print(int.__name__, int.__qualname__, int.__module__)
print(sorted(type.__dict__)[:8])
import copy
class S2:
    __slots__ = ("a", "b")
s = S2(); s.a = 1
print(s.__getstate__(), S2.__slotnames__, s.__reduce_ex__(2)[2])
c = copy.copy(s); print(c.a, hasattr(c, 'b'))
class SD:
    __slots__ = ('a', '__dict__')
x = SD(); x.a = 1; x.z = 2
print(x.__getstate__(), copy.deepcopy(x).z)
print(type('T', (), {}).__module__)
