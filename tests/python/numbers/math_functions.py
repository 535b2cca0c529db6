# math module functions with exactly specified results: rounding family, fmod/remainder/modf/frexp/ldexp, comb/perm/lcm/gcd/isqrt, errors
import math
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf, math.pi == 3.141592653589793)
print([math.floor(x) for x in (2.5, -2.5, 0.0, -0.0, 1e20)], [math.ceil(x) for x in (2.1, -2.9, 5)], [math.trunc(x) for x in (2.9, -2.9, True)])
print(math.floor(10**30), math.ceil(-(10**30)), type(math.floor(2.0)).__name__, math.floor(True), math.trunc(10**20))
class Fl:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()))
show(math.floor, 'x'); show(math.ceil, None); show(math.trunc, 'x'); show(math.floor, math.inf); show(math.ceil, math.nan); show(math.floor)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf), math.isqrt(10**40 + 1), math.isqrt(0), math.isqrt(True))
show(math.sqrt, -1); show(math.isqrt, -1); show(math.isqrt, 2.0); show(math.sqrt, 'x'); show(math.sqrt, 10**400)
print(math.fabs(-3), math.fabs(-0.0), math.copysign(2, -0.0), math.copysign(-2, math.inf), math.copysign(1, math.nan) in (1.0, -1.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-0.0, 1), math.fmod(5, math.inf), math.fmod(1e300, 1e-300))
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(7.5, 3), math.remainder(6, 4), math.remainder(10, 4), math.remainder(3, math.inf))
show(math.fmod, 1, 0); show(math.fmod, math.inf, 1); show(math.remainder, 1, 0); show(math.remainder, math.inf, 2); show(math.fmod, 1)
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(-0.0), math.modf(math.inf), math.modf(-math.inf), math.modf(5))
print(math.frexp(8), math.frexp(-0.1), math.frexp(5e-324), math.frexp(math.inf), math.frexp(1e300), math.frexp(True))
print(math.ldexp(1, 10), math.ldexp(0.5, -1074), math.ldexp(1.0, -1075), math.ldexp(-3, 2), math.ldexp(1.0, -(10**30)), math.ldexp(0.0, 10**30), math.ldexp(math.inf, -5))
show(math.ldexp, 1.0, 1024); show(math.ldexp, 1.0, 10**30); show(math.ldexp, 1.0, 2.0); show(math.ldexp, 'x', 1); show(math.frexp, 'x')
print(math.nextafter(0.0, -1), math.nextafter(1.0, math.inf) - 1.0, math.nextafter(math.inf, 0), math.nextafter(5e-324, 0), math.ulp(2.0), math.ulp(-1e-300) > 0)
print(math.gcd(), math.gcd(0), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd(2**100, 2**50 * 3), math.gcd(True, 4))
print(math.lcm(), math.lcm(0, 7), math.lcm(-4, 6), math.lcm(4, 6, 10), math.lcm(2**40, 3**20), math.lcm(7))
show(math.gcd, 1.5); show(math.lcm, 2, 2.0); show(math.gcd, 'a')
print(math.factorial(0), math.factorial(20), math.factorial(25), len(str(math.factorial(500))))
show(math.factorial, -1); show(math.factorial, 2.0); show(math.factorial, 'x')
print([math.comb(10, k) for k in range(12)], math.comb(50, 25), math.comb(0, 0), math.comb(5, 7), math.comb(100, 97))
print([math.perm(5, k) for k in range(7)], math.perm(6), math.perm(0), math.perm(20, 3), math.perm(5, None))
show(math.comb, -1, 2); show(math.comb, 5, -1); show(math.comb, 5); show(math.comb, 5.0, 2); show(math.perm, 5, -2); show(math.perm, -3); show(math.perm)
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2**-60, -1]), math.fsum(iter([0.5, 0.25])), math.fsum([math.inf, 1]), math.fsum([math.nan, math.inf]))
show(math.fsum, [1e308, 1e308]); show(math.fsum, [math.inf, -math.inf]); show(math.fsum, ['a']); show(math.fsum, 5)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod([0.5, 4]), math.prod(range(1, 11)), math.prod([[1]], start=2) if False else math.prod([2, 'ab']))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(1, 1 + 1e-10), math.isclose(1, 1.001, rel_tol=0.01), math.isclose(math.inf, math.inf))
show(math.isclose, 1, 2, rel_tol=-1); show(math.isclose, 1); show(math.isclose, 1, 2, 3)
print(math.exp(0), math.exp(1) == math.e, math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log2(2**100), math.log(10**400) > 921)
show(math.log, 0); show(math.log, -1); show(math.log, 10, 1); show(math.log, 10, 0); show(math.log10, 0); show(math.log2, -1); show(math.exp, 1000)
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), math.pow(-1, math.inf), math.pow(1, math.nan), math.pow(math.inf, 0), math.pow(-8, 3))
show(math.pow, 0, -1); show(math.pow, -8, 1 / 3); show(math.pow, 10, 400); show(math.pow, 0.0, -math.inf)
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(), math.hypot(5), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(1, 0))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1) * 2 == math.pi, math.acos(1), math.atan(math.inf) * 2 == math.pi, math.sinh(0), math.cosh(0), math.tanh(math.inf))
show(math.asin, 2); show(math.acos, -2); show(math.sin, math.inf); show(math.cos, math.nan); show(math.cosh, 1000)
print(math.expm1(0), math.log1p(0), math.exp2(10), math.exp2(-1), math.acosh(1), math.asinh(0), math.atanh(0), math.asinh(-0.0))
show(math.log1p, -1); show(math.acosh, 0.5); show(math.atanh, 1); show(math.atanh, -1.5); show(math.expm1, 1000); show(math.exp2, 2000)
