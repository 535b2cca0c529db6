# getattr, setattr, delattr, hasattr: defaults, descriptors, __getattr__, slots, builtins and the errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class C:
    cls_attr = 'class'
    def __init__(self): self.x = 1
    @property
    def prop(self): return 'property'
    @property
    def ro(self): return 'ro'
c = C()
print(getattr(c, 'x'), getattr(c, 'cls_attr'), getattr(c, 'prop'), getattr(c, 'missing', 'dflt'), getattr(C, 'cls_attr'))
show(getattr, c, 'missing'); show(getattr, c, 5); show(getattr, c); show(getattr, c, 'x', 1, 2); show(getattr, c, b'x')
show(getattr, 1, 'nope'); show(getattr, int, 'nope'); show(getattr, None, 'x'); show(getattr, C, 'missing')
print(hasattr(c, 'x'), hasattr(c, 'nope'), hasattr(c, 'prop'), hasattr(1, 'real'), hasattr(int, '__add__'))
show(hasattr, c, 5); show(hasattr, c)
setattr(c, 'y', 2); setattr(C, 'new', 'added')
print(c.y, c.new, C.new, sorted(vars(c)))
show(setattr, c, 'ro', 5); show(setattr, 1, 'x', 2); show(setattr, c, 3, 4); show(setattr, c, 'z'); show(setattr, int, 'x', 1)
show(setattr, object(), 'a', 1); show(setattr, [], 'append', 1)
delattr(c, 'y')
print(hasattr(c, 'y'))
show(delattr, c, 'y'); show(delattr, c, 'ro'); show(delattr, c, 'cls_attr'); show(delattr, 1, 'real'); show(delattr, c, 7)
show(delattr, int, 'real'); show(delattr, c)
class Dyn:
    def __getattr__(self, name):
        if name.startswith('d_'): return name.upper()
        raise AttributeError(f'no {name} here')
d = Dyn()
print(getattr(d, 'd_one'), hasattr(d, 'd_x'), hasattr(d, 'other'), getattr(d, 'other', 'fallback'))
show(getattr, d, 'other')
class Raises:
    @property
    def bad(self): raise ValueError('property failed')
    @property
    def attr_err(self): raise AttributeError('inner attr error')
r = Raises()
show(hasattr, r, 'bad'); print(hasattr(r, 'attr_err'), getattr(r, 'attr_err', 'dflt'))
show(getattr, r, 'bad', 'dflt')
class Guard:
    def __setattr__(self, name, value):
        print('  setattr', name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('  delattr', name)
        object.__delattr__(self, name)
g = Guard()
setattr(g, 'v', 21)
print(g.v)
delattr(g, 'v')
show(delattr, g, 'v')
class Slotted:
    __slots__ = ('a',)
s = Slotted()
show(getattr, s, 'a'); setattr(s, 'a', 5); print(getattr(s, 'a')); show(setattr, s, 'b', 1); delattr(s, 'a'); show(getattr, s, 'a')
class StrSub(str): pass
setattr(c, StrSub('sub'), 'via subclass')
print(getattr(c, StrSub('sub')), getattr(c, 'sub'))
import types
m = types.ModuleType('mod')
setattr(m, 'val', 3)
print(getattr(m, 'val'), hasattr(m, 'nothing'))
show(getattr, m, 'nothing')
def f(): pass
setattr(f, 'tag', 'func attr'); print(getattr(f, 'tag'), getattr(f, '__name__'))
show(getattr, c, 'x\x00y'); print(getattr(c, 'é', 'unicode default'))
setattr(c, '1 weird name', 'ok'); print(getattr(c, '1 weird name'), vars(c)['1 weird name'])
