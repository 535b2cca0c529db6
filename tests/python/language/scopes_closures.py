# global/nonlocal, closures and cells, LOAD_CLASSDEREF in class bodies, late binding.
x = "global"
def outer():
    x = "outer"
    class C:
        y = x            # LOAD_CLASSDEREF: sees the enclosing function's x
        x = "class"
        z = x
        def m(self): return x
    return C
C = outer()
print(C.y, C.z, C().m())

def outer2():
    x = "enclosing"
    class D:
        print(x)
    x = "changed"
    class E:
        print(x)
outer2()

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def g():
    global newglobal
    newglobal = 5
g(); print(newglobal)
def h():
    a = 1
    def i():
        def j():
            nonlocal a
            a = 2
        j()
        return a
    return i()
print(h())
def unbound():
    def inner(): return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 1
    return inner()
print(unbound())
def loc():
    try:
        print(q)
    except UnboundLocalError as e:
        print(e)
    q = 1
loc()
class Cls:
    a = 1
    b = [a * i for i in range(2)] if False else None
    try:
        c = [a for _ in range(1)]
    except NameError as e:
        print(e)
    d = (lambda: a) if False else None
print(Cls.b)
def cell_empty():
    def f(): return w
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(e)
    w = 3
    return c.cell_contents
print(cell_empty())
import types
cell = types.CellType(7); print(cell.cell_contents); cell.cell_contents = 8; print(cell.cell_contents)
del cell.cell_contents
try:
    cell.cell_contents
except ValueError as e:
    print(e)
class Meta(type):
    def __new__(m, n, b, ns):
        print(sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(m, n, b, ns)
def mk():
    val = 10
    class Q(metaclass=Meta):
        r = val
        def f(self): return __class__
    return Q
Q = mk(); print(Q.r, Q().f() is Q)
