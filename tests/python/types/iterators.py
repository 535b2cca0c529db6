# iterator types: enumerate, zip, map, filter, reversed and the builtin sequence iterators;
# __length_hint__, __reduce__ and __setstate__ as CPython pickles them
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def rd(it):
    r = it.__reduce__()
    return (getattr(r[0], '__name__', r[0]),) + tuple(list(x) if type(x).__name__.endswith('iterator') else x for x in r[1:])

print(list(enumerate('ab')), list(enumerate('ab', 10)), list(enumerate('ab', start=-1)), list(enumerate([], 2**70)), next(enumerate('x', 2**63 - 1)))
e = enumerate('abc', 5); next(e); r = e.__reduce__(); print(r[0].__name__, list(r[1][0]), r[1][1])
show(enumerate); show(enumerate, 1); show(enumerate, 'a', 'b'); show(enumerate, 'a', start=1.5); show(lambda: list(enumerate(iterable='ab', start=3)))
print(enumerate[int], type(enumerate[int]).__name__)
print(list(zip('ab', [1, 2, 3])), list(zip()), list(zip('a')), list(zip('ab', 'cd', strict=True)))
for args in [('ab', 'abc'), ('abc', 'ab'), ('a', 'a', 'ab'), ('ab', 'a', 'ab')]:
    show(lambda: list(zip(*args, strict=True)))
show(zip, 1); show(zip, 'a', bad=1)
z = zip('ab', 'cd', strict=True); r = z.__reduce__(); print(r[0].__name__, [list(i) for i in r[1]], r[2:])
z = zip('ab', 'xyz'); z.__setstate__(True); show(list, z)
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, 'ab')), list(map(lambda *a: a, 'ab', 'xyz')))
show(map, abs); show(map); show(map, abs, 1); show(map, abs, [1], x=1)
m = map(abs, [-1, -2]); next(m); r = m.__reduce__(); print(r[0].__name__, r[1][0].__name__, list(r[1][1]))
print(list(filter(None, [0, 1, '', 'a'])), list(filter(str.isdigit, 'a1b2')), list(filter(bool, [0, 2])))
show(filter, None); show(filter, None, 1); show(filter, None, [], x=1)
f = filter(None, [0, 1]); r = f.__reduce__(); print(r[0].__name__, r[1][0], list(r[1][1]))
print(list(reversed('abc')), list(reversed(range(3))), list(reversed([1, 2])), list(reversed((1, 2))), list(reversed({1: 2, 3: 4})))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
rv = reversed(Seq()); print(type(rv).__name__, rv.__length_hint__(), next(rv), rv.__length_hint__(), rd(rv)[0], rd(rv)[2:])
rv.__setstate__(10); print(rv.__length_hint__(), list(rv), rv.__length_hint__(), rd(rv))
rv = reversed(Seq()); rv.__setstate__(-5); print(list(rv))
show(reversed, 1); show(reversed, {1}); show(lambda: list(reversed({}))); show(reversed); show(reversed, [], x=1)
class NoRev:
    __reversed__ = None
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
show(reversed, NoRev())
for make in [lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter('abc'), lambda: iter('aé\U0001F600'), lambda: iter(b'abc'),
             lambda: iter(bytearray(b'abc')), lambda: iter(range(1, 7, 2)), lambda: iter(range(2**70, 2**70 + 3)), lambda: reversed([1, 2, 3]),
             lambda: iter(Seq()), lambda: iter({'a': 1, 'b': 2}), lambda: iter({'a': 1}.values()), lambda: iter({'a': 1}.items()),
             lambda: reversed({'a': 1, 'b': 2}), lambda: iter({1, 2}), lambda: iter(iter([1, 2, 3]).__next__, 3)]:
    it = make()
    name = type(it).__name__
    first = next(it)
    hint = it.__length_hint__() if hasattr(it, '__length_hint__') else None
    print(name, first, hint, rd(it) if name not in ('iterator', 'callable_iterator') else rd(it)[2:])
    if hasattr(it, '__setstate__'):
        it.__setstate__(0)
        print('  setstate(0):', list(it))
    else:
        print('  rest:', list(it))
    print('  exhausted:', rd(it), it.__length_hint__() if hasattr(it, '__length_hint__') else None)
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
it = iter((1, 2)); it.__setstate__(10); print(list(it))
it = iter(range(5)); it.__setstate__(3); print(list(it), it.__length_hint__())
ba = bytearray(b'ab'); it = iter(ba); next(it); ba.append(99); print(list(it))
L = [1, 2]; it = iter(L); next(it); L.append(3); print(list(it))
show(iter, 1); show(iter, 1, 2); show(iter); show(next, [1]); show(next, iter([]), 'dflt'); show(next, iter([]))
it = iter(Seq()); print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
class NoLen:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
print(iter(NoLen()).__length_hint__(), list(iter(NoLen())))
print(type(iter(memoryview(b'ab'))).__name__, list(memoryview(b'ab')), hasattr(iter(memoryview(b'a')), '__length_hint__'))
