# Augmented assignment targets: attributes, subscripts, slices; evaluated once; __iXXX__ protocols per target kind.
class Obj:
    def __init__(self): self.log = []
class Box:
    def __init__(self): self.v = 1
    def __getattribute__(self, n):
        if n == "v": print("get v")
        return object.__getattribute__(self, n)
    def __setattr__(self, n, val):
        print("set", n, val); object.__setattr__(self, n, val)
b = Box()
b.v += 10
class Seq:
    def __init__(self): self.d = {}
    def __getitem__(self, k): print("getitem", k); return self.d.get(k, 0)
    def __setitem__(self, k, v): print("setitem", k, v); self.d[k] = v
s = Seq()
def key():
    print("key evaluated"); return "k"
s[key()] += 5
s[1:3] += 2
class IAdd:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): print("iadd"); self.v += o; return self
    def __repr__(self): return f"IAdd({self.v})"
lst = [IAdd(1)]
lst[0] += 5
print(lst)
d = {"a": IAdd(0)}
d["a"] += 1
print(d)
t = (IAdd(0),)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError:", e, t)
class NoneIadd:
    def __iadd__(self, o): return None
x = NoneIadd()
x += 1
print(x)
g = 5
def use_global():
    global g
    g **= 2
use_global(); print(g)
def closure():
    c = [1]
    n = 1
    def inner():
        nonlocal n
        n <<= 3
        c[0] -= 1
    inner()
    return n, c
print(closure())
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)
st = "ab"
st += "c"; st *= 2
print(st)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(fs, fs2, fs is fs2)
ss = {1}
ss2 = ss
ss |= {2}
print(ss is ss2, ss)
dd = {"a": 1}
dd2 = dd
dd |= {"b": 2}
print(dd is dd2, dd)
ba = bytearray(b"x")
ba2 = ba
ba += b"y"
print(ba is ba2, ba)
by = b"x"
by2 = by
by += b"y"
print(by is by2, by)
