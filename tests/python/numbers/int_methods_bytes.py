# int methods: bit_length, bit_count, to_bytes/from_bytes (signed, byteorder, defaults), as_integer_ratio, is_integer-free
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for n in [0, 1, -1, 2, 255, -256, 2**31, -(2**31), 2**63 - 1, -(2**63), 2**64, 10**100, -(10**100) - 1]:
    print(n.bit_length(), n.bit_count(), n.as_integer_ratio() == (n, 1), n.numerator == n, n.denominator, n.real == n, n.imag)
print((1).to_bytes(), (255).to_bytes(1, 'big'), (256).to_bytes(2, 'little'), (0).to_bytes(0, 'big'), (1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'little', signed=True), (-129).to_bytes(2, 'big', signed=True))
print((2**64).to_bytes(9, 'big'), (-(2**63)).to_bytes(8, 'little', signed=True), (2**100).to_bytes(20, 'little')[-8:], (0).to_bytes(3, 'little', signed=True))
show((256).to_bytes, 1, 'big'); show((-1).to_bytes, 2, 'big'); show((128).to_bytes, 1, 'big', signed=True); show((-129).to_bytes, 1, 'big', signed=True)
show((1).to_bytes, -1, 'big'); show((1).to_bytes, 1, 'middle'); show((1).to_bytes, 1, 5); show((1).to_bytes, 'x'); show((0).to_bytes, 0, 'big', signed=True)
show((1).to_bytes, 1, 'big', True); show((1).to_bytes, 1, 'big', signed=True, extra=1); show((1).to_bytes, length=2, byteorder='little')
show((1).to_bytes, 2**70, 'big')
for data in [b'', b'\x00', b'\xff', b'\x80\x00', b'\x00\x80', b'\x01\x02\x03\x04\x05\x06\x07\x08\x09', b'\xff' * 12]:
    print(int.from_bytes(data, 'big'), int.from_bytes(data, 'little'), int.from_bytes(data, 'big', signed=True), int.from_bytes(data, 'little', signed=True))
print(int.from_bytes(b'\x01\x00'), int.from_bytes([1, 2], 'big'), int.from_bytes(bytearray(b'\x10'), 'little'), int.from_bytes(memoryview(b'\x02\x01'), 'little'))
print(int.from_bytes((x for x in [0, 1]), 'big'), int.from_bytes(iter([255]), 'big', signed=True), int.from_bytes(bytes=b'\x05', byteorder='big'))
show(int.from_bytes, 'abc', 'big'); show(int.from_bytes, [256], 'big'); show(int.from_bytes, b'\x01', 'sideways'); show(int.from_bytes, 5, 'big')
show(int.from_bytes, [-1], 'big'); show(int.from_bytes); show(int.from_bytes, b'', 'big', True)
class MyInt(int):
    pass
v = MyInt.from_bytes(b'\x00\x07', 'big')
print(type(v).__name__, v, type(bool.from_bytes(b'\x02', 'big')).__name__, bool.from_bytes(b'\x00\x00', 'big'))
class WithBytes:
    def __bytes__(self): return b'\x01\x01'
print(int.from_bytes(WithBytes(), 'big'))
for n in range(-300, 300, 37):
    for signed in (False, True):
        if n < 0 and not signed: continue
        L = (n.bit_length() + 8) // 8
        assert int.from_bytes(n.to_bytes(L, 'little', signed=signed), 'little', signed=signed) == n
print('round trips ok')
big = 3**200
print(int.from_bytes(big.to_bytes((big.bit_length() + 7) // 8, 'big'), 'big') == big, len(big.to_bytes(40, 'big')))
print(int.bit_length(7), int.bit_count(-15), int.to_bytes(65, 1, 'big'), int.as_integer_ratio(-12), (5).conjugate(), (-5).__abs__())
print((12).__index__(), (12).__int__(), (12).__float__(), (12).__trunc__(), (12).__floor__(), (12).__ceil__(), (12).__round__(-1), (15).__round__(-1))
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__pow__(2, 5), (2).__rpow__(3), (7).__add__(1.0), (7).__mul__('a'), (7).__lt__(8.5))
print(int.__sizeof__(0) > 0, (2**100).__sizeof__() > (1).__sizeof__(), (5).__getnewargs__(), (5).__bool__(), (0).__bool__())
print((255).__format__('x'), (1).__neg__(), (1).__invert__(), (6).__and__(3), (6).__lshift__(2), (6).__rshift__(1), (6).__xor__(True))
