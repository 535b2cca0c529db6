b = b'abc'
print(bytes(b) is b, bytes(b) == b)
class B(bytes): pass
sb = B(b'xy')
r = bytes(sb); print(type(r).__name__, r is sb, r)
r2 = B(b); print(type(r2).__name__, r2 is b, r2)
print(bytes(bytearray(b'q')), bytes(memoryview(b'mv')), bytes(3), bytes('é', 'utf-8'))
try: bytes(b, 'utf-8')
except TypeError as e: print(e)
