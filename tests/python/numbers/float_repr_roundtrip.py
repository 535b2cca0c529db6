# float repr/str: shortest round-trip digits, exponent switch points, special values, float() parsing of strings
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e-7,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 0.3, 100.0, 1e22, 1e23, 4.35, 2.675,
        1234.5e10, -1e-300, 3.141592653589793, 2.718281828459045, 1e100, 12345678.9, 0.5, 0.25 ** 10]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v, len(repr(v)))
print([repr(10.0 ** e) for e in range(14, 18)], [repr(10.0 ** -e) for e in range(3, 7)])
print(float('inf'), float('-inf'), float('nan'), repr(float('-nan')), str(float('infinity')), float(' +Inf '), float('-iNfInItY'), float('NaN'))
for s in ['1', ' 1.5 ', '-0', '+.5', '5.', '1e3', '1E-3', '1_000.5', '1_0e1_0', '0x10', '', ' ', '1e', 'e1', '.', '1..2', '1_', '_1',
          '1__0', 'infi', 'nan(1)', '١٢٣', '1.5\n', '\t2\x0b', '0001.000', '1e400', '-1e400', '1e-400', '4.9e-324', '2.4e-324', '\x00', 'in f']:
    show(float, s)
show(float, b'1.5'); show(float, bytearray(b'2.5')); show(float, memoryview(b'3.5')); show(float, b'abc'); show(float, [1.0])
show(float, None); show(float, 'x' * 200); show(float, '1' * 400); show(float, x=1); show(float, 1, 2)
class F:
    def __float__(self): return 2.5
class BadF:
    def __float__(self): return 1
class I:
    def __index__(self): return 3
class FSub(float): pass
class Both:
    def __float__(self): return 1.0
    def __index__(self): return 2
print(float(F()), float(I()), float(FSub(1.25)), type(float(FSub(1.25))).__name__, float(Both()), float(True), float(2**100))
show(float, BadF()); show(float, 10**400); show(float, -(10**400))
show(float, 2**1024 - 2**970); print(float(2**1024 - 2**971), float(2**53 + 1), float(2**53 + 3), float(-(2**64) - 1), float(10**22), float(3**200) == 3.0**200)
print(1e16 + 1, 1e16 + 2, 0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 100 * 1.1, 3 * 0.1 == 0.3, round(0.1 * 3, 15) == 0.3, 1e308 * 10, -1e308 * 10)
print(FSub(3.5) + 1, type(FSub(3.5) + 1).__name__, repr(FSub(2.0)), str(FSub(0.1)), f'{FSub(1.5)}')
print(float.fromhex('0x1p-1074'), 2.0 ** -1074, 2.0 ** -1075, 5e-324 / 2, 5e-324 * 0.5, 1.5 * 5e-324, -5e-324)
