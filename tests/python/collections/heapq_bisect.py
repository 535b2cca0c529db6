import _heapq
import bisect
import heapq

def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 3, 5]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 4), h)
print(heapq.heappushpop([], 3))
m = list(data)
_heapq._heapify_max(m)
print(m)
print(_heapq._heappop_max(m), _heapq._heapreplace_max(m, 100), m)
print([_heapq._heappop_max(m) for _ in range(len(m))])
print(sorted(data) == [heapq.heappop(h2) for h2 in [list(data)] for _ in [heapq.heapify(h2)] for _ in range(len(data))])

# only < is used
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append('lt')
        return self.v < o.v
    def __repr__(self): return 'Lt(%r)' % self.v
calls = []
h = [Lt(v) for v in data]
heapq.heapify(h)
print(h[0], len(calls) > 0, set(calls))

# tuples and stability of the algorithm
h = []
for i, w in enumerate('the quick brown fox jumps over the lazy dog'.split()):
    heapq.heappush(h, (len(w), w, i))
print(h)
print([heapq.heappop(h) for _ in range(3)])

show(_heapq.heappush, 1, 2)
show(_heapq.heappop, 1)
show(_heapq.heappop, [])
show(_heapq.heapify, ())
show(_heapq.heapreplace, [], 1)
show(_heapq._heappop_max, 1)
show(_heapq._heapreplace_max, [], 1)
show(_heapq.heappush, [])
show(_heapq.heappush, [1], 'a')

class Grow:
    def __lt__(self, o):
        h.append(1)
        return True
h = [Grow(), Grow()]
show(heapq.heappush, h, Grow())
show(heapq.heappop, [1, None, 2])

# bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=2))
print(bisect.bisect_right(a, 2, hi=-5), bisect.bisect_right(a, 2, hi=-1), bisect.bisect_right(a, 2, 1, None))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4, 0, 3)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1])
bisect.insort_left(recs, ('y', 3), key=lambda r: r[1])
print(recs)
print(bisect.bisect_left('abcdef', 'c'), bisect.bisect_right(range(10), 4))

class Seq(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
s = Seq([1, 3])
bisect.insort(s, 2)
print(s)

show(bisect.bisect_right, [1], 1, -1)
show(bisect.bisect_right, [1])
show(bisect.bisect_right, 1, 1)
show(bisect.insort_left, (1,), 1)
show(bisect.bisect_left, [1], 1, 'a')
show(bisect.bisect_left, [1, 2], 1, 0, None, None)
show(bisect.bisect_left, [1, 2], 1, bogus=3)
show(bisect.insort, [1, 2], 1, lo=-2)
