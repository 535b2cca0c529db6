# comparisons and equality across int, float, complex, bool, Fraction and Decimal: exactness for huge values, hashes, sorting
from fractions import Fraction
from decimal import Decimal
import math, sys
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

n = 2**53
print(n + 1 == float(n + 1), n + 1 > float(n), float(n + 1) == n, n + 1 == n + 1.0, (n + 1) - (n + 1.0), int(float(n + 1)))
for big in [10**20, 2**64 + 1, 2**1023, 2**1024, 10**400, -(10**400), 3**500]:
    f = 1.7976931348623157e308
    print(big == float(big) if abs(big) < 2**1024 else 'huge', big > f, big < -f, big == math.inf, big < math.inf, -big > -math.inf, big != math.nan)
print(10**16 + 1 > 1e16, 10**16 + 1 == 1e16, 10**16 == 1e16, 2**63 == 9.223372036854776e18, 2**63 - 1 < 9.223372036854776e18, 2**63 + 1 > 9.223372036854776e18)
print(0.1 == Fraction(1, 10), Fraction(0.1) == 0.1, Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.3333333333333333 + 1e-17, Decimal('0.1') == 0.1, Decimal('0.5') == 0.5)
print(Decimal(1) == 1, Decimal('1.0') == 1.0, Decimal('1e400') > 10**399, Fraction(10**400, 3) > 10**399, Fraction(1) == 1 + 0j, Decimal(2) == 2 + 0j)
print(1 == 1.0 == 1 + 0j == True == Fraction(1) == Decimal(1), len({1, 1.0, 1 + 0j, True, Fraction(1), Decimal(1)}))
print(hash(2**64) == hash(float(2**64)), hash(Fraction(2**64)) == hash(2**64), hash(Decimal(2**64)) == hash(2**64), hash(0.5) == hash(Fraction(1, 2)) == hash(Decimal('0.5')))
print(hash(-1) == hash(-1.0) == hash(Fraction(-1)) == hash(Decimal(-1)), hash(2**61 - 1), hash(float(2**61 - 1)) == hash(2**61), sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
mixed = [3, 2.5, Fraction(5, 2), True, -1, Decimal('2.25'), 0.0, False, 10**20, -1e300, Fraction(-7, 3)]
print(sorted(mixed, key=lambda x: (x, type(x).__name__)) == sorted(mixed, key=lambda x: (x, type(x).__name__)), [type(x).__name__ for x in sorted(mixed[:5] + mixed[6:], key=float)])
print(min(mixed[:5]), max(mixed), sorted([1, 1.0, True]), sorted([True, 1.0, 1]), sorted([2, 1.5, Fraction(3, 2), 1]))
show(lambda: 1j < 1); show(lambda: Decimal(1) < Fraction(1)); show(lambda: 1 < 'a')
print(Fraction(1, 2) + 0.5, type(Fraction(1, 2) + 0.5).__name__, Fraction(1, 2) + 1, type(Fraction(1, 2) * 2).__name__, Decimal('1.1') + 1, 1.5 + True, type(True + True).__name__)
print(Fraction(1, 3) ** 2, Fraction(4, 9) ** 0.5, 2 ** Fraction(1, 2), Fraction(-8) ** Fraction(1, 3), Decimal(2) ** Decimal('0.5'), (2 + 0j) ** Fraction(1))
print(int(Fraction(7, 2)), float(Fraction(1, 3)), round(Fraction(5, 2)), round(Fraction(7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Decimal('-3.5')), int(Decimal('-3.9')))
print(Fraction(2**100, 3) > 2.0**98, Fraction(1, 10**400) > 0, Fraction(1, 10**400) > 0.0, float(Fraction(1, 10**400)), Fraction(10**400) > 1e308, Fraction(1e308) * 10 > 1e308)
print(divmod(Fraction(7, 2), 1), divmod(7.5, Fraction(1, 2)), 7 // Fraction(2), 7 % Fraction(3, 2), -7 % Fraction(3), Decimal(-7) % 3, Decimal(-7) // 3, -7 // 3)
print(isinstance(True, int), isinstance(1, float), isinstance(Fraction(1), float), isinstance(1.0, int), (1).__eq__(1.0), (1.0).__eq__(1), (1).__lt__(1.5))
import numbers
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Complex), isinstance(Fraction(1), numbers.Rational), isinstance(Decimal(1), numbers.Real))
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(int, numbers.Complex), issubclass(complex, numbers.Real))
print(1 == 1.0000000000000001, 0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < sys.float_info.epsilon, sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.epsilon, sys.float_info.max_exp, sys.float_info.min_10_exp, sys.float_info.radix, sys.float_info.rounds, sys.int_info.bits_per_digit, sys.maxsize)
