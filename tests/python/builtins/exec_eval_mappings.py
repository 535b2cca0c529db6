# exec and eval with globals dicts, custom locals mappings, closures, builtins injection and errors
import collections
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

g = {'x': 10}
print(eval('x + 1', g), sorted(k for k in g if k != '__builtins__'), '__builtins__' in g)
print(eval('x * y', {'x': 3}, {'y': 4}), eval('len("abc")', {}), eval('  1 + 2  \n'), eval('\t[1, 2]'))
l = {}
exec('a = 1\nb = a + 1', g, l)
print(sorted(l.items()), 'a' in g)
exec('c = x * 2', g)
print(g['c'])
class Logging(dict):
    def __getitem__(self, k):
        print('  get', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('  set', k, v)
        super().__setitem__(k, v)
lm = Logging(z=5)
exec('w = z + 1', {}, lm)
print(dict(lm))
print(eval('z * 2', {}, lm))
class Default(collections.UserDict):
    def __getitem__(self, k):
        if k in self.data: return self.data[k]
        if k.startswith('_'): raise KeyError(k)
        return f'<{k}>'
print(eval('hello + " " + world', {}, Default()))
dm = Default()
exec('v = undefined_name; v2 = v + "!"', {}, dm)
print(dm.data)
class MissingDict(dict):
    def __missing__(self, k): return k.upper()
show(eval, 'abc', {}, MissingDict())
show(eval, 'abc', MissingDict())
show(eval, 'nope', {}); show(eval, 'nope', {}, {}); show(eval, '1 +', {}); show(eval, 5); show(eval, 'x', 5)
show(eval, 'x', {}, 5); show(eval, 'x', [], {}); show(exec, 'x', None, 5); show(eval); show(exec)
show(eval, 'a = 1'); show(exec, 'return 5'); show(exec, 'yield 1'); show(eval, b'1 + 1'); show(eval, '\x00')
show(eval, 'x', globals=None); show(eval, source='1')
print(eval('1 + 1', None, None), eval(compile('3 * 3', '<s>', 'eval')), exec('1', {}) is None)
ns = {}
exec('def f(n):\n    return n * k\nk = 7', ns)
print(ns['f'](6), ns['f'].__globals__ is ns, ns['f'].__module__ if '__name__' in ns else 'no module name')
ns2 = {'__name__': 'custom_mod'}
exec('class C: pass\ndef h(): pass', ns2)
print(ns2['C'].__module__, ns2['h'].__module__, ns2['C'].__qualname__)
b = {'__builtins__': {'len': lambda s: 'fake len'}}
print(eval('len([1, 2])', b))
show(eval, 'abs(-1)', {'__builtins__': {}})
exec('import math as m_mod', g)
print(g['m_mod'].__name__)
def outer():
    loc = 'local value'
    return eval('loc'), eval('loc + "!"', None, {'loc': 'override'})
print(outer())
def closure():
    free = 'free'
    def inner():
        return eval('free')
    return inner
show(closure())
code = compile('r = q ** 2', '<str>', 'exec')
env = {'q': 9}
exec(code, env)
print(env['r'])
exec('global gg\ngg = "set globally"', env, {})
print(env['gg'])
print(eval('[i for i in range(3) if i != skip]', {'skip': 1}), eval('(lambda: zz)()', {'zz': 'lambda sees globals'}))
show(eval, '[i * zz for i in range(2)]', {}, {'zz': 2})
