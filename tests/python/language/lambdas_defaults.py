# Defaults and keyword-only defaults of lambdas and functions: evaluation time, __defaults__/__kwdefaults__.
def mk(x):
    print("eval default", x); return x
f = lambda a, b=mk(1), *, c=mk(2), d: (a, b, c, d)
print(f(0, d=4), f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__)
def g(a, b=[], *args, k=mk("k"), **kw):
    b.append(a); return b, args, k, kw
print(g(1), g(2), g(3, [0], 9, k=1, z=2))
print(g.__defaults__, g.__kwdefaults__, g.__code__.co_argcount, g.__code__.co_kwonlyargcount)
g.__defaults__ = ([7],); print(g(8))
g.__kwdefaults__ = None
try:
    g(1)
except TypeError as e:
    print(e)
def h(a, /, b, *, c): return a, b, c
print(h(1, 2, c=3), h(1, b=2, c=3), h.__code__.co_posonlyargcount)
def t(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)
t(lambda: h(a=1, b=2, c=3))
t(lambda: h(1, 2, 3))
t(lambda: h(1))
t(lambda: (lambda: 0)(1))
t(lambda: (lambda x: 0)())
t(lambda: (lambda *, x: 0)())
t(lambda: (lambda x, y=1: 0)(1, 2, 3))
t(lambda: (lambda x: 0)(1, x=2))
t(lambda: (lambda **k: k)(**{"a": 1}, a=2))
t(lambda: g.__defaults__.__class__)
def setbad():
    g.__defaults__ = 5
t(setbad)
def setbad2():
    g.__kwdefaults__ = []
t(setbad2)
n = 10
ff = lambda x=n: x
n = 20
print(ff())
print((lambda: (yield))().__class__.__name__)
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(repr(lambda: 0)[:18])
