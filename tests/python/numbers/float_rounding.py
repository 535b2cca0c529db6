# rounding floats: round() half-even on exact binary values, ndigits on decimal-looking values, int()/math truncation, and formatting agreement
import math
from decimal import Decimal
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

halves = [i + 0.5 for i in range(-6, 6)]
print([round(h) for h in halves])
print([math.floor(h + 0.5) for h in halves], [int(h) for h in halves], [math.trunc(h) for h in halves])
quarters = [i / 4 for i in range(-10, 11)]
print([round(q, 1) for q in quarters])
eighths = [i / 8 for i in range(-9, 10)]
print([round(e, 2) for e in eighths])
for x in [2.675, 1.005, 0.045, 1.115, 2.5e-5, 1234.5, 0.1 + 0.2, 1e15 + 0.3, 123.456, -9.995, 5.015, 8.345]:
    print(x, round(x, 2), f'{x:.2f}', Decimal(x).quantize(Decimal('0.01')) if abs(x) < 1e10 else '-', round(x, 1), round(x, -1), round(x))
print(round(0.5 + 1e-16), round(0.49999999999999994), round(1.4999999999999998), round(2**52 + 0.5), round(2.0**52 + 1.5), round(-(2.0**52) - 0.5))
print(round(1e15 + 0.5), round(4503599627370495.5), round(4503599627370496.5), round(9007199254740993.0), round(1e300) == 10**300, round(1e300) == int(1e300))
print([round(5e-324, n) for n in (323, 324, 325)], [round(1e-300, n) for n in (299, 300, 301)], round(1.2345e308, -306))
show(round, 1.7976931348623157e308, -307)
show(round, 1.7976931348623157e308, -308)
show(round, 1.7976931348623157e308, -309); show(round, float('inf'), 0); show(round, float('nan'), 0); show(round, 1.5, 1.0)
print([round(2.5 * 10**k, -k) for k in range(6)], [round(3.5 * 10**k, -k) for k in range(6)], [round(x / 10, 0) for x in range(-5, 6)])
print([format(x, '.0f') for x in halves], [f'{q:.1f}' for q in quarters])
print(['%.0f' % h for h in halves], ['%.2f' % e for e in eighths[:6]], ['%.3g' % x for x in [0.0005, 0.00055, 12345.0, 99950.0, 99949.0]])
print([round(x, 3) for x in (0.0005, 0.0015, 0.0025, 0.0035)], [round(x, 4) for x in (1.00005, 1.00015)], round(-0.5, 0), round(-0.0001, 2), round(0.0001, 2))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(0.9999999999999999), math.ceil(1.0000000000000002), int(-0.9999999999999999), int(1e16 - 1) + 1 == 10**16)
print([int(x * 100) for x in (0.29, 0.57, 1.13, 4.35)], [round(x * 100) for x in (0.29, 0.57, 1.13, 4.35)], [math.floor(x * 100 + 0.5) for x in (0.29, 0.57)])
print(divmod(2.5, 1), divmod(-2.5, 1), 2.5 // 1, -2.5 // 1, 2.5 % 1, -2.5 % 1, 1e300 // 1e-300, (-1e-300) // 1, (-1e-300) % 1, 1e-300 % -1)
