# Buffered classes over BytesIO and raw streams, TextIOWrapper newline modes, encodings, tell/seek, reconfigure.
import io


def attempt(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


class Raw(io.RawIOBase):
    """A raw stream that returns at most 3 bytes per read and records its calls."""

    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0
        self.calls = []

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        self.calls.append("readinto %d" % len(b))
        chunk = self.data[self.pos:self.pos + min(3, len(b))]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)

    def write(self, b):
        b = bytes(b)
        self.calls.append("write %r" % b)
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)

    def seek(self, pos, whence=0):
        self.pos = [pos, self.pos + pos, len(self.data) + pos][whence]
        return self.pos

    def tell(self):
        return self.pos


r = Raw(b"abcdefghij\nklm")
print(r.read(5), r.read(), r.calls)
br = io.BufferedReader(Raw(b"hello world\nsecond\n"), 4)
print(repr(br), br.raw.calls, br.read(2), br.peek(1)[:1], br.read1(10), br.readline(), br.tell())
print(br.read(), br.read(), br.raw.calls[:3])
w = Raw()
bw = io.BufferedWriter(w, 8)
print(bw.write(b"abc"), w.calls, bw.write(b"defghijk"), w.calls, bw.tell())
bw.flush()
print(w.calls, bytes(w.data))
print(bw.closed, bw.detach() is w, w.closed)
attempt("detached", bw.write, b"x")
attempt("detached raw", getattr, bw, "raw")
attempt("bad size", io.BufferedReader, Raw(), 0)
attempt("not readable", io.BufferedReader, io.BufferedWriter(io.BytesIO()))
brw = io.BufferedRandom(io.BytesIO(b"0123456789"), 4)
print(brw.read(3), brw.write(b"AB"), brw.tell(), brw.seek(0), brw.read(), brw.raw.getvalue())
print(brw.seek(-2, 2), brw.read(), brw.seek(1), brw.truncate(), brw.raw.getvalue())
attempt("seek whence", brw.seek, 0, 7)
attempt("seek str", brw.seek, "0")
pair = io.BufferedRWPair(io.BytesIO(b"in data\nmore"), io.BytesIO())
print(pair.read(3), pair.readline(), pair.write(b"out"), pair.readable(), pair.writable(), pair.closed)
pair.flush()
buf = bytearray(4)
print(pair.readinto(buf), buf, pair.peek()[:2])
b = io.BufferedReader(io.BytesIO(b"x\ny\n"))
print(list(b), b.readable(), b.writable(), b.seekable())
b.close()
attempt("closed read", b.read)
attempt("closed readline", b.readline)
attempt("closed peek", b.peek)

for nl in (None, "", "\n", "\r", "\r\n"):
    raw = io.BytesIO(b"one\r\ntwo\rthree\nfour")
    t = io.TextIOWrapper(raw, encoding="utf-8", newline=nl)
    print(repr(nl), t.readlines(), t.newlines)
    out = io.BytesIO()
    t = io.TextIOWrapper(out, encoding="utf-8", newline=nl)
    t.write("a\nb\r\nc\rd")
    t.flush()
    print(repr(nl), out.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"x" * 20 + b"\r\n" + b"y\r" + b"\nz"), encoding="ascii")
t._CHUNK_SIZE = 21
print(t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO("é€😀abc\n".encode() * 3), encoding="utf-8")
t._CHUNK_SIZE = 3
print(t.read(2), t.readline(), t.read(4), t.read())
for enc in ("utf-8", "latin-1", "ascii"):
    raw = io.BytesIO()
    t = io.TextIOWrapper(raw, encoding=enc)
    t.write("caf\xe9" if enc != "ascii" else "cafe")
    t.write(" ok\n")
    t.flush()
    data = raw.getvalue()
    print(enc, data, t.encoding)
    t2 = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
    print(repr(t2.read()))
t = io.TextIOWrapper(io.BytesIO(b"abc\ndef\nghi\n"), encoding="utf-8")
print(t.readline(), t.tell(), t.read(2), t.tell())
print(t.seek(0), t.read(3), t.seek(0, 2), repr(t.read()))
attempt("cur seek", t.seek, 2, 1)
attempt("end seek", t.seek, 2, 2)
attempt("neg seek", t.seek, -1)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\r\nc"), encoding="utf-8")
print(t.readline(), t.tell(), t.readline(), t.tell(), t.read(), t.tell())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
print(t.line_buffering, t.write_through, t.errors)
t.reconfigure(line_buffering=False, write_through=True, errors="replace")
print(t.line_buffering, t.write_through, t.errors, t.encoding)
t.reconfigure(encoding="latin-1")
print(t.encoding, t.errors)
t.write("\xe9")
print(t.buffer.getvalue())
attempt("reconfigure newline", t.reconfigure, newline="x")
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
t.read(1)
attempt("reconfigure after read", t.reconfigure, encoding="ascii")
print(repr(t), type(t.detach()).__name__)
attempt("detached", t.read)
attempt("detached repr", repr, t)
attempt("enc type", io.TextIOWrapper, io.BytesIO(), encoding=5)
attempt("bad enc", io.TextIOWrapper, io.BytesIO(), encoding="nope")
attempt("write bytes", io.TextIOWrapper(io.BytesIO()).write, b"x")
t = io.TextIOWrapper(io.BytesIO(b"data"))
print(t.encoding, t.name if hasattr(t, "name") else "no name", t.readable(), t.writable(), t.seekable())
t.close()
print(t.closed)
attempt("closed", t.read)
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.BufferedRandom, io.BufferedIOBase))
print(io.IncrementalNewlineDecoder(None, True).decode("a\r"), issubclass(io.UnsupportedOperation, OSError))
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("x\r")), d.getstate(), repr(d.decode("\ny\r", final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())
