# memoryview.cast: formats and item sizes, multi-dimensional shapes, tolist of each, and the cast errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

raw = bytes(range(1, 25))
m = memoryview(raw)
for fmt in ['B', 'b', 'c', 'H', 'h', 'I', 'i', 'L', 'l', 'Q', 'q', 'f', 'd', '?', 'N', 'n']:
    try:
        c = m.cast(fmt)
    except Exception as e:
        print(fmt, type(e).__name__ + ':', e)
        continue
    vals = c.tolist()
    if fmt in 'fd':
        vals = ['%.6g' % v for v in vals]
    print(fmt, c.format, c.itemsize, c.shape, c.strides, c.nbytes, len(c), vals[:6])
w = memoryview(bytearray(8)).cast('I')
w[0] = 0xdeadbeef; w[1] = 7
print(w.tolist(), bytes(w.obj).hex(), w.tobytes().hex())
show('set too big', lambda: w.__setitem__(0, 2**32))
show('set negative', lambda: w.__setitem__(0, -1))
show('set float', lambda: w.__setitem__(0, 1.5))
f = memoryview(bytearray(8)).cast('d')
f[0] = 2.5
print(f.tolist(), f[0])
h = memoryview(bytearray(4)).cast('h')
h[0] = -2; h[1] = 32767
print(h.tolist(), bytes(h).hex())
show('h overflow', lambda: h.__setitem__(0, 40000))
bb = memoryview(bytearray(2)).cast('?')
bb[0] = True
print(bb.tolist())
show('bad format', lambda: m.cast('x'))
show('bad format str', lambda: m.cast('BB'))
show('size mismatch', lambda: memoryview(b'abc').cast('H'))
show('non-byte to non-byte', lambda: m.cast('H').cast('I'))
show('cast non contiguous', lambda: m[::2].cast('B'))
show('cast no format', lambda: m.cast())
print(memoryview(b'ab').cast('c').tolist(), memoryview(b'\x01\x00\x02\x00').cast('H') == memoryview(b'\x01\x00\x02\x00').cast('H'))
print(memoryview(b'\x01\x00').cast('H') == memoryview(b'\x01\x00'), memoryview(b'\x00\x00\x80\x3f').cast('f').tolist())
