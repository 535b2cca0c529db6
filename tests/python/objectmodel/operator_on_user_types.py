# The operator module's functions on user types: they follow the same slots as the syntax.
import operator as op
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    __radd__ = __add__
    def __iadd__(self, o): self.v += 100; return self
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
    __hash__ = None
    def __getitem__(self, k): return ("item", k)
    def __setitem__(self, k, v): print("setitem", k, v)
    def __delitem__(self, k): print("delitem", k)
    def __contains__(self, x): return x == self.v
    def __index__(self): return self.v
    def __neg__(self): return N(-self.v)
    def __matmul__(self, o): return "matmul"
a, b = N(1), N(2)
print(op.add(a, b), op.add(3, a), op.lt(a, b), op.gt(a, b), op.eq(a, N(1)), op.ne(a, b))
print(op.iadd(a, 1), a, op.getitem(a, 5), op.contains(a, 101), op.index(N(7)), op.neg(b), op.matmul(a, b))
op.setitem(a, "k", "v"); op.delitem(a, "k")
print(op.truth(a), op.not_(a), op.is_(a, a), op.is_not(a, b))
print(op.attrgetter("v")(b), op.attrgetter("v", "v")(b), op.itemgetter(1, 2)("abc"), op.methodcaller("count", "a")("banana"))
print(op.concat([1], [2]), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: op.concat(1, 2))
t(lambda: op.index(1.5))
t(lambda: op.indexOf([1], 5))
t(lambda: op.attrgetter(1))
t(lambda: op.itemgetter()())
t(lambda: op.lt(a, 1))
t(lambda: hash(a))
t(lambda: op.length_hint([1, 2]))
t(lambda: op.pow(2, 10))
t(lambda: op.abs(N(-3)))
t(lambda: sorted([N(3), N(1)], key=op.attrgetter("v")))
t(lambda: op.call(len, "abc") if hasattr(op, "call") else 3)
t(lambda: (op.__add__ is op.add, op.__name__))
