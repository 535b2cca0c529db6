# Argument binding errors with CPython's messages, for functions and methods.
def attempt(f, *a, **k):
    try:
        f(*a, **k)
        print("ok")
    except TypeError as e:
        print(e)

def f2(a, b): pass
def fdef(a, b=1): pass
def fkw(a, *, x): pass
def fkw2(*, x, y): pass
def fpos(a, b, /, c): pass
def fvar(a, *args): pass
def fkwargs(a, **kw): pass
def fnone(): pass
def fmany(a, b, c, d=1, *, e, f=2): pass
def fposdef(a, b=2, /): pass

attempt(f2, 1, 2, 3)
attempt(f2, 1)
attempt(f2)
attempt(fdef)
attempt(fdef, 1, 2, 3)
attempt(fkw, 1)
attempt(fkw2)
attempt(fkw2, x=1)
attempt(fkw, 1, 2)
attempt(fkw, 1, 2, x=3)
attempt(fkw2, 1)
attempt(fkw2, 1, 2, x=1, y=2)
attempt(f2, 1, a=2)
attempt(f2, 1, 2, c=3)
attempt(f2, 1, 2, **{"c": 3, "d": 4})
attempt(fpos, 1, b=2, c=3)
attempt(fpos, a=1, b=2, c=3)
attempt(fposdef, 1, b=2)
attempt(fvar)
attempt(fvar, 1, 2, a=3)
attempt(fkwargs, 1, a=2)
attempt(fnone, 1)
attempt(fnone, x=1)
attempt(fmany, 1)
attempt(fmany, 1, 2)
attempt(fmany, 1, 2, 3)
attempt(fmany, 1, 2, 3, 4, 5, 6)
attempt(fmany, 1, 2, 3, e=1, g=2)
attempt(f2, *5)
attempt(f2, **5)
attempt(f2, **{1: 2})
attempt(f2, *[1], **{"b": 2, "a": 3})
attempt(fkwargs, 1, **{"a": 1})
attempt(lambda: None, 1)
attempt(lambda x, y: None, 1)

class C:
    def m(self, a): pass
    def n(self, *, k): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a): pass
    def __init__(self, x=0): pass
c = C()
attempt(c.m)
attempt(c.m, 1, 2)
attempt(c.n, 1)
attempt(c.n)
attempt(C.m, c)
attempt(C.cm)
attempt(C.sm, 1, 2)
attempt(C, 1, 2)
attempt(C, y=1)
attempt(c.m, 1, a=1)
attempt(C.m)
class D:
    pass
attempt(D, 1)
attempt(D, a=1)
def gen(a):
    yield a
attempt(gen)
async def co(a):
    pass
attempt(co, 1, 2)
def nested():
    def inner(q): pass
    return inner
attempt(nested())
attempt(nested(), 1, 2)
import functools
p = functools.partial(f2, 1)
attempt(p, 2, 3)
attempt(fmany, 1, 2, d=4)
def fmissing3(a, b, c): pass
attempt(fmissing3)
attempt(fmissing3, 1)
def fkwmissing(*, a, b, c): pass
attempt(fkwmissing)
def fmix(a, b=1, *args, c, d=2, **kw): pass
attempt(fmix)
attempt(fmix, 1)
attempt(print, sep=1, bogus=2)
attempt(len)
attempt(len, 1, 2)
attempt(int, x=1)
