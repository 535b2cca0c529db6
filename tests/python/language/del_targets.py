# del of every target kind: names, globals, attributes, subscripts, slices, tuples and lists, and the errors.
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
g1 = 1
def f1():
    global g1
    del g1
f1(); print("g1" in globals())
t(f1)
def f2():
    x = 1
    del x
    return x
t(f2)
def f3():
    del y
    y = 2
t(f3)
def f4():
    z = 1
    def inner(): return z
    del z
    return inner()
t(f4)
class O: pass
o = O(); o.a = 1; o.b = 2
del o.a; print(vars(o))
t(lambda: delattr(o, "a"))
def f5(): del o.zz
t(f5)
d = {1: 2, 3: 4, 5: 6}
del d[1]; print(d)
def f6(): del d[99]
t(f6)
l = [1, 2, 3, 4, 5]
del l[0], l[-1]; print(l)
[a, b] = (1, 2)
del (a, [b]); print("a" in dir(), "b" in dir())
def f7(): del undefined_global_name
t(f7)
def f8():
    del (1,)[0]
t(f8)
def f9():
    s = "abc"; del s[0]
t(f9)
def f10():
    del int.real
t(f10)
def f11():
    del O.nope
t(f11)
class P:
    v = 1
del P.v; print(hasattr(P, "v"))
t(lambda: exec("del x", {}))
t(lambda: exec("del x", {}, {}))
ns = {"x": 1}; exec("del x", ns); print("x" in ns)
class K:
    a = 1
    del a
    try:
        del a
    except NameError as e:
        print("class body:", e)
print(hasattr(K, "a"))
