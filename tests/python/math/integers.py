# math's integer functions and its argument errors, with CPython's messages
import math


def attempt(f, *args, **kw):
    try:
        print("  ", f.__name__, args, kw, "->", f(*args, **kw))
    except Exception as e:
        print("  ", f.__name__, args, kw, type(e).__name__, e)


print([math.factorial(n) for n in range(25)])
print(math.factorial(100), math.factorial(3000).bit_length(), math.factorial(1000) % (10**9 + 7), math.factorial(True))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(12, 18, 27))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 0, 6), math.lcm(2**70, 3**40, 6), math.lcm(3, -5, 7))
print([math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 10**30, 10**30 - 1, 2**1001)], math.isqrt(True))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(10**20, 3), math.comb(300, 299))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(10**20, 2), math.perm(0, 0), math.perm(7, None))
print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2, 3]), math.prod([2, 3], start=10),
      math.prod(["ab"], start=3), math.prod([0.1] * 5), math.prod(iter([2] * 70)))


class Idx:
    def __index__(self):
        return 6


class Flt:
    def __float__(self):
        return 0.25


class Flo:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


print(math.factorial(Idx()), math.gcd(Idx(), 4), math.comb(Idx(), 2), math.isqrt(Idx()), math.sqrt(Flt()),
      math.floor(Flo()), math.ceil(Flo()), math.trunc(Flo()), math.floor(2.5), math.ceil(-2.5), math.trunc(-2.5),
      math.floor(10**30), math.ceil(True), math.floor(-0.0), math.exp(Idx()))
attempt(math.floor, float("nan"))
attempt(math.ceil, float("inf"))
attempt(math.floor, "x")
attempt(math.trunc, "x")
for f, args in [(math.comb, (-1, 2)), (math.comb, (3, -1)), (math.perm, (-1,)), (math.perm, (3, -2)),
                (math.comb, (2**70, 2**65)), (math.perm, (2**70, 2**65)), (math.factorial, (2**70,)),
                (math.factorial, (-2**70,)), (math.factorial, (-1,)), (math.factorial, (5.0,)), (math.comb, (1.5, 2)),
                (math.lcm, (1.5,)), (math.gcd, ("a",)), (math.isqrt, (-1,)), (math.isqrt, (2.0,)),
                (math.ldexp, (1.0, 1.5)), (math.prod, ([1], 2)), (math.prod, ()), (math.dist, ((1, 2), (1,))),
                (math.dist, (1, 2)), (math.fsum, ([1e308, 1e308],)), (math.fsum, ([float("inf"), -float("inf")],)),
                (math.fsum, (["a"],)), (math.log, (0,)), (math.log, (-5,)), (math.log, (-2**2000,)), (math.log, (1, 1)),
                (math.log, (10, 0)), (math.log, (10, 1.0)), (math.log, ()), (math.log, (1, 2, 3)), (math.log, ("x",)),
                (math.log2, (0,)), (math.log10, (-1.5,)), (math.sqrt, ("x",)), (math.sqrt, ()), (math.sqrt, (1, 2)),
                (math.isclose, (1, 2, 3)), (math.isclose, (1, 2)), (math.isclose, (1.0, 1.0 + 1e-10)),
                (math.hypot, ("a",)), (math.nextafter, (1,)), (math.pow, (1,)), (math.atan2, (1, 2, 3)),
                (math.gamma, (-2.0,)), (math.lgamma, (0.0,)), (math.gamma, (0.0,)), (math.gamma, (172.0,)),
                (math.gamma, (-1e300,)), (math.exp, (10**400,)), (math.cosh, (1000,)), (math.log1p, (-1,)),
                (math.atanh, (1,)), (math.acosh, (0.5,)), (math.pow, (-8.0, 1 / 3)), (math.pow, (0.0, -2)),
                (math.pow, (-0.0, -3)), (math.pow, (2.0, 5000)), (math.sqrt, (-0.0,)), (math.fmod, (float("inf"), 2)),
                (math.remainder, (float("inf"), 2)), (math.frexp, (2**2000,)), (math.modf, ("x",))]:
    attempt(f, *args)
attempt(math.isclose, 1.0, 1.1, rel_tol=0.2)
attempt(math.isclose, 1.0, 1.1, abs_tol=0.05)
attempt(math.isclose, 1.0, 1.1, rel_tol=-1)
attempt(math.isclose, 1.0, b=1.0)
attempt(math.isclose, math.inf, math.inf)
attempt(math.isclose, math.nan, math.nan)
attempt(math.prod, [2, 3], start=0.5)
attempt(math.gcd, 4, x=2)
