# math's float functions over ordinary and special values: results (to the bit) or the exception raised
import math

VALUES = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.0, 3.0, 0.1, 10.0, -7.25, 100.0, 171.5, 1e-10, 1e-300, 5e-324,
          1e10, 1e300, 710.0, -745.5, math.pi, math.e, float("inf"), -float("inf"), float("nan"), 2, -3, 10**20]
UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "degrees", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "floor", "frexp", "gamma", "isfinite", "isinf", "isnan", "lgamma", "log",
         "log10", "log1p", "log2", "modf", "radians", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]


def show(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)


for name in UNARY:
    f = getattr(math, name)
    print(name, " ".join(show(f, v) for v in VALUES))

PAIRS = [(0.0, 0.0), (1.0, 0.0), (0.0, -1.0), (-0.0, -2.0), (2.0, 10.0), (-2.0, 0.5), (2.0, 1024.0), (10.0, 3.0),
         (-10.0, 3.0), (10.0, -3.0), (5.5, 2.0), (1.0, float("inf")), (float("inf"), 2.0), (-float("inf"), 3.0),
         (-float("inf"), -3.0), (float("nan"), 0.0), (1.0, float("nan")), (0.5, -float("inf")), (1e308, 10.0),
         (3, 4), (-1.0, float("inf")), (7.0, -float("inf")), (1e-310, 2.0)]
for name in ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "dist2", "log", "isclose"]:
    row = []
    for x, y in PAIRS:
        if name == "dist2":
            row.append(show(math.dist, (x, y), (y, x)))
        else:
            row.append(show(getattr(math, name), x, y))
    print(name, " ".join(row))

for n in [0.0, 1.0, -1.0, 3.5, 1e300, float("inf"), float("nan"), 5e-324]:
    print("ldexp", n, [show(math.ldexp, n, i) for i in (0, 1, -1, 1074, -1075, 2000, -2000, 10**40, -10**40)])

print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(*range(1, 20)),
      math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.hypot(-2, float("nan")), math.hypot(float("nan"), float("inf")))
print(math.dist((1, 2, 3), (4, 6, 3)), math.dist([0.1] * 5, [0.3] * 5), math.dist(iter([1.5]), iter([0.25])),
      math.dist((), ()))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]),
      math.fsum([1, 2.5, True]), math.fsum(x / 7 for x in range(1000)), math.fsum([1e308, -1e308, 1e308]),
      math.fsum([float("inf"), 1.0]), math.fsum([float("nan"), float("inf")]), math.fsum([2.0**53, 1.0, 2.0**-60]),
      math.fsum([1.0, 2.0**-53, 2.0**-106]), math.fsum([-0.0, -0.0]))
print(math.log(100, 10), math.log(8, 2), math.log(2**1000), math.log(10**400), math.log10(10**400),
      math.log2(2**2000 + 1), math.log(10**400, 10**200), math.log(True), math.log2(3**5000), math.log(7.5, 0.5))
print(math.gamma(0.5), math.gamma(-0.5), math.gamma(24), math.gamma(150.3), math.gamma(-150.3), math.gamma(-250.5),
      math.gamma(1e-25), math.lgamma(0.5), math.lgamma(-2.5), math.lgamma(1e-25), math.lgamma(1e300), math.lgamma(7))
print([math.sin(x / 10) for x in range(-20, 21, 7)], [math.exp(x / 3) for x in range(-5, 6, 2)])
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(sorted(n for n in dir(math) if not n.startswith("_")))
