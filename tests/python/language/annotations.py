# __annotations__ of functions, classes and modules; SETUP_ANNOTATIONS; evaluation order.
x: int = 5
y: "str"
print(__annotations__)
def f(a: int, b: "B" = 1, *args: str, c: float, **kw: bool) -> list: pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
g.__annotations__ = {"r": 1}; print(g.__annotations__)
del g.__annotations__; print(g.__annotations__)
class C:
    a: int
    b: list[int] = []
    def m(self) -> None: pass
print(C.__annotations__, C.m.__annotations__, "a" in C.__dict__)
class D(C):
    pass
print(D.__annotations__ is C.__annotations__ if "__annotations__" in D.__dict__ else "inherited", D.__dict__.get("__annotations__"))
def side(n):
    print("eval", n); return n
class E:
    v: side(1) = side(2)
    w: side(3)
print(E.__annotations__)
def local():
    q: side(4) = 1
    r: side(5)
    return q
print(local())
obj = type("O", (), {})()
obj.attr: side(6) = 7
print(obj.attr)
lst = [0]
lst[0]: side(7) = 8
print(lst)
(paren): int = 3
print(__annotations__.get("paren"))
lam = lambda: 0
print(lam.__annotations__)
import types
m = types.ModuleType("m")
print(getattr(m, "__annotations__", "missing"))
ns = {}
exec("z: int = 1\nzz: str", ns)
print(ns["__annotations__"])
class F:
    __annotations__ = {"preset": 1}
    p: int
print(F.__annotations__)
def t(): 
    try:
        f.__annotations__ = 5
    except TypeError as e:
        print(e)
t()
