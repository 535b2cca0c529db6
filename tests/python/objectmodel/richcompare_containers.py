# Comparisons inside containers: identity shortcut, __eq__ calls during in/index/count/==, lexicographic order.
class Noisy:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"eq {self.n}=={getattr(o, 'n', o)}")
        return isinstance(o, Noisy) and self.n == o.n
    def __lt__(self, o):
        print(f"lt {self.n}<{o.n}"); return self.n < o.n
    def __hash__(self): return hash(self.n)
    def __repr__(self): return f"N{self.n}"
x = Noisy(1)
print(x in [x], x in [Noisy(1)], [x] == [x], [Noisy(1)] == [Noisy(1)])
print([Noisy(1), Noisy(2)] < [Noisy(1), Noisy(3)])
print((Noisy(1),) == (Noisy(2),))
print([Noisy(1), Noisy(2)].index(Noisy(2)), [Noisy(1), Noisy(1)].count(Noisy(1)))
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan == nan, (nan,) == (nan,), {nan: 1}[nan])
class NeverEq:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
ne = NeverEq()
print(ne in [ne], [ne] == [ne], ne in {ne}, {ne: 1}.get(ne), [ne].count(ne), (ne,).index(ne))
class AlwaysEq:
    def __eq__(self, o): return True
    def __hash__(self): return 0
print(AlwaysEq() in [1, 2], [1] == [AlwaysEq()], {AlwaysEq(): 1}.get(5), {1: "a"}.get(AlwaysEq()), len({1, AlwaysEq()}))
d = {Noisy(1): "a"}
print(d[Noisy(1)])
print(max([Noisy(3), Noisy(5)]), min(Noisy(4), Noisy(2)))
class Raise:
    def __eq__(self, o): raise ValueError("eq raised")
try:
    Raise() in [1]
except ValueError as e:
    print("ValueError:", e)
r = Raise()
print(r in [r])
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
print([1, 2] < [1, 2, 3], (1, 2) > (1,), [] == [], [[]] == [[]], {1: [2]} == {1: [2]}, {1: 2} == {1: 2.0})
print([1] == (1,), [1] != (1,), {1} == frozenset({1}), {}.keys() == set(), {1: 2}.items() == {(1, 2)})
