# Generator expressions: laziness, scoping, the first iterable evaluated eagerly, errors.
def source(n):
    print("source created")
    for i in range(n):
        print("  producing", i)
        yield i

g = (x * 10 for x in source(3))
print("genexpr made")
print(next(g))
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
g = (y for y in [1, 2] if y > unknown)
try:
    next(g)
except NameError as e:
    print(e)
data = [1, 2, 3]
g = (x + k for x in data for k in (10, 20))
data.append(4)
print(list(g))
print(sum(x * x for x in range(5)), max((c for c in "hello"), default=None))
g = (i for i in range(3))
print(sorted(g.gi_frame.f_locals) if g.gi_frame else None)
next(g)
print(sorted(g.gi_frame.f_locals))
print(list(zip((a for a in "ab"), (b for b in range(5)))))
nested = ((i, j) for i in range(2) for j in (k * 2 for k in range(i + 1)))
print(list(nested))
class K:
    items = [1, 2]
    doubled = list(x * 2 for x in items)
print(K.doubled)
print(type((x for x in [])).__name__)
