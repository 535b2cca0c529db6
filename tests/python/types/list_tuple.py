# list and tuple: methods, sort stability with key/reverse, errors, reprs
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

L = [3, 1, 2]
L.append(4); L.extend((5, 6)); L.insert(0, 0); L.insert(-1, 9); L.insert(100, 7); L.insert(-100, -1)
print(L, L.pop(), L.pop(0), L.pop(-2), L.index(1), L.count(1), len(L))
L.remove(1); L.reverse(); print(L, L.copy(), L[::-2], L[1:3], L[-100:100], L[5:1])
L[1:3] = 'ab'; L[::2] = [0] * len(L[::2]); del L[0]; del L[::3]; print(L)
L += range(3); L *= 2; print(L, [1] * -1, [] * 5, [[]] * 2)
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(2, 0, 1),
          lambda: [1][3], lambda: [1].__setitem__(3, 0), lambda: [1]['a'], lambda: [1, 2, 3].__setitem__(slice(None, None, 2), [1]),
          lambda: [].insert('a', 1), lambda: [1] + (2,), lambda: [1] * 'a', lambda: [1].sort(1), lambda: [1, 'a'].sort(),
          lambda: list(1), lambda: list([1], [2]), lambda: [].__iadd__(5), lambda: (1,) + [2], lambda: (1,)[5], lambda: hash(([],)),
          lambda: (1, 2).index(3), lambda: tuple(None), lambda: list.index([1], 1, 'x')]:
    show(f)
# sort: stability with key and reverse
recs = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1), ('c', 2)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True), sorted(recs, key=lambda r: r[0], reverse=True))
words = ['Banana', 'apple', 'cherry', 'Apple', 'banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True), sorted(words, key=len))
data = list(range(100, 0, -1)) + list(range(50))
data.sort(key=lambda x: x % 7); print(data[:20])
data.sort(reverse=True); print(data[:10]); print(sorted([3, 1, 2], reverse=True), sorted('cba'), sorted({3: 'x', 1: 'y'}))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]), min([K(3), K(1)]), max([K(3), K(1)]))
def mutate(x):
    L2.append(x)
    return x
L2 = [3, 2, 1]
show(L2.sort, key=mutate)
show(sorted, [1, 2], key=1); show(sorted); show(sorted, [1], [2]); show(sorted, [1], cmp=None); show([].sort, reverse=None)
print(repr([1, 'a', None, [2], (3,)]), repr((1,)), repr(()), repr((1, (2, (3,)))), str([1.0, 'x']))
rec = [1]; rec.append(rec); print(rec)
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t[1:], t[::-1], t * 2, t + (4,), 2 in t, t < (1, 3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
print(list(reversed(t)), tuple('abc'), tuple(range(3)), tuple([1]) is tuple([1]), () is (), (1,).__getnewargs__(), tuple.__new__(tuple, 'ab'))
print([x for x in [1, 2, 3] if x > 1], list(map(lambda x: x * 2, [1, 2])), [1, 2] < [1, 2, 3], [2] > [1, 9], [1, 2] == [1, 2.0])
it = iter([1, 2, 3]); next(it); print(it.__length_hint__(), list(it), it.__length_hint__(), it.__reduce__())
it = iter((1, 2)); print(it.__reduce__(), type(it).__name__, type(iter([])).__name__, type(reversed([])).__name__)
it = reversed([1, 2, 3]); next(it); print(it.__length_hint__(), it.__reduce__(), list(it), it.__reduce__())
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
class MyList(list):
    pass
m = MyList([3, 1]); m.sort(); print(m, type(m), type(m + [1]), type(m * 2), type(m[:]), repr(MyList()))
L3 = [1, 2, 3]
for x in L3:
    if x == 1:
        L3.remove(x)
print(L3)
print(list.__class_getitem__(int), tuple[int, ...], list[int]([1, 2]))
