# dict views: keys/values/items, their set operations, membership, reversed, mapping attribute, len, and repr

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it), 'a' in k, 1 in v, ('a', 1) in it, ('a', 2) in it, 'z' in k)
d['d'] = 4
print(list(k), list(v), list(it))
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}))
print(sorted(k & ['b', 'q']), sorted(k | ('y',)), sorted(['a', 'x'] - k) if False else sorted({'a', 'x'} - k), sorted({'a', 'x'} ^ k))
print(sorted(it & {('a', 1), ('b', 0)}), sorted(it | {('z', 0)}), sorted(it - {('a', 1)}), sorted(it ^ {('a', 1), ('q', 9)}))
print(sorted(k & {'a': 0}.keys()), sorted(k - 'ab'), sorted(k & 'abz'), k == {'a', 'b', 'c', 'd'}, k != {'a'}, k == ['a', 'b', 'c', 'd'])
print(k <= {'a', 'b', 'c', 'd', 'e'}, k < {'a', 'b', 'c', 'd'}, k >= {'a'}, k > {'a', 'b', 'c', 'd'}, k.isdisjoint({'x'}), k.isdisjoint(['a']))
print(it == {('a', 1), ('b', 2), ('c', 3), ('d', 4)}, it.isdisjoint([('a', 2)]), it >= {('a', 1)}, {('a', 1)} < it)
show('values and', lambda: v & {1})
show('values eq', lambda: v == d.values())
show('keys and int', lambda: k & 5)
show('items unhashable', lambda: ('a', []) in it)
show('items set unhashable', lambda: it & {('x', 1)} | it if False else sorted(it & [('a', [])]))
show('keys sub int', lambda: k - 1)
print(type(k & set()).__name__, type(k | set()).__name__, type(it - set()).__name__, type({'q'} | k).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k.mapping, k.mapping is not d, type(k.mapping).__name__, v.mapping['a'], it.mapping == d)
show('mapping set', lambda: k.mapping.__setitem__('x', 1))
ki = iter(k)
print(next(ki), ki.__length_hint__() if hasattr(ki, '__length_hint__') else 'n/a')
d2 = {'x': 1, 'y': 2}
kit = iter(d2)
next(kit)
d2['z'] = 3
show('changed size keys', lambda: next(kit))
d3 = {'x': 1, 'y': 2}
vit = iter(d3.values())
del d3['x']
show('changed size values', lambda: next(vit))
d4 = {'x': 1, 'y': 2}
iit = iter(d4.items())
d4['x'] = 100
print('value change ok', next(iit))
d5 = {'x': 1, 'y': 2}
def loop():
    for key in d5:
        d5[key + key] = 0
show('loop insert', loop)
d6 = {'x': 1}
def loop2():
    for key in d6:
        d6.pop(key)
        d6[key] = 2
    return d6
show('loop pop-readd', loop2)
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()), e.keys() == set(), e.keys() & {1})
print(repr({1: {2: 3}}.items()), repr({'k': [1]}.values()), str({(1, 2): None}.keys()))
print(sorted({1: 2, 3: 4}.keys() | {1: 2}.items(), key=repr))
