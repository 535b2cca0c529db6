from _collections import deque, defaultdict
d = deque([1, 2])
for f in [lambda: d.rotate(n=1), lambda: d.insert(i=1), lambda: d.insert(1), lambda: d.index(x=1), lambda: d.pop(1), lambda: d.index(1, 2, 3, 4), lambda: type(iter(d))(), lambda: type(iter(d))(1), lambda: type(iter(d))(d, 'a'), lambda: d.__init__(maxlen=2) or d, lambda: d.extend(1), lambda: deque(1), lambda: d.insert('a', 1), lambda: d.__reversed__(1), lambda: defaultdict(list, 1), lambda: defaultdict(list).copy(1), lambda: d.__copy__(1), lambda: d[2**70], lambda: d.rotate(2**70), lambda: d.index(1, 2**70), lambda: deque(maxlen=2**70)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
