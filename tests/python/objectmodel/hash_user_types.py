# Hashing user objects in dicts and sets: __hash__/__eq__ call counts, hash caching, mutation hazards, hash of mixed types.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v); return hash(self.v)
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o)); return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K({self.v})"
d = {}
d[K(1)] = "a"
print(d[K(1)])
print(K(1) in d, K(2) in d)
s = {K(3), K(3)}
print(len(s))
k = K(5)
d2 = {k: 1}
print(d2[k])
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): 1}[(1, 2)], {frozenset({1}): "fs"}[frozenset({1})])
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1) == hash(0), hash(-2) == hash(-1))
print(hash(0.5) == hash(0.5), hash(1.5) != hash(1), hash(complex(1, 0)) == hash(1))
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("0.5")) == hash(0.5), hash(Decimal(3)) == hash(3))
print({Fraction(1, 2): "f"}.get(0.5), {0.5: "x"}.get(Decimal("0.5")))
class BadHash:
    def __hash__(self): raise RuntimeError("hash failed")
for f in (lambda: {BadHash()}, lambda: {BadHash(): 1}, lambda: BadHash() in {}, lambda: hash((1, BadHash()))):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
class Mut:
    def __init__(self): self.v = 1
    def __hash__(self): return self.v
    def __eq__(self, o): return self is o
m = Mut()
ms = {m}
m.v = 2
print(m in ms, len(ms))
m.v = 1
print(m in ms)
