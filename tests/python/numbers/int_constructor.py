# int(): strings in every base, prefixes with base 0, underscores, whitespace and unicode digits, __int__/__index__/__trunc__, errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for s in ['0', '-0', '+7', ' 42 ', '\t\n13\x0c', '1_000_000', '00', '007', '0_0', '١٢٣', '１２', '٣_٤', '1e3', '1.0', '', '-', '+ 1', '- 1', '1 1', '_1', '1_', '1__2', '0x1F', '0b1', '\x00', '12\x00']:
    show(int, s)
for s, base in [('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 0), ('0o777', 0), ('0O17', 8), ('0b1010', 0), ('0B11', 2), ('z', 36), ('Z', 36), ('10', 2), ('10', 36),
                ('0', 0), ('000', 0), ('0_0', 0), ('010', 0), ('0x_1f', 0), ('0x__1f', 0), ('0b_', 0), ('12', 3), ('2', 2), ('-0x10', 0), (' -0o7 ', 0), ('1_2', 16),
                ('g', 16), ('0x', 16), ('0b12', 0), ('9' * 30, 10), ('1' * 70, 2), ('zz' * 10, 36)]:
    show(int, s, base)
show(int, '10', 1); show(int, '10', 37); show(int, '10', -1); show(int, '10', 2**64); show(int, 10, 10); show(int, 1.5, 2); show(int, '10', base='2')
show(int, '10', base=8); show(int, x='10'); show(int, base=10); show(int, '5', 10, 3); show(int, b'101', 2); show(int, bytearray(b'0x1f'), 0); show(int, memoryview(b'77'))
show(int, b'\xff'); show(int, '12' + ' ' * 5 + 'x'); show(int, 'x' * 300); show(int, '١٢a'); show(int, None); show(int, [1]); show(int, {}); show(int, 1j)
print(int(), int(3.99), int(-3.99), int(1e20), int(-0.0), int(True), int(2**100), int(1.5e300) == int(1.5e300), int('  -00012  '), int('+0_1'))
class WithInt:
    def __int__(self): return 5
class WithIndex:
    def __index__(self): return 6
class WithTrunc:
    def __trunc__(self): return 7
class TruncToIndex:
    def __trunc__(self): return WithIndex()
class BadInt:
    def __int__(self): return 'x'
class BoolInt:
    def __int__(self): return True
class BadTrunc:
    def __trunc__(self): return 'no'
print(int(WithInt()), int(WithIndex()), int(WithTrunc()), int(TruncToIndex()))
show(int, BadInt()); show(int, BoolInt()); show(int, BadTrunc()); show(int, WithIndex(), 10); show(int, '7', WithIndex())
print(type(int(BoolInt())).__name__)
class IntSub(int): pass
class StrSub(str): pass
print(int(IntSub(9)), type(int(IntSub(9))).__name__, int(StrSub('0x10'), 16), IntSub('12', 3), type(IntSub(2)).__name__, IntSub())
class WithIntSub:
    def __int__(self): return IntSub(4)
r = int(WithIntSub())
print(r, type(r).__name__)
print([int(str(n)) == n for n in (0, -1, 2**63, -(2**64), 10**50)], [int(hex(n), 16) == n for n in (255, -255, 2**70)])
print([int(format(n, 'b'), 2) for n in (5, 1024)], [int(oct(n), 0) for n in (8, -64)], int('-' + '1' * 50, 7) % 1000, int('Zz', 36))
