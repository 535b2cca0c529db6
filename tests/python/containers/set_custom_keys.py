# sets and dicts with user-defined keys: __hash__/__eq__ interplay, equal-but-distinct keys, mutation of keys, errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

class Key:
    def __init__(self, v, h=None):
        self.v, self.h = v, h
    def __hash__(self):
        return hash(self.v) if self.h is None else self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return 'Key(%r)' % (self.v,)
s = {Key(1), Key(1), Key(2), Key(3, h=1), Key(4, h=1)}
print(len(s), sorted(k.v for k in s), Key(1) in s, Key(3, h=1) in s, Key(3) in s, Key(9) in s)
d = {Key('a'): 1}
d[Key('a')] = 2
print(d, len(d), d[Key('a')])
first = Key('x')
d2 = {first: 'first'}
d2[Key('x')] = 'second'
print(list(d2.keys())[0] is first, d2)
s2 = {first}
s2.add(Key('x'))
print(next(iter(s2)) is first, len(s2))
class NoEq:
    def __hash__(self):
        return 7
a, b = NoEq(), NoEq()
print(len({a, b}), a in {a}, b in {a}, len({a: 1, b: 2}))
class Unhashable:
    __hash__ = None
show('unhashable set', lambda: {Unhashable()})
show('unhashable dict', lambda: {Unhashable(): 1})
show('unhashable in set', lambda: Unhashable() in {1})
show('unhashable frozenset', lambda: frozenset([Unhashable()]))
show('hash of list', lambda: hash([]))
show('hash of dict', lambda: hash({}))
class EqOnly:
    def __eq__(self, other):
        return True
show('eq without hash', lambda: {EqOnly()})
print(EqOnly.__hash__ is None, hash(1) == hash(1.0) == hash(True), {1, 1.0, True}, {0, 0.0, False, -0.0}, len({1: 'a', 1.0: 'b'}))
mk = [1]
class ListKey:
    def __init__(self, lst):
        self.lst = lst
    def __hash__(self):
        return hash(tuple(self.lst))
    def __eq__(self, other):
        return self.lst == other.lst
lk = ListKey(mk)
sk = {lk}
mk.append(2)
print(lk in sk, ListKey([1]) in sk, ListKey([1, 2]) in sk, len(sk), [x.lst for x in sk])
class Loud:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print('  hash', self.v)
        return hash(self.v)
    def __eq__(self, other):
        print('  eq', self.v, other.v)
        return self.v == other.v
base = {Loud(1)}
print('lookup')
print(Loud(1) in base)
print('union')
u = base | {Loud(2)}
print(len(u))
print('frozenset hash')
h1 = hash(frozenset([1, 2, 3]))
print(h1 == hash(frozenset([3, 2, 1])), hash(frozenset()) == hash(frozenset()), frozenset([1, 2]) == {2, 1})
nan = float('nan')
print(len({nan, nan}), len({nan, float('nan')}), nan in {nan}, float('nan') in {nan}, len({(nan,): 1, (nan,): 2}))
huge = {i for i in range(2000)}
for i in range(0, 2000, 2):
    huge.discard(i)
print(len(huge), min(huge), max(huge), sum(huge), 1999 in huge, 1998 in huge)
huge.update(range(0, 10))
print(len(huge), sorted(huge)[:12])
