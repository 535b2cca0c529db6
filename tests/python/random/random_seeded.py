# random with fixed seeds: every draw must equal CPython's (Mersenne Twister, seeding, derived methods)
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.choice("abcdefghij"), random.choice(range(1000)))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 10))
print(random.gauss(0, 1), random.gauss(5, 2))
print(random.uniform(1, 10), random.triangular(0, 1, 0.3))
print(random.randrange(0, 1000, 7), random.getrandbits(0), random.getrandbits(1))
print(random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.getrandbits(257))
print(random.choices("xyz", k=8), random.choices(range(5), weights=[5, 1, 1, 1, 10], k=6))
print(random.normalvariate(0, 1), random.lognormvariate(0, 1), random.expovariate(2))
print(random.vonmisesvariate(1, 2), random.gammavariate(2, 3), random.gammavariate(0.5, 1))
print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(10))

for seed in [0, 1, -1, 2**32, 2**32 - 1, 2**64 + 12345, -(2**100), 10**50, 3.5, "hello", b"bytes", bytearray(b"ba"), ""]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randrange(10**30), r.getrandbits(64))

for seed in ["hello", b"x"]:
    r = random.Random()
    r.seed(seed, version=1)
    print("v1", repr(seed), r.random())

a = random.Random(7)
st = a.getstate()
print(type(st), len(st), st[0], len(st[1]), st[1][:3], st[1][-1], st[2])
x = [a.random() for _ in range(5)]
a.setstate(st)
print(x == [a.random() for _ in range(5)])
for _ in range(700):
    a.random()
st2 = a.getstate()
b = random.Random()
b.setstate(st2)
print(a.random() == b.random(), st2[1][-1])


class MyRandom(random.Random):
    def __init__(self, x, tag):
        super().__init__(x)
        self.tag = tag


m = MyRandom(99, "t")
print(m.tag, m.random(), isinstance(m, random.Random))


class Cheap(random.Random):
    def random(self):
        return 0.5


c = Cheap(1)
print(c.randrange(100), c.choice([1, 2, 3]))

import _random
g = _random.Random(5)
print(g.random(), type(g).__name__, type(g).__module__)
g.seed()
print(0 <= g.random() < 1)
g.seed(None)
print(g.getrandbits(8) < 256)
try:
    _random.Random(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    _random.Random(x=1)
except TypeError as e:
    print("TypeError", e)
for bad in [[1, 2], (1,) * 3, (0,) * 624 + (625,), (0,) * 624 + (-1,)]:
    try:
        g.setstate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    g.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
