# dict and set: views, |, |=, errors, "changed size during iteration", reprs
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

d = {'a': 1, 'b': 2}
d2 = {'b': 3, 'c': 4}
print(d | d2, d2 | d, {**d, **d2}, dict(d, x=5), dict([('k', 'v')], k2=1), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
e = dict(d); e |= d2; e |= [('z', 26)]; print(e)
show(lambda: d | [('x', 1)]); show(lambda: d.__or__([1])); show(lambda: {1: 2} | 3)
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, list(reversed(k)), list(reversed(i)))
print(k & {'a', 'z'}, sorted(k | {'z'}), k - {'a'}, sorted(k ^ {'a', 'q'}), i & {('a', 1)}, k == {'a', 'b'}, k <= {'a', 'b', 'c'}, k.isdisjoint(['x']))
print(k.mapping, repr(v.mapping), type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(i)).__name__)
d['c'] = 3; print(k, v, i)
show(lambda: v == v); show(lambda: hash(k)); show(lambda: k[0]); show(lambda: d['zz']); show(lambda: d[[1]]); show(lambda: {[]: 1})
print(d.get('zz'), d.get('zz', 0), d.setdefault('q', 9), d.setdefault('q', 10), d.pop('q'), d.pop('zz', None), d.popitem(), d)
show(d.pop, 'zz'); show({}.popitem); show(dict, 1); show(dict, [1]); show(dict, [(1, 2, 3)]); show(dict, {}, {}); show(d.update, 1); show(d.update, [1])
for mutate in [lambda m: m.__setitem__('new', 1), lambda m: m.pop('a'), lambda m: m.clear(), lambda m: m.__setitem__('a', 5)]:
    m = {'a': 1, 'b': 2}
    try:
        for key in m:
            mutate(m)
        print('no error', m)
    except RuntimeError as err:
        print('RuntimeError:', err)
for view in ['keys', 'values', 'items']:
    m = {'a': 1, 'b': 2}
    try:
        for x in getattr(m, view)():
            m['z' + str(x)] = 0
    except RuntimeError as err:
        print(view, 'RuntimeError:', err)
m = {'a': 1, 'b': 2}
try:
    for x in m:
        m.pop('b', None); m['c'] = 3
except RuntimeError as err:
    print('RuntimeError:', err)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as err:
    print('RuntimeError:', err)
s = {1, 2}
try:
    for x in s:
        s.discard(2); s.add(5)
except RuntimeError as err:
    print('RuntimeError:', err)
rec = {}; rec['self'] = rec; print(rec, repr({1: [2]}), str({}), repr(dict()), {1: 'a', True: 'b', 1.0: 'c'})
class D(dict):
    def __missing__(self, key):
        return key * 2
print(D()['ab'], D(a=1).get('zz'), type(D(a=1).copy()), repr(D(x=1)), type(D() | {}), D.fromkeys('a'), type(D.fromkeys('a')))
it = iter({'a': 1, 'b': 2}); next(it); print(it.__length_hint__(), it.__reduce__())
# sets (small ints keep their order deterministic)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, a >= {1}, a < a, a.isdisjoint({9}), a.issubset(range(10)), a.issuperset([1, 2]))
print(a.union([7], (8,)), a.intersection(b, [4]), a.difference([1], [2]), a.symmetric_difference([1, 9]), frozenset(a) | b, type(frozenset(a) | b), type(b | frozenset(a)))
c = set(a); c |= {9}; c &= {1, 9, 3}; c -= {3}; c ^= {1, 10}; print(c, c.copy(), c.pop(), c)
c.update([20], [21]); c.intersection_update([20, 21, 22]); c.difference_update([21]); c.symmetric_difference_update([5]); print(c)
show(c.remove, 99); show(set().pop); show(lambda: {[1]}); show(lambda: a | [1]); show(lambda: a < [1]); show(set, 1); show(hash, set())
print(repr(set()), repr(frozenset()), repr(frozenset({1})), repr({1, 2}), set('a'), hash(frozenset()) == hash(frozenset()), frozenset([1]) == {1})
print({1, 2} == frozenset({1, 2}), {1} in {frozenset({1})}, set.__class_getitem__(int), frozenset({1}).copy() is not None, len({1, 1.0, True}))
print(sorted({'b', 'a', 'c'}), sorted({'b': 1, 'a': 2}.items()), dict(sorted({'z': 1, 'y': 2}.items())))
class S(set):
    pass
print(type(S([1]) | {2}), repr(S([1])), type(S([1]).copy()), {1, 2}.__reduce__())
