# Unary operators on builtins and user types, with their dunders and error messages.
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in [5, -0.0, True, 2 + 3j, 2 ** 70, 0]:
    t(lambda: -v)
    t(lambda: +v)
    t(lambda: ~v) if not isinstance(v, (float, complex)) else t(lambda: ~v)
    t(lambda: not v)
for v in ["s", [1], None, {1}, b"x"]:
    t(lambda: -v)
    t(lambda: +v)
    t(lambda: ~v)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u), not u)
class Partial:
    def __neg__(self): return NotImplemented
t(lambda: -Partial())
t(lambda: +Partial())
class IntSub(int):
    def __neg__(self): return "IntSub.neg"
print(-IntSub(3), +IntSub(3), type(+IntSub(3)).__name__, abs(IntSub(-3)), type(abs(IntSub(-3))).__name__)
print(~True, -True, +False, type(-True).__name__)
class F(float): pass
print(type(-F(1.5)).__name__, type(+F(1.5)).__name__)
print(- - 5, not not [], -(-2 ** 2))
