# memoryview basics: tobytes, tolist, slicing, item access and assignment, release, attributes, comparisons

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

src = b'abcdefghij'
m = memoryview(src)
print(m.tobytes(), m.tolist()[:3], len(m), m[0], m[-1], m[2:5].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[8:2:-3].tobytes())
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.contiguous, m.c_contiguous, m.f_contiguous, m.suboffsets)
s = m[1:7:2]
print(s.shape, s.strides, s.nbytes, s.contiguous, s.tobytes(), s.tolist(), bytes(s), s.obj is src, m.obj is src)
print(m == src, m == bytearray(src), m[:3] == b'abc', m[:3] != b'abd', m == m, m[::2] == src[::2], m == 'abcdefghij', m == [97])
print(list(m[:4]), [x for x in m[::-3]], b'c' in bytes(m), 99 in m, m.tobytes(order='C'), m.hex(), m.count(97) if hasattr(m, 'count') else 'no count')
ba = bytearray(b'0123456789')
w = memoryview(ba)
w[0] = 65; w[-1] = 90; w[2:4] = b'xy'; w[5:7] = bytearray(b'!!'); w[::3] = b'....'
print(ba, w.readonly, w.tobytes())
show('assign wrong size', lambda: w.__setitem__(slice(0, 2), b'abc'))
show('assign int range', lambda: w.__setitem__(0, 256))
show('assign bytes to item', lambda: w.__setitem__(0, b'a'))
show('assign readonly', lambda: m.__setitem__(0, 1))
show('index out of range', lambda: m[10])
show('index str', lambda: m['a'])
show('index float', lambda: m[1.0])
show('del item', lambda: w.__delitem__(0))
show('hash readonly', lambda: hash(m) == hash(src))
show('hash writable', lambda: hash(w))
show('step zero', lambda: m[::0])
print(m.toreadonly().readonly, m.toreadonly().tobytes() == src, w.toreadonly().readonly, bytes(w.toreadonly()))
r = memoryview(b'xyz')
print(r.tobytes())
r.release()
r.release()
print(repr(r).startswith('<released memory at 0x'))
for label, f in [('tobytes', lambda: r.tobytes()), ('len', lambda: len(r)), ('item', lambda: r[0]), ('format', lambda: r.format),
                 ('tolist', lambda: r.tolist()), ('slice', lambda: r[1:]), ('hex', lambda: r.hex()), ('iter', lambda: list(r))]:
    show('released ' + label, f)
print(r == r, r == b'xyz', r != memoryview(b'xyz'))
with memoryview(b'ctx') as cm:
    print('inside', cm.tobytes())
show('after with', lambda: cm.tobytes())
show('from str', lambda: memoryview('text'))
show('from int', lambda: memoryview(5))
show('from list', lambda: memoryview([1, 2]))
show('no args', lambda: memoryview())
print(memoryview(memoryview(b'nested')).tobytes(), memoryview(bytearray(b'ba')).obj, type(memoryview(b'')[:]).__name__, memoryview(b'').tolist())
e = memoryview(b'')
print(e.shape, e.nbytes, len(e), e.tobytes(), e[::-1].tobytes(), e.hex())
