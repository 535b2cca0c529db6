import itertools as it

def strip(r):
    # iterator objects in reduce tuples print with addresses: show their type names instead
    if isinstance(r, tuple):
        return tuple(strip(x) for x in r)
    if isinstance(r, list):
        return [strip(x) for x in r]
    if type(r).__name__.endswith('iterator') or type(r).__name__ in ('_tee_dataobject', 'groupby', 'chain'):
        return '<' + type(r).__name__ + '>'
    return r

def roundtrip(obj, n=2):
    """Rebuild obj from __reduce__ (as pickle would) and compare what both yield next."""
    r = obj.__reduce__()
    new = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return list(it.islice(new, n))

p = it.product('ab', [1, 2])
print(strip(p.__reduce__()))
next(p)
print(strip(p.__reduce__()), roundtrip(p, 5))
print(strip(it.product('ab', []).__reduce__()))
e = it.product('ab', [])
print(list(e), e.__reduce__())
c = it.combinations('abcd', 2)
print(c.__reduce__())
next(c); next(c)
print(c.__reduce__(), roundtrip(c, 10))
print(list(c), c.__reduce__(), it.combinations('abc', 5).__reduce__())
c = it.combinations_with_replacement('abc', 2)
next(c)
print(c.__reduce__(), roundtrip(c, 3))
c = it.permutations('abc', 2)
print(c.__reduce__())
next(c); next(c); next(c)
print(c.__reduce__(), roundtrip(c, 10))
print(it.permutations('abc', 5).__reduce__())
a, b = it.tee([1, 2, 3])
next(a)
print(strip(a.__reduce__()), strip(a.__reduce__()[2][0].__reduce__()), roundtrip(a, 5), list(b))
g = it.groupby('aabbc')
print(strip(g.__reduce__()))
k, gr = next(g)
print(strip(g.__reduce__()), strip(gr.__reduce__()))
k2, gr2 = next(g)
print(strip(gr.__reduce__()), list(gr.__reduce__()[0](*gr.__reduce__()[1])))
g3 = it.groupby('xxyz')
next(g3)
print([k for k, _ in roundtrip(g3, 5)])
for x in [it.count(5), it.count(1, 2), it.repeat('x', 3), it.chain([1], [2, 3]), it.compress('abc', [1, 0, 1]),
          it.dropwhile(lambda x: x < 2, [1, 2, 1]), it.takewhile(lambda x: x < 2, [1, 2, 1]),
          it.filterfalse(None, [0, 1, 0]), it.starmap(pow, [(2, 3), (3, 2)]), it.islice(range(10), 2, 9, 3),
          it.accumulate([1, 2, 3]), it.accumulate([1, 2], initial=9), it.zip_longest([1, 2], [3], fillvalue=0),
          it.cycle([1, 2, 3])]:
    next(x)
    print(type(x).__name__, roundtrip(x, 3), list(it.islice(x, 3)))
