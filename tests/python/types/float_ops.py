# float: repr, str, round, hex/fromhex, parsing, arithmetic errors and methods
import math, sys

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for x in [0.1, 1/3, 1e16, 1e-5, 1e-4, 123456789012345678.0, 1e22, 1e23, -0.0, 5e-324, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 2.5, 100.0, 1e15, 9999999999999998.0, 0.30000000000000004]:
    print(repr(x), str(x), x.hex(), x.is_integer(), math.copysign(1, x))
for s in ['1.5', ' -2.5e3 ', '1_000.5', 'inf', '-Infinity', 'nan', '+NaN', '0x1p3', '1e', '.5', '5.', '1__0', '_1',
          '', ' ', '1.5j', 'infinit', '١.٥', '\u2003 7 \u2003', '1e500', '-1e500', '1e-500']:
    show(float, s)
show(float, b'1.25'); show(float, bytearray(b'2')); show(float, None); show(float, 10**400); show(float, x=1)
for s in ['0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp1023', '0x1p1024', 'inf', ' 0X1P+4 ', '0x.8', '1', 'zz', '0x1.000000000000008p0', '0x1.0000000000000081p0']:
    show(float.fromhex, s)
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 2.675)], round(2.5), round(3.5), round(-2.5), round(0.5))
print(round(1234.5678, -2), round(1234.5678, 2), round(1e300, -300), round(1.5e-300, 300), round(123.456, 400), round(123.456, -400))
show(round, float('inf')); show(round, float('nan')); show(round, float('inf'), 2); show(round, 1.5, None); show(round, 1.5, 1.0)
print(type(round(2.5)), type(round(2.5, 0)), math.floor(-0.5), math.ceil(-0.5), math.trunc(-1.5), int(-1.9))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
show(float('inf').as_integer_ratio); show(float('nan').as_integer_ratio)
show(lambda: 1.0 / 0); show(lambda: 1.0 // 0.0); show(lambda: 1.0 % 0); show(lambda: divmod(1.0, 0.0)); show(lambda: 0.0 ** -1)
show(lambda: (-8.0) ** 0.5); show(lambda: 10.0 ** 400); show(lambda: 2.0 ** 10000); show(lambda: float('inf') ** 2)
print(divmod(-7.5, 2), divmod(7.5, -2), -7.5 % 2, 7.5 % -2, -0.0 % 5, 0.0 % -5, 5.0 // -0.5)
print(1e308 * 10, -1e308 * 10, float('inf') - float('inf'), 3.0 == 3, 0.1 + 0.2 == 0.3, 2 ** 0.5, 10 ** -2)
print(hash(0.5), hash(-0.0), hash(1e100), hash(float('inf')), hash(-1.0), hash(2.0**61))
print(float.__getformat__('double'), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(float(True), (2.5).conjugate(), (2.5).real, (2.5).imag, 7.0.__trunc__(), (-7.5).__floor__(), (-7.5).__ceil__())
print((3.7).__round__(), (3.75).__round__(1), float.__new__(float, '2'), (1.5).__getnewargs__())
class F(float):
    pass
print(F(2.5), repr(F(1)), type(F(1) + 1), F.fromhex('0x1p1'), type(F.fromhex('0x1p1')))
print(1.0 < 10**400, 1e308 < 10**309, float('nan') == float('nan'), float('inf') > 10**1000, 2**53 + 1 == 2.0**53)
