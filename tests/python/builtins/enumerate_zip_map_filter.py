# enumerate, zip (strict=), map (several iterables), filter (None and callables), laziness and errors
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(list(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate('ab', start=-1)), list(enumerate([], 5)))
print(list(enumerate('xy', 2**70)), list(enumerate(range(3), True)))
show(enumerate, 'ab', 1.5); show(enumerate, 5); show(enumerate); show(enumerate, 'a', start='x')
show(enumerate, iterable='ab'); show(enumerate, 'ab', 1, 2)
class Idx:
    def __index__(self): return 7
show(enumerate, 'ab', Idx())
e = enumerate('abc')
print(next(e), next(e), list(e), next(e, None), type(e).__name__, iter(e) is e)

print(list(zip()), list(zip('abc')), list(zip('abc', [1, 2])), list(zip('ab', range(5), 'xyz')))
print(list(zip('ab', [1, 2], strict=True)), list(zip(strict=True)), list(zip('a', strict=False)))
show(zip, 'abc', [1, 2], strict=True)
show(zip, 'ab', [1, 2, 3], strict=True)
show(zip, 'ab', 'ab', 'abc', strict=True)
show(zip, 'abc', 'ab', 'ab', strict=True)
show(zip, 'ab', 'abc', 'ab', strict=True)
show(zip, 'ab', 5); show(zip, 1, 'ab'); show(zip, 'ab', foo=1)
z = zip([1, 2, 3], 'ab')
print(next(z), next(z), next(z, 'end'), list(z))
consumed = iter([1, 2, 3, 4])
print(list(zip(consumed, 'ab')), list(consumed))
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])))

print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(pow, [2, 3, 4], [2, 2], [5, 5, 5])))
print(list(map(str.upper, 'ab')), list(map(lambda *a: a, 'ab', 'xyz', [1])), list(map(len, [])))
show(map, abs); show(map); show(map, None, [1]); show(map, abs, 5); show(map, abs, ['a'])
show(map, lambda x, y: x, [1]); show(map, abs, [1], func=1)
m = map(int, ['1', 'x', '3'])
print(next(m))
try:
    next(m)
except ValueError as ex:
    print('ValueError:', ex)
print(list(m))

print(list(filter(None, [0, 1, '', 'a', None, [], [0], 0.0, 2j])), list(filter(str.isdigit, 'a1b2')))
print(list(filter(lambda x: x % 3 == 0, range(10))), list(filter(bool, (0, 1))), list(filter(None, iter([]))))
show(filter, None); show(filter); show(filter, None, 5); show(filter, 5, [1]); show(filter, len, [1])
class Pred:
    calls = 0
    def __call__(self, x):
        Pred.calls += 1
        return x > 1
f = filter(Pred(), [1, 2, 3])
print(Pred.calls, next(f), Pred.calls, list(f), Pred.calls)
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)
print(list(enumerate(zip('ab', map(ord, 'ab')))), list(filter(None, map(lambda p: p[0] * p[1], zip([0, 1, 2], [3, 0, 4])))))
