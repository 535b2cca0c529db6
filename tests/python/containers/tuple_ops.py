# tuple construction, indexing, slicing, concatenation, repetition, count/index, hashing, comparison, errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

t = (1, 'two', 3.0, None, (5, 6), [7])
print(len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t[4][1], t[10:], t[-100:2], (1,) * 3, (1, 2) + (3,), () + (), 2 * (0,))
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({'a': 1}), tuple(x for x in 'xy'), tuple((1, 2)) == (1, 2))
print(t.count(1), t.count(1.0), t.count(True), t.index('two'), t.index(None), (1, 2, 1, 2).index(2, 2), (1, 2, 1).index(1, -1))
show('index missing', lambda: t.index('zz'))
show('index range', lambda: (1, 2).index(1, 1))
show('getitem range', lambda: t[6])
show('getitem str', lambda: t['a'])
show('setitem', lambda: t.__setitem__(0, 1))
show('delitem', lambda: t.__delitem__(0))
show('append', lambda: t.append(1))
show('concat list', lambda: (1,) + [2])
show('mul float', lambda: (1,) * 2.0)
show('tuple int', lambda: tuple(5))
show('tuple two', lambda: tuple(1, 2))
show('hash unhashable', lambda: hash((1, [2])))
show('hash nested', lambda: hash((1, (2, {}))))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), hash((1,)) != hash((2,)), hash((1, 'a')) == hash((1.0, 'a')))
a = (1, 2)
print(a + () is a, () + a is a, a * 1 is a, tuple(a) is a, a[:] is a, a[0:2] is a, () is tuple(), (a * 0) is ())
x, *rest = (1, 2, 3)
(p, q), r = (4, 5), 6
print(x, rest, p, q, r, type(rest).__name__)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 'a') == (1, 'a'), (1, 2) != (1, 2.0), (1, [2]) == (1, [2]))
show('lt mixed', lambda: (1, 'a') < (1, 2))
show('lt list', lambda: (1,) < [1])
print((1, 'a') < (2, 3), (0, None) == (0, None), (float('nan'),) == (float('nan'),))
nan = float('nan')
print((nan,) == (nan,), (nan, 1) < (nan, 2), [(1, 2), (1,), (0, 9)].__len__(), sorted([(1, 2), (1,), (0, 9)]))
print(repr((1,)), repr(()), repr(((),)), str((1, 'a')), repr(('a', ("b",))), 1 in t, 'two' in t, [7] in t, 8 in t)
class T(tuple):
    def extra(self):
        return sum(self)
tt = T((1, 2, 3))
print(tt, tt.extra(), type(tt + (4,)).__name__, type(tt[:2]).__name__, type(tt * 2).__name__, tt == (1, 2, 3), isinstance(tt, tuple))
import collections
Point = collections.namedtuple('Point', 'x y')
pt = Point(1, 2)
print(pt, pt + (3,), pt[::-1], pt.x, pt._replace(x=9), tuple(pt), pt == (1, 2), hash(pt) == hash((1, 2)), pt._asdict())
print(tuple(reversed((1, 2, 3))), list(enumerate(('a', 'b'))), max((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)), any(()), all(()))
