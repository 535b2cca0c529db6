
b = bytearray(range(16))
m = memoryview(b)
for f in 'cbB?hHiIlLqQnNfdeP':
    try:
        x = m.cast(f)
        print(f, x.format, x.itemsize, len(x), x.nbytes, x.strides, x.tolist()[:3])
    except Exception as e:
        print(f, type(e).__name__, e)
i = m.cast('i')
i[0] = -5; print(b[:4], i[0])
try: i[1] = 2**31
except Exception as e: print(type(e).__name__, e)
try: i[1] = 'x'
except Exception as e: print(type(e).__name__, e)
d = memoryview(bytearray(16)).cast('d'); d[1] = 2.5; print(d.tolist(), bytes(d.obj))
print(i.cast('B')[:4].tolist())
for bad in [('i','h'), ('X',), ('@I',)]:
    try: print(i.cast(*bad).format)
    except Exception as e: print(type(e).__name__, e)
try: m[::2].cast('B')
except Exception as e: print(type(e).__name__, e)
try: memoryview(b'abc').cast('i')
except Exception as e: print(type(e).__name__, e)
print(memoryview(b'abcd').cast('I') == memoryview(b'abcd').cast('I'), memoryview(b'ab') == b'ab', memoryview(b'ab').cast('c') == b'ab')
try: hash(memoryview(b'abcd').cast('I'))
except Exception as e: print(type(e).__name__, e)
print(hash(memoryview(b'abc')) == hash(b'abc'), list(memoryview(b'ab')), list(memoryview(b'abcd').cast('h')))
m2 = memoryview(bytearray(b'abcd'))
m2[1:3] = b'XY'; print(m2.obj)
try: m2[1:3] = b'XYZ'
except Exception as e: print(type(e).__name__, e)
import re
print(re.compile(r'[diouxefgcrsa%]', re.I).match('S'))
print(b'abcdef'.hex(':', 2), b'abcdef'.hex('-', -4), bytearray(b'\xff\x00').hex(' '), memoryview(b'xyz').hex(b'|', 1))
for bad in [(1,), ('ab',), ('é',)]:
    try: print(b'ab'.hex(*bad))
    except Exception as e: print(type(e).__name__, e)
