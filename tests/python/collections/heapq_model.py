# Random heap and bisect operations: the exact list layout must equal CPython's after every step.
import _heapq
import bisect

seed = [987]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2**31
    return (seed[0] >> 8) % n

h, m = [], []
log = []
for step in range(4000):
    op = rnd(6)
    v = rnd(100)
    if op <= 1:
        _heapq.heappush(h, v)
    elif op == 2 and h:
        log.append(_heapq.heappop(h))
    elif op == 3 and h:
        log.append(_heapq.heapreplace(h, v))
    elif op == 4:
        log.append(_heapq.heappushpop(h, v))
    elif op == 5 and m:
        log.append(_heapq._heappop_max(m))
    if op == 5 or rnd(3) == 0:
        m.append(v)
        _heapq._heapify_max(m)
    if step % 500 == 0:
        print(step, h[:12], m[:12])
    if rnd(200) == 0:
        h.reverse()
        _heapq.heapify(h)
        _heapq._heapreplace_max(m, v) if m else None
print(len(log), sum(log), log[-10:])
print(h == sorted(h) or h[:20])

a, keyed = [], []
for i in range(2000):
    v = rnd(300)
    side = rnd(4)
    if side == 0:
        bisect.insort_left(a, v)
    elif side == 1:
        bisect.insort_right(a, v)
    elif side == 2:
        bisect.insort(keyed, (v, i), key=lambda p: p[0])
    else:
        lo = rnd(len(a) + 1)
        hi = lo + rnd(len(a) - lo + 1)
        print(v, lo, hi, bisect.bisect_left(a, v, lo, hi), bisect.bisect_right(a, v, lo, hi), end='; ')
print()
print(a == sorted(a), len(a))
print(keyed[:10], [p[0] for p in keyed] == sorted(p[0] for p in keyed))
