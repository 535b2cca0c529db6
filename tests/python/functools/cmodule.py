import _functools as f
import functools
print(sorted(n for n in dir(f) if not n.startswith('__')))
print(functools.partial is f.partial, functools.reduce is f.reduce, functools.cmp_to_key is f.cmp_to_key,
      functools._lru_cache_wrapper is f._lru_cache_wrapper)
def g(*a, **k):
    return a, k
def show(x):
    return repr(x).replace(hex(id(g)), 'ADDR')
p = f.partial(g, 1, a=2)
print(show(p), p.func is g, p.args, p.keywords, p(3, b=4), p(a=5))
print(show(p.__reduce__()))
p2 = f.partial(p, 3, b=4)
print(p2.func is g, p2.args, p2.keywords, type(p), f.partial.__module__, repr(f.partial(len)))
class P(f.partial):
    pass
print(show(P(g, 1)), P(g).func is g, f.partial(P(g, 1), 2).func is g, f.partial(P(g, 1), 2).args)
p.attr = 1
q = f.partial(p, 9)
print(q.func is p, q.args, p.__dict__)
s = f.partial(len)
s.__setstate__((g, (7,), {'z': 1}, None))
print(show(s), s(), f.partial[int])
print(f.partial(f.partial, g)(1)(2))
r = f.partial(print)
r.__setstate__((print, (r,), {}, None))
print(repr(r).startswith('functools.partial(<built-in function print>, functools.partial(<built-in function print>, ...)'))
for c in ['f.partial()', 'f.partial(1)', 'f.reduce(lambda a,b:a, [])', 'f.reduce()', 'f.reduce(1,[],1,2)', 'f.reduce(1,1)',
          'f.reduce(1,[],x=1)', 'f.cmp_to_key()', 'f.cmp_to_key(1)(1) < 2', 'f.partial(g).__setstate__(1)',
          'f.partial(g).__setstate__((1, (), {}, None))', 'f._lru_cache_wrapper()', 'f._lru_cache_wrapper(1, 1, 1, 1)',
          'f._lru_cache_wrapper(g, "a", 1, 1)', 'p.func = 1', 'hash(f.cmp_to_key(1)(1))']:
    try:
        print(c, eval(c) if not c.startswith('p.func') else exec(c))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
print(f.reduce(lambda a, b: a + b, [1, 2, 3]), f.reduce(lambda a, b: a + b, [], 10), f.reduce(lambda a, b: a * b, range(1, 6), 1),
      f.reduce(lambda a, b: a + b, ['x']))
K = f.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K(1)).__name__, K(1) < K(2), K(1) == K(1), K(2) >= K(3), K(1).obj)
print(sorted([3, 1, 2], key=f.cmp_to_key(lambda a, b: b - a)), sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
