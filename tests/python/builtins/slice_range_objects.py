# slice and range objects: construction, indices(), attributes, equality, hashing, range arithmetic and errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = slice(5)
print(s, s.start, s.stop, s.step, slice(1, 2), slice(1, 2, 3), slice(None, None, -1), slice('a', [1], 2.5))
show(slice); show(slice, 1, 2, 3, 4); show(slice, stop=1)
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(10, -10, -2), slice(-100, 100, 3), slice(1, 1)]:
    print(sl, sl.indices(10), sl.indices(0), list(range(10))[sl])
show(slice(None, None, 0).indices, 5); show(slice(1).indices, -1); show(slice('a').indices, 5); show(slice(1).indices, 1.5)
print(slice(2**100).indices(5), slice(-2**100, 2**100, 2**99).indices(7))
class I:
    def __index__(self): return 3
print(slice(I(), None).indices(10), [0, 1, 2, 3, 4][I():], 'abcdef'[slice(I())])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(1, 2, 3) != slice(1, 2))
show(hash, slice(1, 2))
show(lambda: slice(1) < slice('a'))
print([1, 2, 3, 4][slice(None, None, 2)], 'hello'[slice(-1, None, -1)], (1, 2, 3)[slice(5, 10)])

r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), len(r), r[3], r[-1], r[2:8:2], r[::-1], r[100:])
print(list(range(-5)), list(range(3, -3, -2)), len(range(0, 10, 3)), len(range(10, 0, 3)), range(2**70)[-1])
show(range); show(range, 1.5); show(range, 1, 2, 0); show(range, 1, 2, 3, 4); show(range, '1'); show(range, stop=3)
show(lambda: r[10]); show(lambda: r[-11]); show(lambda: r['x']); show(len, range(2**70)); show(lambda: r[1.0])
print(range(2**70)[2**69], range(0, 2**70, 2**60)[5:7], len(range(0, 2**70, 2**60)), range(-3, 3).index(0))
print(5 in r, 10 in r, 5.0 in r, 'x' in r, -1 in range(-5, 0), r.count(3), r.count(3.0), range(0, 20, 5).index(15))
show(r.index, 10); show(r.index, 'a'); show(range(0, 10, 2).index, 3)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2))
print(range(0, 10, 3) == range(0, 11, 3), hash(range(0)) == hash(range(3, 3)), hash(range(0, 5, 2)) == hash(range(0, 6, 2)))
print(r.start, r.stop, r.step, range(3, 9, 2).start, repr(range(3, 9, 2)), repr(range(-1, 1)), bool(range(0)), bool(range(1)))
show(lambda: range(3) < range(4)); show(setattr, r, 'start', 1)
print(list(reversed(range(1, 10, 4))), sorted(range(3, 0, -1)), sum(range(101)), max(range(-3, 7, 2)), min(range(5, 0, -1)))
print(range(5)[::2][::-1], range(0, 100, 7)[3:10:3], list(range(100)[::-33]), range(10)[-3:-1], range(10)[:-100])
class Idx:
    def __index__(self): return 4
print(range(Idx()), range(Idx(), 10, Idx()), r[Idx()], list(range(True, 5, True)))
print([x for x in range(3)] == list(range(3)), tuple(range(2)), set(range(3)), dict.fromkeys(range(2)))
it = iter(range(3))
print(next(it), list(it), type(iter(range(2**70))).__name__)
print(range(10**20, 10**20 + 3)[1], len(range(-10**20, 10**20, 10**19)), 10**20 + 1 in range(10**20, 10**21))
