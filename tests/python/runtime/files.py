# open() for text and binary files, with, iteration, readline, modes (files in /tmp).
path = "/tmp/sanca-files-test.txt"
with open(path, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("third")
print(n, f.closed)
with open(path) as f:
    print(repr(f.readline()))
    print(repr(f.read()))
with open(path, "r", encoding="utf-8") as f:
    print([line for line in f])
with open(path, "a") as f:
    print("appended", file=f)
with open(path) as f:
    print(f.readlines())
bpath = "/tmp/sanca-files-test.bin"
with open(bpath, "wb") as f:
    f.write(bytes(range(5)))
with open(bpath, "rb") as f:
    data = f.read()
print(type(data).__name__, list(data))
with open(path, "rb") as f:
    print(f.read(5))
f = open(path)
print(f.read(3))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("/tmp/sanca-no-such-dir/missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
with open(path, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo\n")
with open(path, "rb") as f:
    print(f.read())
