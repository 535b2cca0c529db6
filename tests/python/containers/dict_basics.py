# dict: insertion order, update forms, setdefault/pop/popitem/get, fromkeys, copy, |, |=, constructor forms and errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

d = {'b': 1, 'a': 2}
d['c'] = 3; d['b'] = 10; del d['a']; d['a'] = 4
print(d, list(d), list(d.values()), list(d.items()))
d.update({'z': 0}, y=9); d.update([('x', 8)]); d.update(((1, 'one'),)); d.update()
print(d)
print(d.setdefault('b'), d.setdefault('new'), d.setdefault('new2', []), d)
print(d.pop('new'), d.pop('missing', 'dflt'), d.get('x'), d.get('missing'), d.get('missing', 0), len(d))
print(d.popitem(), d.popitem(), d)
show('pop missing', lambda: d.pop('missing'))
show('popitem empty', lambda: {}.popitem())
show('getitem missing', lambda: d['missing'])
show('getitem tuple key', lambda: {}[(1, 2)])
show('del missing', lambda: d.__delitem__('missing'))
show('unhashable key', lambda: {[]: 1})
show('unhashable get', lambda: d.get([]))
show('unhashable in', lambda: [] in d)
show('pop no args', lambda: d.pop())
show('setdefault no args', lambda: d.setdefault())
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys(''), dict.fromkeys({'k': 1}, 'v'))
class D(dict):
    pass
print(type(D.fromkeys('a')).__name__, D.fromkeys('ab', 1))
print(dict(), dict(a=1), dict({'a': 1}, b=2), dict([('a', 1), ['b', 2], 'cd']), dict(zip('xy', (1, 2))), dict({1: 2}.items()))
show('dict int', lambda: dict(5))
show('dict bad item', lambda: dict([1]))
show('dict short item', lambda: dict([('a',)]))
show('dict long item', lambda: dict([('a', 1, 2)]))
show('dict str items', lambda: dict(['abc']))
show('dict two args', lambda: dict({}, {}))
show('dict kw non str', lambda: dict(**{1: 2}))
show('update int', lambda: {}.update(5))
show('update bad seq', lambda: {}.update([(1, 2, 3)]))
show('update two', lambda: {}.update({}, {}))
class KeysOnly:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysOnly()), {**KeysOnly()}, {'a': 1, **{'b': 2}, 'a': 3})
e = {'a': 1, 'b': 2}
f = {'b': 20, 'c': 30}
print(e | f, f | e, e, f)
g = e
g |= f; print(g, e is g)
g |= [('z', 26)]; print(g)
show('or list', lambda: e | [('a', 1)])
show('ior int', lambda: e.__ior__(5))
print({} | {}, dict.__or__(e, 5), D(a=1) | {'b': 2}, type(D(a=1) | {}).__name__)
c = e.copy(); c['new'] = 1; print('new' in e, 'new' in c, c == e, type(D(x=1).copy()).__name__)
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 'z', False: 'f', 0.0: 'g'}, {(1, 2): 'tuple'}[(1, 2)], {frozenset([1]): 'fs'}[frozenset([1])])
print({'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2}, {} == dict())
show('dict lt', lambda: {} < {})
nan = float('nan')
print({nan: 1} == {nan: 1}, len({nan: 1, float('nan'): 2}), {1: nan} == {1: nan})
print(list(reversed({'a': 1, 'b': 2, 'c': 3})), list(reversed({'a': 1}.items())), list(reversed({'x': 9}.values())))
big = {i: i * i for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()), list(big.items())[-2:])
big[0] = 'back'; print(list(big)[-1], list(big)[0])
