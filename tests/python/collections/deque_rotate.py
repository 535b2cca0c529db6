from _collections import deque
seed = [5]
def rr(a, b=None):
    if b is None: a, b = 0, a
    seed[0] = (seed[0] * 1103515245 + 12345) % 2**31
    return a + seed[0] % (b - a)
for cap in [1, 2, 3, 7, 8, 9, 16, 17]:
    for trial in range(20):
        items = list(range(cap))
        d = deque(items)
        for _ in range(rr(5)):
            d.popleft(); d.append(items.pop(0)); items.append(d[-1])
        k = rr(-40, 40)
        d.rotate(k)
        if cap:
            kk = k % cap
            items = items[-kk:] + items[:-kk] if kk else items
        assert list(d) == items, (cap, k, list(d), items)
        d.append('x'); d.appendleft('y')
        assert list(d) == ['y'] + items + ['x']
print('ok')
d = deque(range(10), maxlen=10)
for k in [3, -7, 25, -25, 0, 5]:
    d.rotate(k)
    print(list(d))
d = deque()
d.rotate(3)
print(d)
