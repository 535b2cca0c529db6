# File names that are not UTF-8 round-trip through str with surrogateescape and through bytes.
import os

base = "/tmp/sanca_posix_names_%d" % os.getpid()
os.mkdir(base)
try:
    raw = os.fsencode(base) + b"/caf\xe9-\xff.txt"
    fd = os.open(raw, os.O_CREAT | os.O_WRONLY, 0o600)
    os.write(fd, b"12345")
    os.close(fd)
    os.mkdir(os.path.join(base, "d\u00e9j\u00e0 vu \U0001f600"))
    names = sorted(os.listdir(base))
    print([ascii(n) for n in names])
    print(sorted(os.listdir(os.fsencode(base))))
    for n in names:
        p = os.path.join(base, n)
        print(ascii(n), os.stat(p).st_size if os.path.isfile(p) else "dir", os.fsencode(n), os.path.exists(p))
    with os.scandir(base) as it:
        print(sorted((ascii(e.name), e.is_file()) for e in it))
    print(os.fsdecode(raw) == os.path.join(base, "caf\udce9-\udcff.txt"))
    os.rename(os.path.join(base, "caf\udce9-\udcff.txt"), os.path.join(base, "plain.txt"))
    print(sorted(ascii(n) for n in os.listdir(base)))
    try:
        os.stat(os.path.join(base, "\ud800"))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.reason)
finally:
    for n in os.listdir(base):
        p = os.path.join(base, n)
        (os.rmdir if os.path.isdir(p) else os.unlink)(p)
    os.rmdir(base)
print(os.path.exists(base))
for s in ["\ud83d\ude00", "a\udcff", "\ud800", "\U0001f600"]:
    try:
        os.stat("/nonexistent/" + s)
    except (OSError, UnicodeEncodeError) as e:
        print(type(e).__name__, ascii(str(e)))
