"""hash() of the builtin hashable types, the numeric tower's agreement, and the unhashable ones: shared by the
hashes_seed*.py programs (str and bytes hashes depend on PYTHONHASHSEED, numbers do not)."""
import sys
from decimal import Decimal
from fractions import Fraction

VALUES = [0, 1, -1, -2, 7, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**64, 2**100, -2**100, 10**30, -(10**40) + 3,
          0.0, -0.0, 0.5, 1.5, -2.25, 0.1, 1e300, -1e-300, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'),
          1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(float('inf'), 1), complex(3, 0),
          '', 'a', 'abc', 'é', 'ÿ€', '€uro', '😀 emoji', 'x' * 100, b'', b'a', b'abc', bytes(range(256)),
          (), (1,), (1, 2), (1, 2, 'a'), ((1, 2), (3,)), (0.5, b'x', ('y',)),
          frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset({'a', 'b'}), frozenset({frozenset({1})}),
          True, False, range(10), range(1, 10, 3), range(-5, 5, 2), range(0, -10, -1),
          memoryview(b'abc'), memoryview(b'abcdef')[::2],
          Fraction(1, 3), Fraction(-7, 2), Fraction(5), Fraction(2**70, 3), Decimal('1.5'), Decimal('0.1'), Decimal(10),
          Decimal('-2.25'), Decimal('1e30'), Decimal('Infinity'), Decimal('-Infinity')]


def main():
    for v in VALUES:
        print(type(v).__name__, repr(v)[:30] if type(v) is not memoryview else v.tobytes(), hash(v))
    print('int/float/complex', hash(2) == hash(2.0) == hash(2 + 0j), hash(-1) == hash(-1.0) == -2)
    print('fraction/float', hash(Fraction(1, 3)) == hash(1 / 3), hash(Fraction(1, 2)) == hash(0.5))
    print('decimal/float', hash(Decimal('0.5')) == hash(0.5), hash(Decimal('1e30')) == hash(10**30))
    print('fraction/decimal', hash(Fraction(1, 4)) == hash(Decimal('0.25')))
    print('memoryview/bytes', hash(memoryview(b'abc')) == hash(b'abc'))
    print('bool', hash(True) == hash(1), hash(False) == hash(0))
    n = float('nan')
    print('nan', hash(n) == hash(n), hash(n) != hash(float('nan')) or 'same')
    print(sys.hash_info)
    print(sys.hash_info.algorithm, sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1)
    for bad in [slice(1, 2), [], {}, set(), bytearray(b'x'), {}.keys(), memoryview(bytearray(b'x'))]:
        try:
            hash(bad)
            print('hashable', type(bad).__name__)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    for bad in [(1, []), frozenset, Decimal('NaN')]:
        try:
            print('hashable', hash(bad) is not None)
        except TypeError as e:
            print(type(e).__name__, e)
