# Files through io.open and FileIO in every mode, under a directory this test creates and removes.
import io
import os

d = "io_files_tmp_dir"
os.mkdir(d)
p = os.path.join(d, "data.txt")
q = os.path.join(d, "other.bin")


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", repr(r))
        return r
    except Exception as e:
        print(label, type(e).__name__, e)


try:
    with open(p, "w") as f:
        print(type(f).__name__, f.mode, f.encoding, f.errors, f.line_buffering, f.name == p)
        print(f.write("first line\n"), f.write("second line\n"), f.write("né\n"))
        print(f.writable(), f.readable(), f.seekable())
    print(f.closed)
    with open(p) as f:
        print(f.readline(), f.tell(), f.read(3), f.readlines())
    with open(p) as f:
        print([l for l in f])
    with open(p, "a") as f:
        print(f.tell(), f.write("appended\n"))
    with open(p, "rb") as f:
        print(type(f).__name__, f.mode, f.read(5), f.peek()[:3], f.read1(4), f.tell())
        print(f.readline(), f.seek(0), f.read())
    with open(p, "r+") as f:
        print(f.read(5), f.seek(0), f.write("FIRST"), f.seek(0), f.readline())
    with open(p, "rb+") as f:
        print(type(f).__name__, f.read(2), f.write(b"XX"), f.seek(0), f.read(6))
        print(f.truncate(10), f.seek(0, 2))
    with open(p, "ab") as f:
        print(f.mode, f.tell(), f.write(b"tail"))
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.readall())
    with open(q, "xb") as f:
        print(f.mode, f.write(bytes(range(10))))
    attempt("x again", open, q, "x")
    with open(q, "w+b") as f:
        print(f.mode, f.write(b"abc"), f.seek(0), f.read())
    with open(q, "a+") as f:
        print(f.mode, f.buffer.mode, f.tell(), f.seek(0), f.read())
    with io.FileIO(q, "w") as r:
        print(r, r.write(b"raw bytes"), r.tell(), r.seekable(), r.readable())
        attempt("read wo", r.read)
    r = io.FileIO(q)
    print(r.mode, r.closefd, r.name == q, r.read(3), r.readinto(bytearray(2)), r.readall())
    fd = r.fileno()
    r.close()
    print(r, r.closed)
    attempt("closed read", r.read)
    attempt("closed fileno", r.fileno)
    fd = os.open(q, os.O_RDONLY)
    with io.FileIO(fd, closefd=False) as r2:
        print(repr(r2).startswith("<_io.FileIO fd="), r2.read(3), r2.closefd)
    print(os.read(fd, 3))
    os.close(fd)
    with open(q, "rb", opener=lambda path, flags: os.open(path, flags)) as f:
        print(f.read(4))
    attempt("missing", open, os.path.join(d, "missing"))
    attempt("dir", open, d)
    attempt("bad mode", open, p, "rw")
    attempt("bad mode2", open, p, "rr")
    attempt("bad mode3", open, p, "z")
    attempt("tb", open, p, "tb")
    attempt("none", open, p, "+")
    attempt("enc", open, p, "rb", encoding="utf-8")
    attempt("errors", open, p, "rb", errors="strict")
    attempt("newline", open, p, "rb", newline="")
    attempt("unbuffered text", open, p, "r", buffering=0)
    attempt("bad file", open, 1.5)
    attempt("bad newline", open, p, newline="x")
    attempt("closefd name", open, p, closefd=False)
    attempt("fileio mode", io.FileIO, p, "rw")
    attempt("fileio neg", io.FileIO, -3)
    attempt("enc unknown", open, p, encoding="no-such-codec")
    f = open(p)
    f.close()
    attempt("closed text read", f.read)
    attempt("closed text write", f.write, "x")
    attempt("closed iter", iter, f)
    f = open(p, "rb")
    f.close()
    attempt("closed buf read", f.read)
    attempt("closed buf tell", f.tell)
    attempt("write ro", open(p, "rb").write, b"x")
    attempt("read wo", open(q, "wb").read)
    attempt("text write ro", open(p).write, "x")
    attempt("text read wo", open(q, "w").read)
    attempt("text write bytes", open(q, "w").write, b"x")
    with open(p, "w", encoding="latin-1") as f:
        f.write("caf\xe9\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="latin-1") as f:
        print(f.encoding, repr(f.read()))
    with open(p, "w", encoding="ascii", errors="replace") as f:
        f.write("caf\xe9\n")
    with open(p, encoding="ascii") as f:
        print(f.errors, repr(f.read()))
    with open(p, "w", encoding="ascii") as f:
        attempt("encode error", f.write, "\xe9")
    print(io.open is open, io.open_code(p).read(3), io.text_encoding(None), io.text_encoding("utf-8"))
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
print(os.path.exists(d))
