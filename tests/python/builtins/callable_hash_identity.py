# callable, hash (numeric equality across types, custom __hash__, unhashables) and identity checks without id()
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class WithCall:
    def __call__(self): return 'called'
class NoCall: pass
class CallNone:
    __call__ = None
def f(): pass
print(callable(f), callable(lambda: 0), callable(len), callable(int), callable(WithCall()), callable(NoCall()))
print(callable(1), callable('s'), callable(None), callable(NoCall), callable([].append), callable(str.upper))
print(callable(CallNone()), callable(type), callable(print), callable(staticmethod(f)), callable(classmethod(f)))
inst = WithCall()
inst.__call__ = None
print(callable(inst), inst())
show(callable); show(callable, 1, 2)

print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False) == hash(0j))
print(hash(2**61 - 1), hash(2**61), hash(-1), hash(-2), hash(10**20), hash(-(10**20)), hash(2**64))
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e100), hash(float('inf')), hash(float('-inf')), hash(2.0**61))
print(hash(1 + 0j) == hash(1), hash(3 + 4j), hash(-1j), hash((1, 2)), hash(()), hash((1, (2, 3))), hash(frozenset()))
print(hash(None) == hash(None), hash(Ellipsis) == hash(...), hash(int) == hash(int), hash(range(3)) == hash(range(0, 3)))
print(hash(10**19 / 1) == hash(10**19), hash(1e22) == hash(10**22), hash(0.5) == hash(2**60))
import fractions, decimal
print(hash(fractions.Fraction(1, 2)) == hash(0.5), hash(decimal.Decimal('1.5')) == hash(1.5), hash(fractions.Fraction(7)) == hash(7))
show(hash, []); show(hash, {}); show(hash, set()); show(hash, bytearray()); show(hash, (1, [2])); show(hash, slice(1, 2))
show(hash); show(hash, 1, 2)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(hash(H(5)), hash(H(-1)), hash(H(2**64)), hash(H(-2**64)), hash(H(True)))
show(hash, H(1.5)); show(hash, H('x')); show(hash, H(None))
class EqOnly:
    def __eq__(self, o): return True
show(hash, EqOnly()); print(EqOnly.__hash__)
class NoHash:
    __hash__ = None
show(hash, NoHash())
class Child(H):
    def __eq__(self, o): return False
show(hash, Child(3))
class IntSub(int):
    def __hash__(self): return 99
print(hash(IntSub(5)), hash(int(IntSub(5))), {IntSub(5): 'x'}.get(5), {5: 'y'}.get(IntSub(5)))

a = [1, 2]; b = a; c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, type(None)() is None, ... is Ellipsis)
t = True
print(t is bool(1), NotImplemented is type(NotImplemented)(), object() is object(), type(...)() is ...)
x = 'interned'
print(str(x) is x, tuple(t := (1, 2)) is t, frozenset(fs := frozenset({1})) is fs)
print(float(f := 1.5) is f, list(a) is a, a[:] is a, a.copy() is not a)
d1 = {}; d2 = d1; d2['k'] = 1
print(d1, d1 is d2, type(1) is int, type(True) is bool, type(int) is type, type(type) is type)
