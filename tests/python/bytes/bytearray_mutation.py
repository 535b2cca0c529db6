# bytearray mutation: item and slice assignment (extended too), del, extend, insert, pop, remove, append, +=, *=, clear, reverse

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

b = bytearray(b'0123456789')
b[0] = 65; b[-1] = 90
print(b)
b[2:4] = b'xyz'; print(b)
b[1:1] = [1, 2]; print(b)
b[::2] = bytes(len(b[::2])); print(b)
b[5:] = bytearray(b'--'); print(b)
b[:] = memoryview(b'fresh'); print(b)
b[1:4] = b''; print(b)
b[len(b):] = range(97, 100); print(b)
b[-2:] = b; print(b)
del b[0]; print(b)
del b[::2]; print(b)
del b[1:3]; print(b)
b[0:0] = [3]; print(b)
for setter, label in [(lambda x: x.__setitem__(0, 256), 'item 256'), (lambda x: x.__setitem__(0, -1), 'item -1'),
                      (lambda x: x.__setitem__(0, b'a'), 'item bytes'), (lambda x: x.__setitem__(100, 1), 'item range'),
                      (lambda x: x.__setitem__(slice(0, 2), 'ab'), 'slice str'), (lambda x: x.__setitem__(slice(0, 2), 5.0), 'slice float'),
                      (lambda x: x.__setitem__(slice(None, None, 2), b'abc'), 'ext wrong size'), (lambda x: x.__setitem__(slice(0, 2), [1, 300]), 'slice 300'),
                      (lambda x: x.__setitem__('a', 1), 'str index'), (lambda x: x.__delitem__(100), 'del range'),
                      (lambda x: x.__setitem__(slice(None, None, 0), b''), 'step zero')]:
    x = bytearray(b'abcdef')
    show(label, lambda: setter(x))
    print('   after', x)
c = bytearray(b'ab')
c.append(99); c.extend(b'de'); c.extend([102, 103]); c.extend(iter(range(104, 106))); c.extend(bytearray(b'!')); c.extend(memoryview(b'?'))
print(c, len(c))
c.insert(0, 48); c.insert(-1, 49); c.insert(100, 50); c.insert(-100, 51)
print(c, c.pop(), c.pop(0), c.pop(-2), c)
c.remove(100); print(c)
show('remove missing', lambda: c.remove(122))
show('remove str', lambda: c.remove(b'a'))
show('pop empty', lambda: bytearray().pop())
show('pop range', lambda: bytearray(b'a').pop(5))
show('append 256', lambda: bytearray().append(256))
show('append str', lambda: bytearray().append('a'))
show('extend int', lambda: bytearray().extend(5))
show('extend str', lambda: bytearray().extend('abc'))
show('extend bad list', lambda: bytearray().extend([1, 'x']))
show('extend 300 list', lambda: bytearray().extend([1, 300]))
show('insert str', lambda: bytearray().insert(0, 'a'))
d = bytearray(b'xy'); alias = d
d += b'z'; d += bytearray(b'w'); d += memoryview(b'v')
print(d, d is alias)
d *= 2; print(d, d is alias)
d *= 0; print(d, d is alias, len(d))
show('iadd str', lambda: alias.__iadd__('s'))
def imul_str():
    x = bytearray(b'a')
    x *= 's'
show('imul str', imul_str)
show('imul float', lambda: alias.__imul__(1.5) if False else bytearray(b'a') * 1.5)
e = bytearray(b'hello'); e.reverse(); print(e); e.clear(); print(e, len(e))
f = bytearray(b'abc'); g = f.copy(); g[0] = 122; print(f, g, f == b'abc', g > f, f + g, f * 2, 2 * f)
m = bytearray(b'lock')
v = memoryview(m)
m[0] = 76; print(m, bytes(v))
v.release()
m.extend(b'ed'); print(m)
h = bytearray(b'abc')
h[1:2] = h; print(h)
h[::-1] = h; print(h)
