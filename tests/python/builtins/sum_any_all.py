# sum (start, floats, precision, errors), any and all over all kinds of iterables
import math
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(sum([]), sum([], 5), sum(range(101)), sum([1, 2, 3], 10), sum([1, 2], start=100))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100, 1.0]), math.fsum([0.1] * 10))
print(sum([1, 2.5, 3]), sum([True, True, False]), sum([1j, 2, 3.5]), sum([2**64, 2**64]), sum([], 0.0))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.5, 0.25], 1), sum(x * x for x in range(5)))
print(sum([1.5, float('inf')]), sum([float('inf'), float('-inf')]), sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0))
print(sum([1e16, 1.0, 1.0]), sum([1.0, 1e16, -1e16]), sum([True, 0.5]), sum([2**53, 1.0, 1.0]))
show(sum, ['a', 'b']); show(sum, ['a', 'b'], ''); show(sum, [b'a'], b''); show(sum, [bytearray(b'a')], bytearray())
show(sum, [1, 'a']); show(sum, 5); show(sum); show(sum, [1], 2, 3); show(sum, [1], start='x')
show(sum, [[1]], start=[]); show(sum, iterable=[1])
class Acc:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o): return Acc(o + self.v)
    def __repr__(self): return f'Acc({self.v})'
print(sum([Acc(1), Acc(2), Acc(3)]), sum([1, 2], Acc(10)), sum([Acc(1), 2.5]))
print(sum([1, 2**63, 3]), sum([2**62, 2**62]), sum([-2**63, -1]), sum([1.0, 2**1000]) == 2.0**1000)
print(sum([1e308, 1e308]), sum([1e308, -1e308, 1.0]))

print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 0.0, 1j]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any(iter('')), all(iter('abc')))
print(any({0: 'a'}), all({1: 0}), any(set()), all(frozenset({0})), any(b'\x00\x00'), all(b'\x01\x02'))
seen = []
def track(v):
    seen.append(v)
    return v
print(any(track(v) for v in [0, 0, 3, 4]), seen)
seen.clear()
print(all(track(v) for v in [1, 2, 0, 5]), seen)
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class Lenny:
    def __len__(self): return 0
print(any([Truthy(False), Truthy(True)]), all([Truthy(True), Lenny()]), any([Lenny()]))
class BadBool:
    def __bool__(self): return 2
show(any, [BadBool()]); show(all, [BadBool()]); show(any, 5); show(all); show(any, [1], [2])
class BadIter:
    def __iter__(self): return 3
show(all, BadIter()); show(sum, BadIter())
def boom():
    yield 0
    raise RuntimeError('boom')
show(any, boom()); show(all, boom()); show(sum, boom())
