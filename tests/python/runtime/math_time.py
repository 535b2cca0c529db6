# The math and time modules written in Java.
import math
import time

print(math.pi, math.e, math.inf, math.sqrt(16), math.sqrt(2))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7), type(math.floor(1.5)).__name__)
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.fabs(-3))
print(math.gcd(12, 18), math.factorial(10), math.isqrt(17), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf), math.copysign(2, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.pow(2, 10), math.degrees(math.pi))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
t0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.01, time.time() > 1.6e9, type(time.time_ns()).__name__)
