from _collections import defaultdict, _count_elements, _tuplegetter

def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b']
print(d, d.default_factory, len(d), isinstance(d, dict), type(d))
print(d.get('zz'), 'zz' in d, d['c'], sorted(d))
print(d == {'a': [1, 2], 'b': [], 'c': []})
n = defaultdict(int, {'x': 1}, y=2)
n['z'] += 5
print(n, n.__missing__('w'), n)
print(defaultdict(), defaultdict(None, [(1, 2)]), defaultdict(lambda: 7)[0])
show(defaultdict, 1)
show(defaultdict, list, 1, 2)
show(defaultdict(None).__getitem__, 3)
show(defaultdict(None).__missing__, (1, 2))
print(defaultdict(default_factory=list))
print(defaultdict.fromkeys([1]))
d = defaultdict(list, {1: 2})
c = d.copy(); c2 = d.__copy__()
print(c, type(c).__name__, c is d, c.default_factory, c2)
r = d.__reduce__()
print(r[:4], list(r[4]))
print(defaultdict(None, {1: 2}).__reduce__()[:2])
d.default_factory = set
print(d[9], d)
d.default_factory = None
show(d.__getitem__, 10)
print(d | {5: 6}, {5: 6} | d, type({5: 6} | d).__name__, (d | {5: 6}).default_factory)
d2 = defaultdict(str); d2 |= {1: 'a'}; print(d2, type(d2).__name__)
show(lambda: defaultdict(list) | 1)
show(defaultdict(list).__missing__)
print(defaultdict.__doc__.splitlines()[0], defaultdict.__module__)

rec = defaultdict(list); rec.default_factory = rec
print(repr(rec)[:30])

class Sub(defaultdict):
    pass
s = Sub(int); s['k'] += 1
print(s, type(s.copy()).__name__, s.copy())
class Sub2(defaultdict):
    def __missing__(self, key):
        return key * 2
print(Sub2(int)[4], Sub2(int, {4: 1})[4])
class WithInit(defaultdict):
    def __init__(self):
        super().__init__(list)
        self.extra = 1
w = WithInit(); w['q'].append(1)
print(w, w.extra)

# _count_elements
m = {}
_count_elements(m, 'abracadabra')
print(m)
_count_elements(m, 'aa')
print(m)
class Counterish(dict):
    def __missing__(self, key):
        return 0
cm = Counterish(); _count_elements(cm, [1, 2, 1, 3, 1]); print(cm)
class Logging(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
lg = Logging(); _count_elements(lg, 'aba'); print(lg)
class Getter(dict):
    def get(self, k, default):
        return 10
gt = Getter(); _count_elements(gt, 'xx'); print(gt)
show(_count_elements, {}, 1)
show(_count_elements, 1, [1])
show(_count_elements, {}, [[1]])

# _tuplegetter
class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'x coord')
    y = _tuplegetter(1, 'y coord')
p = Point((3, 4))
print(p.x, p.y, Point.x.__doc__, Point.y.__reduce__(), type(Point.x))
show(setattr, p, 'x', 1)
show(delattr, p, 'x')
show(lambda: Point((1,)).y)
show(Point.x.__get__, 5)
print(Point.x.__get__(None, Point) is Point.x, Point.x.__get__((9,)))
show(_tuplegetter)
show(_tuplegetter, 'a', 1)
show(_tuplegetter, 1, 2, 3)
g = _tuplegetter(1, None); print(repr(g)); g.__doc__ = 'new'; print(g.__doc__, repr(g), Point.x)
