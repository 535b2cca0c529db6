# iter(callable, sentinel), input() from stdin, print with sep/end/file/flush.
import sys, io
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))
count = [0]
def counter():
    count[0] += 1
    return count[0]
print(list(iter(counter, 4)))
it = iter(lambda: 1, 1)
print(list(it), list(it))
t(lambda: iter(5, 1))
t(lambda: iter([], 1))
t(lambda: iter())
t(lambda: iter(1, 2, 3))
def raises_stop():
    raise StopIteration
print(list(iter(raises_stop, None)))
ci = iter(counter, 100)
print(type(ci).__name__, next(ci))
line = input()
print("got", repr(line))
line2 = input("prompt> ")
print("got", repr(line2))
print("rest", repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
print("a", "b", 3, sep="-", end="!\n")
print("no newline", end="")
print()
print(sep="x")
print("x", "y", sep=None, end=None)
print("s", sep="", end="")
print("")
buf = io.StringIO()
print("to buffer", 1, file=buf, flush=True)
print(repr(buf.getvalue()))
print("none file", file=None)
t(lambda: print("x", sep=5))
t(lambda: print("x", end=b""))
t(lambda: print("x", file=5))
t(lambda: print("x", bogus=1))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print(1, 2, sep="|", file=w)
print(w.parts)
class NoFlush:
    def write(self, s): pass
t(lambda: print("x", file=NoFlush(), flush=True))
class Obj:
    def __str__(self): return "Obj.str"
print(Obj(), [Obj()] != [], sep=" / ")
sys.stdout.write("direct\n")
print("é", "\u20ac", "tab\tin")
