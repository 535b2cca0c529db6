# globals, locals, vars and dir: modules, classes, instances, __dir__, __slots__, and errors
import types
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

top = 'top level'
print(globals()['top'], globals() is globals(), locals() is globals(), '__name__' in globals(), __name__)
def func(a, b=2):
    c = a + b
    loc = locals()
    print(sorted(loc), loc['c'])
    d = 4
    print(sorted(locals()), 'd' in loc)
    return loc
func(1)
def with_free():
    x = 1
    def inner():
        y = 2
        return sorted(locals()), x
    return inner()
print(with_free())
class K:
    cattr = 1
    print('class body', sorted(k for k in locals() if not k.startswith('__')), locals()['__qualname__'])
    def meth(self): return 'm'
k = K()
k.inst = 2
print(vars(k), sorted(k for k in vars(K) if not k.startswith('__')), type(vars(K)).__name__)
show(vars, 1); show(vars, 'x'); show(vars, None); show(vars, 1, 2); show(lambda: vars(k).__setitem__('z', 3) or k.z)
class Slots:
    __slots__ = ('s',)
show(vars, Slots())
m = types.ModuleType('m', 'doc')
m.value = 1
print(sorted(vars(m)), vars(m) is m.__dict__, vars()['top'])
print(dir(k)[-4:], 'cattr' in dir(k), 'meth' in dir(K), '__init__' in dir(K), dir(k) == sorted(dir(k)))
print(sorted(dir(m)), [n for n in dir(1) if not n.startswith('_')])
print([n for n in dir([]) if not n.startswith('_')], [n for n in dir(str) if n.startswith('is')])
class CustomDir:
    def __dir__(self): return ['zeta', 'alpha', 'mid', 'alpha']
print(dir(CustomDir()), 'zeta' in dir(CustomDir))
class TupleDir:
    def __dir__(self): return ('b', 'a')
print(dir(TupleDir()))
class BadDir:
    def __dir__(self): return 5
show(dir, BadDir())
class NoneDir:
    def __dir__(self): return None
show(dir, NoneDir())
show(dir, 1, 2)
def local_dir():
    q = 1; p = 2
    return dir()
print(local_dir())
print(sorted(set(dir(types.SimpleNamespace(a=1, b=2))) - set(dir(types.SimpleNamespace()))))
class Meta(type):
    def meta_method(cls): pass
class WithMeta(metaclass=Meta):
    own = 1
print('own' in dir(WithMeta), 'meta_method' in dir(WithMeta), 'meta_method' in dir(Meta))
class Parent:
    p_attr = 1
class Child(Parent):
    c_attr = 2
print([n for n in dir(Child) if n.endswith('_attr')], [n for n in dir(Child()) if n.endswith('_attr')])
class DictAttr:
    pass
o = DictAttr()
o.__dict__['direct'] = 'via dict'
print(o.direct, vars(o))
o.__dict__ = {'replaced': True}
print(vars(o), o.replaced)
show(setattr, o, '__dict__', 5)
print(sorted(vars(func)) == [], func.__code__.co_varnames, func.__defaults__)
func.attr = 1
print(vars(func))
import math
print('pi' in vars(math), 'sqrt' in dir(math), vars(math)['pi'] == math.pi)
