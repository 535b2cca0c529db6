# iter (one argument, callable + sentinel), next (with and without default) and the iterator protocol
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
show(next, it); show(next, [1]); show(next); show(next, it, 1, 2); show(next, 5)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__)
print(type(iter(range(3))).__name__, type(iter(set())).__name__, type(iter(b'')).__name__, type(iter(bytearray())).__name__)
show(iter, 5); show(iter, None); show(iter); show(iter, 1, 2, 3); show(iter, 5, 5)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
ci = iter(tick, 4)
print(type(ci).__name__, list(ci), counter, next(ci, 'exhausted'), counter)
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
print(list(iter([3, 2, 1, 0, 5].pop, 0)))
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
calls = iter([1, 2, 'stop', 3])
print(list(iter(calls.__next__, 'stop')), list(calls))
class Eq:
    def __eq__(self, o): return o == 3
print(list(iter(iter(range(10)).__next__, Eq())))
class Seq:
    def __getitem__(self, i):
        if i > 3: raise IndexError('done')
        return i * i
print(list(Seq()), list(iter(Seq())), 9 in Seq(), next(iter(Seq())))
class Broken:
    def __iter__(self): return 'not an iterator'
show(iter, Broken())
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
show(iter, NoIter())
class Ctr:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
c = Ctr()
print(iter(c) is c, list(c), list(c), next(c, 'x'))
def gen():
    yield 1
    return 'value'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
print(next(g, 'after'))
class NextOnly:
    def __next__(self): return 1
show(iter, NextOnly())
show(next, NextOnly())
ri = iter(range(5))
print(ri.__length_hint__(), next(ri), ri.__length_hint__(), list(ri))
li = iter([1, 2, 3])
print(li.__length_hint__(), list(li), li.__length_hint__())
show(iter, tick, 1, 2); show(iter, 5, None)
print(list(zip(iter(tick, 100), 'ab')), counter)
