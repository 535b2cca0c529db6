import pickle
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, -65536, 2**31, 2**63, -(2**100), 1.5, -0.0, 1e300,
    "", "abc", "é€😀", b"", b"\x00\xff", bytearray(b"xy"), (), (1,), (1, 2, 3), [], [1, [2, [3]]],
    {}, {"a": 1, "b": [2, 3]}, {1, 2, 3}, frozenset({4}), complex(1, 2), "x" * 300, b"y" * 70000,
    list(range(2000)), OrderedDict(a=1), Point(1, "two"), [Point(3, 4)] * 2, int, len, Point,
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    ok = 0
    for v in values:
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        if back == v and type(back) is type(v):
            ok += 1
        else:
            print("mismatch", proto, repr(v)[:40], repr(back)[:40])
    print("protocol", proto, ok, "of", len(values))

shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared], protocol=2))
print(pair, pair[0] is pair[1])
rec = []
rec.append(rec)
back = pickle.loads(pickle.dumps(rec))
print(back[0] is back)

simple = [None, True, 0, 1, -1, 300, 2**40, 1.25, "abc", b"ab", (1, 2), [1, "a"], {"k": (None,)},
          {1}, frozenset(), "é", bytearray(b"q")]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in simple:
        print(proto, pickle.dumps(v, protocol=proto))
print(pickle.dumps(list(range(5))))
print(len(pickle.dumps(b"z" * 70000, protocol=4)), len(pickle.dumps(list(range(3000)), protocol=5)))
