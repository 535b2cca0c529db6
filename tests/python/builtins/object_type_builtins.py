# object() and type(): one- and three-argument type(), metaclass selection, object's methods and their errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

o = object()
print(type(o).__name__, type(o) is object, o == o, o != object(), o.__class__ is object, object.__bases__, object.__base__)
show(object, 1); show(object, x=1); show(setattr, o, 'a', 1); show(getattr, o, '__dict__')
print(hasattr(o, '__dict__'), object.__doc__[:30], isinstance(object, type), type(object) is type)
print(type(1), type('s').__name__, type(type), type(None).__name__, type(len).__name__, type(o).__qualname__)
show(type); show(type, 1, 2); show(type, 'X', (), {}, 1); show(type, 'X', 5, {}); show(type, 'X', (), 5); show(type, 5, (), {})
show(type, 'X', (1,), {}); show(type, 'X', (bool,), {}); show(type, 'X', (int, str), {}); show(type, object=1)
X = type('X', (), {'a': 1, 'm': lambda self: self.a * 2, '__doc__': 'made by type'})
x = X()
print(X.__name__, X.__qualname__, X.__module__, X.__bases__, X.__doc__, x.a, x.m(), type(x) is X, X.__mro__)
Y = type('Y', (X,), {'a': 5})
print(Y().m(), Y.__bases__[0] is X, issubclass(Y, X), [c.__name__ for c in Y.__mro__])
Z = type('Z', (int,), {'__repr__': lambda self: f'Z({int(self)})'})
print(Z(5), Z(5) + 1, type(Z(5) + 1).__name__, isinstance(Z(2), int))
W = type('W', (object,), {'__slots__': ('p',), '__qualname__': 'Outer.W'})
w = W(); w.p = 3
print(W.__qualname__, w.p, hasattr(w, '__dict__'))
show(type, 'Q', (), {'__qualname__': 5}); show(type, 'Q', (), {'__slots__': 5})
show(type, 'bad\x00name', (), {})
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added_by_meta'] = kw.get('tag', 'none')
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
M = Meta('M', (), {})
class N(M, tag='tagged'): pass
print(type(M).__name__, M.added_by_meta, N.added_by_meta, type(N).__name__)
T2 = type(M)('T2', (), {})
print(type(T2).__name__, T2.added_by_meta)
class Meta2(type): pass
class A(metaclass=Meta): pass
class B(metaclass=Meta2): pass
show(type, 'C', (A, B), {})
show(lambda: type('C', (A, B), {}))
print(type.__call__(int, '12'), type.__new__(type, 'Direct', (), {}).__name__)
show(type.__new__, type, 'D'); show(type.__new__, 5, 'D', (), {}); show(type.__new__, int, 'D', (), {})
show(type.__init__, int, 'x', (), {}, 5)
class Init:
    def __init__(self, v): self.v = v
show(Init); show(Init, 1, 2); print(Init(v=3).v)
class NewOnly:
    def __new__(cls, *args): return ('made', args)
print(NewOnly(1, 2))
class NoInitArgs: pass
show(NoInitArgs, 1); show(NoInitArgs, k=1)
print(object.__new__(NoInitArgs).__class__.__name__)
show(object.__new__, 5); show(object.__new__, int); show(object.__new__)
print(object.__init__(o) is None, object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1), o.__hash__() == hash(o))
print(object.__reduce_ex__(X(), 2)[0].__name__, o.__sizeof__() > 0, type(o).__subclasshook__(int), object.__format__(o, '') == str(o))
show(object.__format__, o, 'x')
print(type.__dict__['__name__'].__get__(int), sorted(k for k in dir(X) if k in ('a', 'm')))
X.__name__ = 'Renamed'
print(X.__name__, X.__qualname__)
show(setattr, X, '__name__', 5); show(setattr, int, '__name__', 'x')
