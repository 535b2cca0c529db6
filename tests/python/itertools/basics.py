import itertools as it
from itertools import *

def take(n, i):
    return list(islice(i, n))

# count
print(take(3, count()), take(3, count(5)), take(3, count(2, 3)), take(3, count(1.5, 0.5)), take(3, count(1j, 1)))
c = count(10)
next(c)
print(repr(c), repr(count(0, 2)), repr(count(1.0)), repr(count(0, 1.0)), repr(count(2**70)), repr(count(start=3, step=-1)))
c = count(2**63 - 2)
print(take(3, c), repr(c))
print(count(3).__reduce__(), count(3, 2).__reduce__(), count(1.5).__reduce__())
# cycle
print(take(7, cycle('abc')), take(3, cycle([])))
c = cycle([1, 2])
next(c)
print(c.__reduce__()[1:] == ((c.__reduce__()[1][0],), ([1], False)))
# repeat
r = repeat('x', 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(repr(repeat(None)), take(2, repeat(1)), list(repeat(1, -5)), repeat(7, times=2).__reduce__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
import operator
# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([], initial=5)),
      list(accumulate([1, 2], initial=10)), list(accumulate('abc')), list(accumulate([3, 1, 4], max)))
# chain
print(list(chain('ab', [1], (), range(2))), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(chain[int])
# compress, dropwhile, takewhile, filterfalse, starmap
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(data='abc', selectors=[0, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(operator.add, ['ab', [3, 4]])))
# islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), None)), list(islice(range(10), 1, 8, 3)),
      list(islice(range(10), 20, 30)), list(islice(count(), 5, 2)))
i = islice(range(10), 1, 8, 2)
next(i)
print(i.__reduce__()[1][1:], i.__reduce__()[2])
# islice consumes lazily
src = iter(range(10))
print(list(islice(src, 3)), next(src))
# pairwise
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
# groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gs = list(groupby('aabbc'))
print([(k, list(g)) for k, g in gs])
g = groupby('aaabbb')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print(type(g1).__name__, type(g1).__module__)
# tee
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a))
a, b, c = tee(range(200), 3)
print(sum(a), sum(b), sum(c), tee([1], 0))
a, b = tee(iter([1, 2]))
a2 = a.__copy__()
print(list(a), list(a2), list(b), type(a).__name__)
x, y = tee(a)
print(type(x).__name__, list(x))
a, b = tee(count())
print(take(3, a), take(2, b), take(1, a))
# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [2, 3], [4])))
# product
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(product()), list(product([], [1])),
      list(product('ab', repeat=0)))
# permutations
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations([], 0)), list(permutations('ab', 3)),
      list(permutations('ab', 0)))
# combinations
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)),
      list(combinations('', 0)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)),
      list(combinations_with_replacement('', 0)), list(combinations_with_replacement('ab', 3)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))), len(list(product(range(4), repeat=4))))
# types and subclassing
print(type(chain), chain, islice, repeat.__name__, count.__module__)
class C(chain):
    def extra(self):
        return 'extra'
c = C([1], [2])
c.attr = 5
print(list(c), c.extra(), c.attr, type(c).__name__, isinstance(c, chain))
class MyCount(count):
    pass
print(repr(MyCount(3, 2)))
print(isinstance(iter(count()), count), iter(c) is c)
