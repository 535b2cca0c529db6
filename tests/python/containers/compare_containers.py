# comparisons of containers: lexicographic order of lists and tuples, identity shortcut, nan, nested, mixed, errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

pairs = [([], []), ([1], []), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([2], [1, 9, 9]), ([1, [2, 3]], [1, [2, 4]]),
         (['a', 'b'], ['a', 'B']), ([1.0], [1]), ([True], [1]), ([0, 'x'], [1, 0]), ([(1, 2)], [(1, 1, 5)])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y, tuple(x) < tuple(y), tuple(x) == tuple(y))
show('list lt mixed', lambda: [1, 'a'] < [1, 2])
show('list lt tuple', lambda: [1] < (1,))
show('tuple gt list', lambda: (1,) > [1])
show('list lt none', lambda: [None] < [None, 1])
show('list lt none elem', lambda: [None] < [1])
show('dict in list lt', lambda: [{}] < [{}])
print([1] == (1,), (1,) == [1], [] == (), [None] == [None], [{}] == [{}], [[]] != [[]])
nan = float('nan')
a = [nan]
print(a == a, a == [nan], [nan] == [float('nan')], (nan,) == (nan,), a < [nan], a <= a, [1, nan] < [1, nan])
class Eq:
    calls = 0
    def __eq__(self, other):
        Eq.calls += 1
        return False
e = Eq()
print([e] == [e], Eq.calls, e in [e], Eq.calls, [e].count(e), [e].index(e), Eq.calls)
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('  eq', self.v, getattr(other, 'v', other))
        return self.v == getattr(other, 'v', other)
    def __lt__(self, other):
        print('  lt', self.v, getattr(other, 'v', other))
        return self.v < getattr(other, 'v', other)
print([Loud(1), Loud(2)] < [Loud(1), Loud(3)])
print((Loud(1), Loud(5)) > (Loud(1), Loud(4)) if False else (Loud(4),) < (Loud(1),))
class EqRaise:
    def __eq__(self, other):
        raise ValueError('eq raised')
show('eq raises', lambda: [EqRaise()] == [EqRaise()])
show('eq raises identity', lambda: (lambda x: [x] == [x])(EqRaise()))
print(sorted([[3], [1, 2], [1], [], [2, 0]]), max([(1, 'b'), (1, 'a'), (0, 'z')]), min(['b', 'ab', 'abc']))
print([1, 2] * 2 == [1, 2, 1, 2], (1, 2) + (3,) == (1, 2, 3), [[1]] * 2 == [[1], [1]], [1, [2, [3, [4]]]] == [1, [2, [3, [4]]]])
print({1: [1, 2]} == {1: [1, 2]}, {1: (1,)} == {1: [1]}, {1, 2} == {2, 1}, [{1}] == [{1}], [frozenset()] == [set()])
print('abc' < 'abd', 'ab' < 'abc', 'B' < 'a', 'é' > 'z', '' < '\x00', b'ab' < b'abc', b'\xff' > b'\x7f', [b'a'] < [b'b'])
print((1, 2) == (1, 2.0), (0,) == (False,), (1, (2, 3)) < (1, (2, 4)), () == (), (None,) == (None,), (1,) in [(1,)], [1] in [[1]])
deep1 = deep2 = None
for i in range(50):
    deep1 = [i, deep1]
    deep2 = [i, deep2]
print(deep1 == deep2, deep1 != deep2, deep1 < deep2, deep1[1][1][0])
