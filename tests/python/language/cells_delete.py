# Cells: DELETE_DEREF, LOAD_DEREF of deleted cells, closures over loop variables, cells shared between closures.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f1():
    x = 1
    def g(): return x
    del x
    return g()
t(f1)
def f2():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    return x
t(f2)
def f3():
    def g(): return y
    try:
        return g()
    finally:
        y = 2
t(f3)
def f4():
    a = 0
    def inc():
        nonlocal a
        a += 1
    def get(): return a
    inc(); inc()
    return get(), inc.__closure__[0] is get.__closure__[0]
t(f4)
def f5():
    fs = []
    for i in range(3):
        def g(i=i): return i
        fs.append(g)
    return [f() for f in fs]
t(f5)
def f6():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 10
    return [f() for f in fs]
t(f6)
def f7(arg):
    def g(): return arg
    arg = "rebound"
    return g()
t(lambda: f7("orig"))
def f8():
    x = 1
    class C:
        x = 2
        def m(self): return x
    return C().m(), C.x
t(f8)
def f9():
    v = "outer"
    def mid():
        def inner(): return v
        return inner
    return mid()()
t(f9)
def f10():
    def g(): nonlocal_var
    nonlocal_var = 1
    del nonlocal_var
    return g()
t(f10)
def f11():
    c = 0
    def bump():
        nonlocal c
        c += 1
        return c
    return [bump() for _ in range(3)], c
t(f11)
print(f4.__code__.co_cellvars, f9.__code__.co_cellvars, f1.__code__.co_cellvars)
def outer():
    x = 1
    def inner(): return x
    return inner
inner = outer()
print(inner.__code__.co_freevars, inner.__closure__[0].cell_contents, type(inner.__closure__[0]).__name__)
