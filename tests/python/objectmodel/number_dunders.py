# Number protocol on user types: __int__/__index__/__float__ in math functions, round/trunc/floor/ceil, divmod/pow dunders.
import math
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class N:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o, mod=None): return ("rpow", o, mod)
n = N(2.5)
t(lambda: (round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n)))
t(lambda: (divmod(n, 1), divmod(1, n), pow(n, 2), pow(n, 2, 5), pow(2, n), 2 ** n, n ** 2))
t(lambda: pow(2, n, 5))
t(lambda: (math.sqrt(n), math.gcd(N(12), N(8)), math.factorial(N(5)), math.isqrt(N(17))))
t(lambda: (math.log(N(8), 2), math.pow(n, 2), math.fabs(N(-3)), math.copysign(1, N(-1))))
class NoFloat:
    def __index__(self): return 4
t(lambda: (math.sqrt(NoFloat()), float(NoFloat())))
class Nothing: pass
t(lambda: math.sqrt(Nothing()))
t(lambda: math.floor(Nothing()))
t(lambda: math.trunc(Nothing()))
t(lambda: round(Nothing()))
t(lambda: divmod(Nothing(), 1))
t(lambda: math.floor(2.5))
t(lambda: math.floor(N(1)) if False else math.floor(True))
t(lambda: (round(2.675, 2), round(-0.5), round(0.5), round(1.5), round(2.5), round(-1.5)))
t(lambda: (round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), type(round(5, 0)).__name__))
t(lambda: (math.floor(-0.5), math.ceil(-0.5), math.trunc(-1.7), int(-1.7)))
t(lambda: math.floor(float("inf")))
t(lambda: math.ceil(float("nan")))
