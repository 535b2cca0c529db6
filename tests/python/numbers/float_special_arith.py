# inf and nan arithmetic and comparisons, signed zeros, divmod/% and // sign rules with floats, mixed int/float ops
import math
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf, inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, (-1) ** inf)
print(inf > 10**400, -inf < -(10**400), inf == inf, nan == nan, nan != nan, nan < 1, nan > 1, nan >= nan, inf > nan)
print(max(nan, 1), max(1, nan), min(inf, nan), sorted([3, nan, 1])[1] != sorted([3, nan, 1])[1] or 'nan mid', [nan] == [nan] if False else 'skip')
x = nan
print([x] == [x], (x,) == (x,), x in [x], x in [float('nan')], {x: 1}.get(x), math.isnan(x), math.isinf(-inf), math.isfinite(1e308))
print(0.0 == -0.0, math.copysign(1, 0.0 * -1), math.copysign(1, -0.0 + 0.0), math.copysign(1, -0.0 - 0.0), math.copysign(1, -0.0 * -0.0), -0.0 * 5)
print(repr(-0.0 + 0), repr(0 * -1.0), repr(-0.0 // 1), repr(0.0 % -1.0), repr(-0.0 % 1.0), repr(divmod(-0.0, 5.0)), repr(abs(-0.0)), repr(-(0.0)))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.3), (-1, 0.3), (5.0, inf), (-5.0, inf), (5.0, -inf), (1e300, 1e-300), (0.1, 0.01)]:
    show(lambda: (a // b, a % b, divmod(a, b), math.fmod(a, b)))
show(lambda: inf // 1); show(lambda: inf % 1); show(lambda: divmod(inf, 1)); show(lambda: nan // 1); show(lambda: 1 // nan); show(lambda: 1 % inf)
show(lambda: 1.0 / 0); show(lambda: 1.0 // 0); show(lambda: 1.0 % 0); show(lambda: 0.0 / 0.0); show(lambda: divmod(1.0, 0.0)); show(lambda: 0.0 ** -1)
show(lambda: (-8.0) ** (1 / 3)); show(lambda: (-8) ** 0.5); show(lambda: 10.0 ** 400); show(lambda: 2.0 ** 1024); show(lambda: 2 ** 1024.0)
show(lambda: (-2.0) ** 1e300); show(lambda: (-2.0) ** -1e300); show(lambda: 0.0 ** 0.0); show(lambda: (-0.0) ** -1); show(lambda: (-0.0) ** 3)
show(lambda: inf ** -1); show(lambda: (-inf) ** 3); show(lambda: (-inf) ** 2); show(lambda: (-inf) ** -3); show(lambda: 0.5 ** -inf); show(lambda: 1e308 * 10)
show(lambda: math.exp(1000)); show(lambda: math.sqrt(-1)); show(lambda: math.log(0)); show(lambda: math.log(-1)); show(lambda: math.pow(0, -1))
print(2**53 == 2.0**53, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53, 2**53 + 1 < 2.0**53 + 2, 10**16 == 1e16, 10**16 + 1 == 1e16)
print(2**1024 > 1e308, 2**1024 < inf, -(2**1024) > -inf, 2**1024 == inf, 10**400 > 1.7976931348623157e308, 123456789012345678901 == 1.2345678901234568e20)
print(1 == 1.0, -1 == -1.0, 2**63 == 2.0**63, 2**63 - 1 == 2.0**63, 2**64 - 1 < 2.0**64, 2**64 - 1 < 18446744073709551615.0, 0 == -0.0)
print(0.5 < 1, 1 < 1.5, 2**100 + 0.5 > 2**100, 2**100 + 1 > 2.0**100, 2**100 - 1 < 2.0**100, hash(2.0**100) == hash(2**100), -1 < nan)
print(7 / 2, -7 / 2, 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7 % -2.5, 2 ** 0.5, 10 / 3, 1 / 3 * 3, 2**60 / 3, (2**60 + 1) / 2)
print(3 * 1.5, 3 - 0.5, 1 + 1e-16, 1 + 2e-16, 1e16 + 1.0, 0.1 + 0.2 - 0.3, 1e-320 * 1e10, 1e308 + 1e308 - 1e308, 4.0 // 0.1, 4.0 % 0.1)
print(abs(-inf), -nan != -nan, float('-0.0'), round(-0.5), round(-0.0), int(-0.9), int(1e20), int(-1e20), int(1.9999999999999998), int(2.5e-300))
show(int, inf); show(int, nan); show(int, -inf); show(math.floor, nan); show(lambda: inf.__trunc__())
print(sum([inf, 1]), sum([inf, -inf]) != sum([inf, -inf]), math.fsum([inf, 1]), min(-0.0, 0.0), max(-0.0, 0.0), sorted([0.0, -0.0, -1, 1]))
