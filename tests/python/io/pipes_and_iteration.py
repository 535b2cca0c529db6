# open() on pipe file descriptors, readinto a memoryview, print to a binary stream, tell while iterating.
import io
import os

b = io.BytesIO(b"abcdef")
m = memoryview(bytearray(4))
print(b.readinto(m), bytes(m))
r, w = os.pipe()
fw = open(w, "wb", buffering=0)
fr = open(r, "rb")
print(type(fw).__name__, fw.name == w, fr.seekable(), fw.seekable(), fr.isatty(), fw.mode, fr.mode)
fw.write(b"through a pipe\n")
fw.write(b"second\n")
fw.close()
print(fr.readline(), fr.read(), fr.read())
fr.close()
try:
    open(r).read()
except OSError as e:
    print(type(e).__name__, e)
r, w = os.pipe()
with open(w, "w") as tw, open(r) as tr:
    tw.write("text over a pipe\nmore")
    tw.flush()
    try:
        tw.tell()
    except OSError as e:
        print(type(e).__name__, e)
    tw.close()
    print(tr.readlines())
f = io.BytesIO()
try:
    print("x", file=f)
except TypeError as e:
    print(e)
t = io.TextIOWrapper(io.BytesIO(b"line1\r\nline2\rline3\n"), newline="")
print(t.readline(3), t.readline(), t.readline(), t.readline())
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
print(t.read(0), t.read(-1), repr(t.read()), t.readline())
t = io.TextIOWrapper(io.BytesIO(b"a\nb\n"), encoding="utf-8")
for line in t:
    try:
        t.tell()
    except OSError as e:
        print(type(e).__name__, e)
print(t.tell())
