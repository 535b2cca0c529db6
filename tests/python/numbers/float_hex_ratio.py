# float.hex, float.fromhex, is_integer, as_integer_ratio, math.frexp/ldexp, nextafter/ulp round trips
import math
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 1e300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 255.0, 0.5, 3.0]:
    h = v.hex()
    print(h, float.fromhex(h) == v, v.is_integer(), v.as_integer_ratio(), math.frexp(v))
print(float('inf').hex(), float('-inf').hex(), float('nan').hex())
for s in ['0x1p0', '0X1P+0', '1p0', '0x.8p1', '0x1.8', '-0x1.fffffffffffffp+1023', '0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.0000000000000801p0',
          '0x1.00000000000008p0', '0x1.00000000000018p0', ' 0x1p1 ', 'inf', '-Infinity', 'nan', '0x1p1024', '0x.fffffffffffff8p1024', '0x', '0x1p', 'x1',
          '0x1.g', '0x1p-2000', '+0x0p0', '-0x0.0p99', '0x1_0p0', '0x10', 'ff', '0xABCDEFp-24', '1.5']:
    show(float.fromhex, s)
show(float.fromhex, 5); show(float.fromhex); show(float.fromhex, b'0x1p0')
class FS(float): pass
v = FS.fromhex('0x1.8p1')
print(type(v).__name__, v)
print((0.5).is_integer(), (2.0).is_integer(), (1e300).is_integer(), float('inf').is_integer(), float('nan').is_integer(), (-0.0).is_integer())
show(float('inf').as_integer_ratio); show(float('-inf').as_integer_ratio); show(float('nan').as_integer_ratio)
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e-10).as_integer_ratio()[1].bit_length(), (2.0**70).as_integer_ratio())
for m, e in [(0.5, 1), (0.5, 1024), (0.5, 1025), (0.5, -1073), (0.5, -1074), (0.75, -1074), (-0.5, 3), (1.0, 0), (0.0, 10**6), (1.0, -10**6)]:
    show(math.ldexp, m, e)
show(math.ldexp, 1.0, 2**70); show(math.ldexp, 1.0, -(2**70)); show(math.ldexp, 1.0, 1.5)
print(math.frexp(float('inf')), math.frexp(0.0), math.frexp(-3.0), math.frexp(2**1023 * 1.5))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(-0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(float('inf')), math.ulp(5e-324))
print(math.copysign(1.0, -0.0), math.copysign(3, -2), math.fabs(-0.0), math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), math.floor(1e300) == int(1e300), math.modf(-3.25), math.modf(float('inf')), math.fmod(-7.0, 3.0))
print(math.remainder(7.0, 2.0), math.remainder(5.0, 2.0), math.remainder(-5.0, 2.0), math.fsum([1e100, 1.0, -1e100, 1.0]), math.prod([0.1] * 3))
show(math.floor, float('inf')); show(math.ceil, float('nan')); show(math.trunc, float('-inf')); show(math.fmod, 1.0, 0.0); show(math.remainder, 1.0, 0.0)
print(float.__getformat__('double'), float.__getformat__('float'))
show(float.__getformat__, 'int')
print(float.__dict__['real'].__get__(2.5), (2.5).real, (2.5).imag, (2.5).conjugate(), (-2.5).__abs__(), (2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__())
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (2.0).__pow__(0.5), (2.0).__rpow__(3), (1.5).__round__(), (1.25).__round__(1), (1.5).__int__())
