# bytes.hex/bytearray.hex/memoryview.hex with separators and group sizes, fromhex parsing and errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

data = bytes(range(0, 256, 17))
for obj in (data, bytearray(data), memoryview(data)):
    print(type(obj).__name__, obj.hex())
    for sep in [':', '-', b'_', ' ', b'|']:
        print('  ', repr(sep), [obj.hex(sep, n) for n in (1, 2, 3, -2, -3, 5, 100, -100)])
print(b''.hex(), b''.hex(':'), b'\x01'.hex(':', 4), b'\xff\x00'.hex(sep='.'), b'\xab\xcd\xef'.hex(':', bytes_per_sep=2))
show('hex sep two chars', lambda: b'ab'.hex('::'))
show('hex sep non ascii', lambda: b'ab'.hex('é'))
show('hex sep int', lambda: b'ab'.hex(1))
show('hex sep empty', lambda: b'ab'.hex(''))
show('hex bps zero', lambda: b'abcd'.hex(':', 0))
show('hex bps str', lambda: b'ab'.hex(':', 'x'))
for s in ['', '00', 'ff00FF', ' 01 02 ', '0a\t0b\n0c\r0d\x0b0e\x0c0f', 'DEADbeef', '  ', '1 2']:
    show('fromhex %r' % s, lambda: bytes.fromhex(s))
for s in ['0', 'abc', 'zz', '0g', '00 0', '\xa000', 'é0', '0x10', '00-11']:
    show('fromhex bad %r' % s, lambda: bytes.fromhex(s))
    show('bytearray.fromhex bad %r' % s, lambda: bytearray.fromhex(s))
show('fromhex bytes', lambda: bytes.fromhex(b'00'))
show('fromhex none', lambda: bytes.fromhex(None))
print(bytearray.fromhex('41 42'), type(bytearray.fromhex('')).__name__, bytes.fromhex('7f') == b'\x7f', bytes.fromhex(data.hex()) == data)
class B(bytes):
    def __init__(self, *a):
        self.extra = 'init ran'
b = B.fromhex('4142')
print(type(b).__name__, b, b.extra)
for n in range(0, 7):
    blob = bytes(range(n))
    print(n, blob.hex(':', 2), blob.hex(':', -2), memoryview(blob).hex('.', 3))
print(memoryview(b'\x01\x02\x03\x04').cast('H').hex(), memoryview(data)[::2].hex(), memoryview(data)[1:3].hex('/'))
