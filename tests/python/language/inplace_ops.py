# In-place operators: __iXXX__ first, then the binary fallback, and mutation vs rebinding.
class A:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd", o); self.v += o; return self
    def __add__(self, o):
        print("add", o); return A(self.v + o)
    def __isub__(self, o):
        print("isub -> NotImplemented"); return NotImplemented
    def __sub__(self, o):
        print("sub", o); return A(self.v - o)
    def __rmul__(self, o):
        print("rmul", o); return A(self.v * o)
    def __repr__(self): return f"A({self.v})"

a = A(1); b = a
a += 2; print(a, a is b)
a -= 1; print(a, a is b)
x = 3
x *= A(4); print(x)
l = [1]; m = l
l += (2, 3); print(l, l is m)
t = (1,); u = t
t += (2,); print(t, t is u)
s = "a"; s *= 3; print(s)
try:
    l2 = [1]; l2 -= [1]
except TypeError as e:
    print(e)
try:
    n = None; n += 1
except TypeError as e:
    print(e)
try:
    q = 1; q @= 2
except TypeError as e:
    print(e)
try:
    q = "a"; q **= 2
except TypeError as e:
    print(e)
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    ns = {"v": 13}
    exec(f"v {op} 3", ns)
    print(op, ns["v"])
d = {"k": [1]}
d["k"] += [2]; print(d)
class O: pass
o = O(); o.x = 5; o.x **= 2; print(o.x)
sl = [1, 2, 3, 4]; sl[1:3] += [9]; print(sl)
try:
    tt = ([1],); tt[0] += [2]
except TypeError as e:
    print(e, tt)
