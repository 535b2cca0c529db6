# sys.stdin/stdout/stderr are _io.TextIOWrapper objects as CPython's create_stdio makes them.
import io
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(s), type(s).__name__, s.name, s.mode, s.encoding)
    print(isinstance(s, io.TextIOWrapper), isinstance(s, io.TextIOBase), s.readable(), s.writable())
    print(s.closed, s.fileno(), repr(s.newlines))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
raw = sys.stdout.buffer if isinstance(sys.stdout.buffer, io.FileIO) else sys.stdout.buffer.raw
print(repr(raw), raw.closefd, raw.mode)
print(sys.stdout.write("written\n"))
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes\n")
sys.stdout.buffer.flush()
print("to stderr", file=sys.stderr)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print("read", e)
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print("write", e)
print(sys.stderr.errors)
print(sys.stdin.readline(), end="")
print([line for line in sys.stdin])
print("end")
