# sorted and reversed: keys, reverse=, stability, __reversed__, sequences and their errors
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not hasattr(r, '__next__') else list(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data, sorted('hello'), sorted((3, 1, 2)))
print(sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)), sorted(iter([2, 1])))
words = ['pear', 'Fig', 'apple', 'kiwi', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
recs = [('a', 2), ('b', 1), ('c', 2), ('d', 1), ('e', 3)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted([1.5, 1, True, 0.5]))
print(sorted([-0.0, 0.0, 0]), sorted([0, -0.0, 0.0]), sorted([2**70, 1e21, -5, 1.5]))
show(sorted); show(sorted, 5); show(sorted, [1, 'a']); show(sorted, [1, 2], lambda x: x)
show(sorted, [1, 2], cmp=None); show(sorted, [1, 2], reverse='x'); show(sorted, [3j, 1j])
show(sorted, iterable=[2, 1]); show(sorted, [1, 2], key=1)
def badkey(x):
    if x == 2: raise ValueError('bad key')
    return x
show(sorted, [3, 2, 1], key=badkey)
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f'R{self.v}'
print(sorted([Rev(1), Rev(3), Rev(2)]), sorted([Rev(1), Rev(3)], reverse=True))

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(5))))
print(list(reversed(range(0, 20, 3))), list(reversed(range(10, 0, -4))), list(reversed(range(0))), list(reversed(b'xy')))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1, 'b': 2}.values())), list(reversed({'a': 1}.items())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), r.__length_hint__(), list(r), r.__length_hint__(), next(r, 'done'))
print(type(reversed(range(3))).__name__, type(reversed('ab')).__name__, type(reversed({})).__name__)
show(reversed, {1, 2}); show(reversed, iter([1])); show(reversed, 5); show(reversed); show(reversed, [1], [2])
show(reversed, (x for x in 'ab')); show(reversed, seq=[1])
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self): return iter('custom')
print(list(reversed(Custom())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
show(reversed, NoRev())
class LenOnly:
    def __len__(self): return 2
show(reversed, LenOnly())
lst = [1, 2, 3, 4]
it = reversed(lst)
next(it)
lst.clear()
print(list(it))
lst = [1, 2]
it = reversed(lst)
lst.append(3)
print(list(it))
print(sorted(reversed(sorted([4, 1, 3]))), list(reversed(sorted('bca'))))
