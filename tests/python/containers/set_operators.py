# set and frozenset operators (| & - ^ <= < >= > ==) with sets, frozensets, views and non-set operands

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', r if not isinstance(r, (set, frozenset)) else (type(r).__name__, sorted(r)))

a, b = {1, 2, 3, 4}, {3, 4, 5}
fa, fb = frozenset(a), frozenset(b)
for x, y in [(a, b), (fa, fb), (a, fb), (fa, b), (a, set()), (set(), set()), (fa, frozenset())]:
    for name, op in [('|', lambda p, q: p | q), ('&', lambda p, q: p & q), ('-', lambda p, q: p - q), ('^', lambda p, q: p ^ q)]:
        r = op(x, y)
        print(type(x).__name__, name, type(y).__name__, type(r).__name__, sorted(r))
    print('  cmp', x <= y, x < y, x >= y, x > y, x == y, x != y, y <= x)
print({1, 2} == frozenset({1, 2}), frozenset() == set(), {1} < {1, 2}, {1, 2} < {1, 2}, {1, 3} <= {1, 2}, {1, 2} > {1})
print(a | b.keys() if False else sorted(a | {5: 0}.keys()), sorted({'a': 1}.keys() | {'b'}), sorted(a & {3: 'x'}.keys()))
show('set or list', lambda: a | [1])
show('set and tuple', lambda: a & (1,))
show('set sub str', lambda: a - 'ab')
show('set xor int', lambda: a ^ 1)
show('set lt list', lambda: a < [1])
show('frozenset or list', lambda: fa | [9])
print(a == [1, 2, 3, 4], a != (1,), a.__or__([1]), a.__lt__([1]), set.__eq__(a, 5))
c = a
c |= {9}; print(sorted(c), c is a)
c &= {1, 2, 9, 10}; print(sorted(c), c is a)
c -= {1}; print(sorted(c), c is a)
c ^= {2, 3}; print(sorted(c), c is a)
show('ior list', lambda: a.__ior__([1]))
def ior_list():
    s = {1}
    s |= [2]
show('|= list', ior_list)
f = fa
f |= {100}
print(type(f).__name__, sorted(f), f is fa, sorted(fa))
f2 = frozenset([1]); f3 = f2
f2 -= {1}
print(f2, f3, f2 is f3)
class S(set):
    pass
class FS(frozenset):
    pass
print(type(S([1]) | {2}).__name__, type({2} | S([1])).__name__, type(FS([1]) | {2}).__name__, type(FS([1]) & FS([1])).__name__,
      type(FS([1]) - set()).__name__, type(frozenset([1]) | FS([2])).__name__)
print(sorted({1, 2} | {2.0, 3}), {1} | {True}, {0} & {False, 0.0}, {(1, 2)} | {(1, 2)}, {'a'} ^ {'a'}, {frozenset()} | {frozenset()})
big1, big2 = set(range(0, 1000, 2)), set(range(0, 1000, 3))
print(len(big1 | big2), len(big1 & big2), len(big1 - big2), len(big1 ^ big2), sorted(big1 & big2)[:5], min(big1 ^ big2), max(big1 - big2))
s = {1, 2, 3}
print(s == s, s <= s, s < s, s - s, s ^ s, s & s == s, s | s == s)
print(1 in a, 9 in a, [] in a if False else 'skip', frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
show('list in set', lambda: [] in a)
show('set in set unhashable', lambda: {2} in {frozenset()} and {1} in {1})
print(len({x % 7 for x in range(100)}), sorted({c for c in 'mississippi'}), frozenset('aab') == frozenset('ab'))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset([])))
show('hash set', lambda: hash({1}))
