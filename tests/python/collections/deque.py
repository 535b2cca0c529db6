from _collections import deque

def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()), d.maxlen)
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d)
d.rotate(); print(d)
d.rotate(-3); print(d)
d.rotate(10); print(d)
d.rotate(0); print(d)
print(d.count(1), d.count('z'), d.index(2), d.index('a', 1), d.index('a', -3), d.index(3, -5, -1))
d.insert(2, 'i'); d.insert(-1, 'j'); d.insert(100, 'end'); d.insert(-100, 'start')
print(d)
d.remove('i'); print(d)
d.reverse(); print(d)
print(d[0], d[-1], d[3], 'a' in d, 'q' in d)
d[0] = 'S'; d[-1] = 'E'; print(d)
del d[1]; del d[-2]; print(d)
c = d.copy(); c2 = d.__copy__()
print(c == d, c is d, c2)
d.clear(); print(d, len(d))

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30, 31]); print(m)
z = deque([1, 2], 0); z.append(3); print(z, z.maxlen)
print(deque('abc', maxlen=None))

# operators
a = deque([1, 2]); b = deque([3])
print(a + b, a * 3, 3 * a, a * 0, a * -1)
a += [9]; print(a)
a *= 2; print(a)
m = deque([1, 2, 3], maxlen=4)
print(m * 3, m + deque([7, 8]))
m *= 2; print(m)
m2 = deque([1], maxlen=3); m2 *= 5; print(m2)
e = deque([1, 2]); e += e; print(e)
e.extend(e); print(e)

# comparisons
for x, y in [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1]), ([], [1]), ([2], [1, 5])]:
    p, q = deque(x), deque(y)
    print(x, y, p == q, p != q, p < q, p <= q, p > q, p >= q)
print(deque([1]) == [1], deque() == deque(maxlen=3))
show(lambda: deque([1]) < [1])
show(hash, deque())

# repr
r = deque(); r.append(r); print(r)
r2 = deque([1], maxlen=2); r2.appendleft(r2); print(r2)
print(repr(deque(maxlen=5)))

# iteration and mutation
d = deque(range(5))
print(list(d), list(reversed(d)), list(iter(d)))
it = iter(d)
print(next(it), it.__length_hint__())
d.append(5)
show(next, it)
show(next, it)
it = reversed(d); next(it); d.popleft()
show(next, it)
it = iter(d); d[0] = 100
print(list(it))

class Eq:
    def __init__(self, d): self.d = d
    def __eq__(self, o):
        self.d.append(1)
        return False
d = deque([1, 2, 3])
show(d.count, Eq(d))
d = deque([1, 2, 3])
show(d.index, Eq(d))
d = deque([1, 2, 3])
show(d.remove, Eq(d))
d = deque([1, 2, 3])
show(d.__contains__, Eq(d))

# errors
d = deque([1, 2, 3])
show(lambda: d[1:2])
show(lambda: d['a'])
show(lambda: d[5])
show(lambda: d[-4])
show(d.__setitem__, 5, 1)
show(d.__delitem__, -5)
show(d.__setitem__, 'a', 1)
show(deque, maxlen=-1)
show(deque, maxlen='a')
show(deque, [], 2, 3)
show(deque, foo=1)
show(lambda: d + [1])
show(lambda: d * 'a')
show(d.index, 7)
show(d.remove, 7)
show(deque().pop)
show(deque().popleft)
show(deque([1], 1).insert, 0, 2)
show(d.rotate, 'a')
show(d.rotate, 1, 2)
show(d.index, 1, 'a')

# init again, reduce, iterators, generics
d = deque([1, 2])
d.__init__([4, 5], 4)
print(d, d.maxlen)
print(d.__reduce__()[:3], list(d.__reduce__()[3]))
print(deque('ab').__reduce__()[:3])
it = iter(d); next(it)
print(it.__reduce__()[0], it.__reduce__()[1], type(it).__name__, type(reversed(d)).__name__)
print(list(type(iter(d))(d, 1)), list(type(reversed(d))(d, 1)))
print(deque[int], deque.__module__, type(d), deque.__doc__.splitlines()[0])

# subclass
class D(deque):
    def __init__(self, it=(), maxlen=None):
        super().__init__(it, maxlen)
        self.tag = 'x'
s = D([1, 2], 5)
print(s, s.tag, type(s.copy()).__name__, s.copy().maxlen, type(s + s).__name__, s == deque([1, 2]))
print(s.__reduce__()[:3])
class E(deque):
    pass
print(E('ab'), isinstance(E(), deque), E('xy').__copy__())

# big
d = deque()
for i in range(1000):
    d.append(i); d.appendleft(-i)
print(len(d), d[0], d[-1], d[1000], sum(d))
for i in range(900):
    d.pop(); d.popleft()
print(len(d), list(d)[:5])
