# int: construction, repr, arithmetic edge cases, methods and their errors
import sys

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for s in ['12', ' -7 ', '0x1f', '1_000', '0b101', '0o17', '１２', '1__0', '_1', '', '12a', '0x', '  ', '+', '-0']:
    show(int, s)
for s, b in [('z', 36), ('0x1f', 16), ('0x1f', 0), ('010', 0), ('0', 0), ('00', 0), ('1f', 16), ('12', 1), ('12', 37), ('0b2', 0)]:
    show(int, s, b)
show(int, 3.9); show(int, -3.9); show(int, float('inf')); show(int, float('nan'))
show(int, b'42'); show(int, bytearray(b' 17 ')); show(int, None); show(int, [1]); show(int, '5', base=10)
show(int, 5, 10); show(int, x=5)
class I:
    def __index__(self): return 7
class T:
    def __trunc__(self): return 8
class N:
    def __int__(self): return 9
show(int, I()); show(int, T()); show(int, N())
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), divmod(7, -2), 2 ** -1, (-8) ** (1/3) == (-8) ** (1/3))
show(lambda: 1 // 0); show(lambda: 1 % 0); show(lambda: divmod(1, 0)); show(lambda: 0 ** -1)
show(pow, 3, 4, 5); show(pow, 3, -1, 7); show(pow, 2, -1, 4); show(pow, 3, 4, 0); show(pow, 3, 4.0, 5)
show(lambda: 1 << -1); show(lambda: 1 >> -1); print(1 << 100, -1 >> 100, (-5) >> 1, 5 & -3, 5 | -3, 5 ^ -3, ~5)
print((255).to_bytes(2, 'big'), (-1).to_bytes(2, 'little', signed=True), int.from_bytes(b'\xff\x00', 'little'))
show((256).to_bytes, 1, 'big'); show((-1).to_bytes, 1, 'big'); show((1).to_bytes, 1, 'middle')
print((0).bit_length(), (-255).bit_length(), (2**100).bit_length(), (255).bit_count(), (-7).bit_count())
print((10).as_integer_ratio(), (True).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1))
print(int.__round__(7), type(round(True)), True + True, -True, ~True, True & 2, True | False, True ^ True)
show(round, 5, 1.5)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30))
# the 4300-digit limit
print(sys.int_info.default_max_str_digits, sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
show(lambda: str(10 ** 4300))
show(int, '1' * 4301)
show(lambda: repr(10 ** 5000))
print(len(hex(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4500)))
show(sys.set_int_max_str_digits, 100)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
sys.set_int_max_str_digits(4300)
show(lambda: f'{10**4300:d}')
show(lambda: '%d' % 10 ** 4300)
print(int('1' * 4300) % 7)
print(repr(int), int.__name__, int.__qualname__, int.__module__, bool.__mro__)
print(repr(True), str(False), bool(0.0), bool([]), bool('x'), bool.__new__(bool, 5))
show(bool, 1, 2); show(bool, x=1)
class B(int):
    pass
print(B(5) + 1, type(B(5) + 1), repr(B(7)), type(abs(B(-3))), type(-B(3)), type(+B(3)))
print(int.__new__(B, 3), (3).__sizeof__() > 0, (3).__index__(), (3).__trunc__(), (3).__floor__(), (3).__ceil__())
print(1 < 2.5, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308, -10**400 < float('-inf'))
print(int('٣'), int('\u0663\u0664'), float('٣.٥'))
