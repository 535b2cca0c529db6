# int / int is correctly rounded for any sizes; int -> float conversion rounds half-even; overflow and underflow messages
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

n = 2**53
print([float(n + k) for k in range(-2, 6)])
print([float(2**54 + k) for k in range(0, 8)], float(2**64 - 1), float(-(2**64) + 1), float(2**63 + 2**10), float(2**63 + 2**10 + 1))
print((n + 1) / 1, (2**54 + 1) / 2, (2**54 + 3) / 2, (10**30 + 1) / 10**15, (2**1000 + 1) / 2**900, 10**400 / 10**399, -(10**400) / 10**399)
print(1 / 3, 2 / 3, 10**20 / 3, (10**20 + 1) / 3, 7 / -2, -7 / 2, 0 / 5, 0 / -5, -0 / 5, 2**1074 // 2**1073 / 2)
print(1 / 2**1074, 1 / 2**1075, 3 / 2**1076, 1 / 2**1080, 1 / 10**400, -1 / 10**400, (2**1024 - 2**970) / 2, (2**1025 - 1) / 2**1000)
show(lambda: 2**1024 / 1); show(lambda: 10**400 / 3); show(lambda: 1 / 0); show(lambda: 10**400 / 0); show(lambda: (2**1024 - 2**970) / 1)
print((2**1024 - 2**971) / 1, (2**1024 - 2**971 - 1) / 1)
show(lambda: float(2**1024 - 2**970)); show(lambda: float(2**1024)); show(lambda: float(-(2**1024))); show(lambda: 2**1024 + 0.5); show(lambda: 2**1024 * 1.0)
show(lambda: 2**1024 < 1e308); show(lambda: 1e308 < 2**1024); show(lambda: 2**1024 == float('inf')); show(lambda: (2**1024) // 1.0); show(lambda: divmod(2**1024, 2.0))
for a, b in [(10**50, 7**20), (3**100, 2**150), (-(5**80), 11**30), (2**200 + 1, 2**100), (123456789 * 10**40, 987654321)]:
    q = a / b
    print(q, q == float(a) / float(b), float.hex(q))
import fractions
for a, b in [(1, 10**20 + 7), (2**60 + 1, 3), (10**25 + 9, 10**10 + 3), (99999999999999999, 10**17)]:
    print(a / b == float(fractions.Fraction(a, b)), a / b, a // b, a % b)
print(int(1e22), int(1.5e22), int(-2.5e-3), int(2**63 * 1.0), int(float(2**200)) == 2**200, int(1.7976931348623157e308) == 2**1024 - 2**971)
print([int(x) for x in (0.9999999999999999, 1.0000000000000002, -1.9999999999999998, 4503599627370495.5, 4503599627370497.0)])
print(float(True), float(10**15), float(-(10**15) - 1), float(12345678901234567890), float(98765432109876543210987654321), float(-(2**100) - 2**47), float(-(2**100) - 2**47 - 1))
print(2**53 + 1.0, 2.0**53 + 1, 2**53 + 2.0, 2**63 - 1.0, -(2**63) - 1.0, (2**64 + 2**11) * 1.0, (2**64 + 2**11 + 1) * 1.0, 3**40 * 1.0, 3**40 + 0.0)
