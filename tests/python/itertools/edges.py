from itertools import *
import operator
# groupby: a grouper is dead once the outer iterator moves on
g = groupby([1, 1, 2, 2, 3])
k, g1 = next(g)
k, g2 = next(g)
print(list(g1), next(g2), list(g2), [(k, list(v)) for k, v in g])
# groupby with unequal keys that compare equal
print([(k, list(v)) for k, v in groupby([1, 1.0, True, 2, 2.0])])
# tee across several link blocks, interleaved
a, b = tee(range(300))
la = [next(a) for _ in range(130)]
lb = list(b)
print(la[-1], len(lb), lb[-1], next(a), len(list(a)))
t1, = tee('xyz', 1)
print(list(t1))
# islice from huge and sys.maxsize arguments
import sys
for args in [(sys.maxsize + 1,), (0, sys.maxsize + 1), (sys.maxsize + 1, 3), (0, 3, sys.maxsize + 1)]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print(e)
print(list(islice('abc', sys.maxsize, sys.maxsize)), list(islice('abcdef', 1, sys.maxsize, 2)),
      list(islice('abcdef', 0, sys.maxsize)), list(islice('abc', None, None, None)))
# accumulate with types and functions
print(list(accumulate([[1], [2], [3]])), list(accumulate(['a', 'b'], initial='z')), list(accumulate([5, 2, 7], min)),
      list(accumulate(range(6), operator.mul, initial=1)))
# lazy chain of infinite iterables
print(list(islice(chain.from_iterable(repeat([1, 2])), 5)), list(islice(chain(count(), 'x'), 3)))
# product / permutations over generators
print(list(product((x for x in 'ab'), repeat=2)), list(permutations(x for x in range(3))),
      list(combinations(iter('abc'), 0)), len(list(permutations(range(6), 3))),
      list(combinations_with_replacement(range(3), 3))[:4])
# zip_longest keeps going past a short input, and an exception in one input propagates
print(list(zip_longest(range(3), 'ab', [None])))
def boom():
    yield 1
    raise ValueError('boom')
try:
    list(zip_longest(boom(), range(5)))
except ValueError as e:
    print('ValueError', e)
# dropwhile/takewhile/filterfalse with side effects
seen = []
def pred(x):
    seen.append(x)
    return x < 3
print(list(takewhile(pred, [1, 2, 3, 4])), seen)
seen.clear()
print(list(dropwhile(pred, [1, 2, 3, 1])), seen)
print(list(filterfalse(bool, [0, 1, [], [2]])), list(compress(count(), [1, 0, 1])), list(compress('ab', repeat(1))))
# starmap with non-tuple sequences, pairwise laziness
print(list(starmap(lambda *a: a, [[1, 2], 'ab', (3,)])), list(islice(pairwise(count()), 3)))
# cycle saves lazily and repeats
src = iter([1, 2, 3])
c = cycle(src)
print(next(c), list(src), list(islice(c, 4)))
# repeat's and count's reprs with odd values
print(repr(repeat([1], 2)), repr(count(-1)), repr(count(0.5, -0.25)), repr(count(10**20, 10**20)),
      list(islice(count(10**20, 10**20), 2)), repr(repeat('a', 0)))
# iterators are their own iterators; types are right
for x in [count(), cycle(''), repeat(1), accumulate([]), chain(), compress('', ''), dropwhile(None, ''), takewhile(None, ''),
          filterfalse(None, ''), groupby(''), islice('', 1), starmap(None, ''), tee('')[0], zip_longest(), pairwise(''),
          product(), permutations(''), combinations('', 1), combinations_with_replacement('', 1)]:
    assert iter(x) is x, x
    print(type(x).__name__, end=' ')
print()
