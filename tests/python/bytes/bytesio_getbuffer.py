# BytesIO.getbuffer: a writable view of the current contents. Writes to the BytesIO while a view
# is exported raise BufferError in CPython (reference counting); Sanca does not, so this program
# releases every view before writing to the stream again.
import io

b = io.BytesIO(b"abcdef")
m = b.getbuffer()
print(type(m).__name__, len(m), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m.tobytes(), bytes(m), m[1], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m.tolist())
m[0] = 65
m[2:4] = b"XY"
print(b.getvalue(), b.read(3), b.tell())
print(m == b"AbXYef", m[:2] == b"Ab", m.hex(), bytearray(m), list(m))
c = m.cast("H")
print(c.tolist(), c.format, len(c))
c[0] = 0x4242
print(b.getvalue())
c.release()
m.release()
try:
    m[0]
except ValueError as e:
    print("ValueError", e)
b.seek(0, 2)
b.write(b"gh")
with b.getbuffer() as w:
    print(len(w), w.tobytes())
    w[-1] = ord("!")
print(b.getvalue())
try:
    w[0]
except ValueError as e:
    print("ValueError", e)
e = io.BytesIO()
with e.getbuffer() as v:
    print(len(v), v.tobytes())
e.close()
try:
    e.getbuffer()
except ValueError as ex:
    print("ValueError", ex)
b2 = io.BytesIO(b"hello world")
with b2.getbuffer() as v:
    tail = bytes(v[6:])
    r = v.toreadonly()
    try:
        r[0] = 1
    except TypeError as ex:
        print("TypeError", ex)
    r.release()
b2.write(tail)
print(b2.getvalue())
b3 = io.BytesIO(b"0123456789")
b3.truncate(4)
with b3.getbuffer() as v:
    print(len(v), v.tobytes())
