# bytes(), bytearray() and memoryview() constructors: every argument kind and the errors they raise
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(bytes(), bytes(3), bytes([65, 66]), bytes((0, 255)), bytes(range(3)), bytes(b'abc'), bytes(bytearray(b'x')), bytes(memoryview(b'mv')))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('hé', 'latin-1'), bytes('h\udc80', 'utf-8', 'surrogateescape'), bytes('x', encoding='utf-16'))
print(bytes('aé', 'ascii', 'ignore'), bytes('aé', 'ascii', errors='replace'), bytes(iter([1, 2])), bytes(x for x in [9]))
show(bytes, 'abc'); show(bytes, 'é', 'ascii'); show(bytes, b'x', 'utf-8'); show(bytes, 5, 'utf-8'); show(bytes, -1)
show(bytes, [256]); show(bytes, [-1]); show(bytes, ['a']); show(bytes, 1.5); show(bytes, None); show(bytes, 'x', 'nope')
show(bytes, [1.0]); show(bytes, 'x', 5); show(bytes, 'x', 'utf-8', 5); show(bytes, 2**64); show(bytes, object())
show(bytes, x=1); show(bytes, source=[1]); show(bytes, 'x', 'utf-8', 'strict', 1)
class WithBytes:
    def __bytes__(self): return b'from dunder'
class BadBytes:
    def __bytes__(self): return 'not bytes'
class Idx:
    def __index__(self): return 2
print(bytes(WithBytes()), bytes(Idx()), bytes([Idx(), 3]))
show(bytes, BadBytes())
class BSub(bytes): pass
print(bytes(BSub(b'sub')), type(bytes(BSub(b'sub'))).__name__, type(BSub(b'q')).__name__, BSub(3))

print(bytearray(), bytearray(2), bytearray(b'ab'), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(memoryview(b'z')))
show(bytearray, 'x'); show(bytearray, -2); show(bytearray, [300]); show(bytearray, 'x', 'utf-8', 'strict', 1); show(bytearray, 1.0)
show(bytearray, b'a', 'utf-8'); show(bytearray, 3, 'ascii')
ba = bytearray(b'abc')
ba.__init__(b're-init')
print(ba)
ba.__init__()
print(ba)

m = memoryview(b'abcdef')
print(m.tobytes(), m[1], m[1:3].tobytes(), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, len(m))
mb = memoryview(bytearray(b'xyz'))
mb[0] = 65
print(mb.readonly, mb.obj == bytearray(b'Ayz'), bytes(mb), mb.tolist(), mb.hex(), mb[::-1].tobytes(), mb.cast('B').tolist())
show(memoryview, 'str'); show(memoryview, 5); show(memoryview); show(memoryview, [1]); show(lambda: memoryview(object=b'x').tobytes())
show(lambda: m.__setitem__(0, 1)); show(lambda: mb.__setitem__(0, 256)); show(lambda: mb.__setitem__(slice(0, 2), b'a'))
print(memoryview(memoryview(b'mm')).tobytes(), memoryview(b'ab') == b'ab', memoryview(b'ab') == memoryview(bytearray(b'ab')))
with memoryview(bytearray(b'ctx')) as cm:
    print(cm.tobytes())
show(len, cm); show(cm.tobytes)
print(repr(cm).startswith('<released memory'), bytes(memoryview(b'')), memoryview(b'q').toreadonly().readonly)
