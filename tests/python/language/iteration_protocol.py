# GET_ITER/FOR_ITER with user iterators: __next__ errors, StopIteration value, iterator exhaustion, mutation during iteration.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration("done value")
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c), next(c, "exhausted"))
for x in Count(2):
    print("loop", x)
class NextRaises:
    def __iter__(self): return self
    def __next__(self): raise KeyError("k")
t(lambda: [x for x in NextRaises()])
class IterReturnsNonIter:
    def __iter__(self): return [1, 2]
t(lambda: list(IterReturnsNonIter()))
t(lambda: next(IterReturnsNonIter()))
class OnlyNext:
    def __next__(self): return 1
t(lambda: list(OnlyNext()))
t(lambda: next(OnlyNext()))
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x == 1:
        l.append(4)
print(out)
d = {1: 1}
def mutate():
    for k in d:
        d[k + 1] = 1
t(mutate)
s = {1}
def mutate_set():
    for k in s:
        s.add(k + 1)
t(mutate_set)
it = iter([1, 2, 3])
next(it)
print(list(it), list(it))
print(list(zip(*[iter("abcdef")] * 2)))
e = enumerate("ab")
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r))
m = map(str, [1, 2])
print(next(m), list(m), list(m))
ri = iter(range(3))
print(ri.__length_hint__(), next(ri), ri.__length_hint__())
sti = iter("ab")
print(type(sti).__name__, list(sti))
class GetitemSeq:
    def __getitem__(self, i):
        if i < 3: return i * i
        raise IndexError
gi = iter(GetitemSeq())
print(type(gi).__name__, list(gi), next(gi, "end"))
def gen():
    yield 1
    return "ret"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as ex:
    print("StopIteration value:", ex.value)
print([*range(3)], sorted({*"aab"}), [*{"k": 1}])
print(sum(x for x in range(5) if x % 2), max(iter([3, 9, 2])))
