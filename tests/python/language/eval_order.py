# Evaluation order: assignment targets, call arguments, dict displays, augmented subscripts, chained assignment.
def v(x):
    print("eval", x); return x
class O:
    def __setattr__(self, n, val): print("setattr", n, val); object.__setattr__(self, n, val)
    def __getitem__(self, k): print("getitem", k); return 0
    def __setitem__(self, k, val): print("setitem", k, val)
o = O()
o.a = o.b = v(1)
a = b = c = v([])
print(a is c)
x = [0, 0, 0]
x[v(0)], x[v(1)] = v(5), v(6)
print(x)
o[v("k")] += v(1)
o.a += v(2)
def f(*a, **k): return a, k
print(f(v(1), v(2), z=v(3), *[v(4)], **{"w": v(5)}))
print({v("k1"): v("v1"), v("k2"): v("v2")})
print({v("k"): 1, **{v("s"): 2}, v("j"): 3})
print([v(1), *[v(2)], v(3)])
print(v(1) if v(True) else v(2))
print(v(0) or v(0) or v("last"))
print(v(1) and v(0) and v("never"))
print(v(2) ** v(3) ** v(2))
print(v(10) - v(3) - v(2))
s = v([1, 2, 3])[v(0):v(2)]
print(s)
d = {}
d[v("key")] = v("value")
i = 0
l = [10, 20]
i, l[i] = 1, 99
print(l)
def g():
    print("g called"); return [0]
g()[0] = v("assigned")
print(v("a") < v("b") < v("c"))
print(v("z") in v(["z"]))
print(v(1).__add__(v(2)))
print(f(v("pos"), k=v("kw")))
res = [v(i) for i in range(2)]
lst = [3, 1, 2]
lst.sort(key=v)
print(lst)
class Cls(metaclass=(lambda n, b, ns: print("meta called", n) or type(n, b, ns))):
    print("class body")
    attr = v("class attr")
@(lambda fn: v(fn.__name__))
def decorated(): pass
