# dict mutation errors and corner cases: changed size during iteration, keys with bad __hash__/__eq__, missing

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

d = {i: i for i in range(5)}
def grow():
    for k in d:
        d[k + 100] = 0
show('grow during iteration', grow)
print(len(d) > 5)
d = {i: i for i in range(5)}
def shrink():
    for k in d:
        del d[k]
show('shrink during iteration', shrink)
d = {i: i for i in range(5)}
def replace_values():
    for k in d:
        d[k] = -k
    return d
show('replace values', replace_values)
d = {i: i for i in range(5)}
def popitem_loop():
    for k, v in d.items():
        d.popitem()
show('popitem during items', popitem_loop)
d = {'a': 1}
def clear_loop():
    for k in d.keys():
        d.clear()
show('clear during keys', clear_loop)
class BadHash:
    def __hash__(self):
        raise ValueError('no hash for you')
show('bad hash set', lambda: {BadHash(): 1})
show('bad hash get', lambda: {}.get(BadHash()))
show('bad hash in', lambda: BadHash() in {1: 2})
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError('eq exploded')
bad = BadEq()
dd = {bad: 'ok'}
print(dd[bad])
show('bad eq lookup', lambda: dd[BadEq()])
show('bad eq int collide', lambda: {1: 'one'}[BadEq()])
class Counter:
    calls = 0
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        Counter.calls += 1
        return self.h
    def __eq__(self, other):
        return isinstance(other, Counter) and self.h == other.h
c = {Counter(1): 'a', Counter(2): 'b'}
Counter.calls = 0
print(c[Counter(1)], Counter(2) in c, Counter.calls)
class Missing(dict):
    def __missing__(self, key):
        return 'missing:' + repr(key)
m = Missing(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, len(m))
class MissingRaises(dict):
    def __missing__(self, key):
        raise LookupError('custom ' + key)
show('missing raises', lambda: MissingRaises()['k'])
from collections import defaultdict, OrderedDict
dl = defaultdict(list)
dl['x'].append(1); dl['y']
print(sorted(dl.items()), dl.default_factory is list, defaultdict(int)['q'])
od = OrderedDict(b=1, a=2)
od.move_to_end('b'); print(list(od), od.popitem(last=False), od)
show('kw non string', lambda: dict(**{'a': 1}, **{'a': 2}))
def f(**kw):
    return kw
show('duplicate kw call', lambda: f(**{'a': 1}, **{'a': 2}))
show('non mapping star', lambda: f(**[1]))
show('non str key star', lambda: f(**{1: 2}))
class Key(str):
    def __hash__(self):
        return hash(str(self))
print({Key('a'): 1}['a'], {'a': 1}[Key('a')])
x = {}
x[x.__len__()] = 'zero'; x[len(x)] = 'one'
print(x, x.__contains__(0), x.__getitem__(1), dict.__len__(x), sorted(dir({}))[-11:])
