# Calls with *args and **kwargs unpacking: CALL_FUNCTION_EX, argument errors for non-iterables and non-mappings.
def f(*a, **k): return a, k
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
t(lambda: f(*range(3), x=1, **{"y": 2}))
t(lambda: f(*1))
t(lambda: f(*None))
t(lambda: f(**None))
t(lambda: f(**[1]))
t(lambda: f(**{"a": 1}, a=2))
t(lambda: f(a=1, **{"a": 2}))
t(lambda: f(**{1: 2}))
t(lambda: f(**{"a": 1}, **{"a": 2}))
t(lambda: len(*[1, 2]))
t(lambda: print(**{"sep": "-"}, *["a", "b"]))
t(lambda: dict(**{"x": 1}, y=2))
t(lambda: int(*["10"], **{"base": 2}))
class G:
    def __iter__(self):
        yield 1
        yield 2
t(lambda: f(*G()))
def gen_err():
    yield 1
    raise ValueError("from generator")
t(lambda: f(*gen_err()))
class BadIter:
    def __iter__(self): raise TypeError("inner type error")
t(lambda: f(*BadIter()))
class K:
    def keys(self): return ["x"]
    def __getitem__(self, k): return 42
t(lambda: f(**K()))
class KErr:
    def keys(self): return ["x"]
    def __getitem__(self, k): raise KeyError("boom")
t(lambda: f(**KErr()))
class Meth:
    def m(self, *a, **k): return a, k
t(lambda: Meth().m(*[1], **{"z": 0}))
t(lambda: Meth.m(*[Meth(), 1]))
t(lambda: Meth().m(**{"self": 1}))
t(lambda: (lambda x, /: x)(**{"x": 1}))
t(lambda: (lambda *, x: x)(*[1]))
t(lambda: (lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, *[2, 3, 4], d=4, **{"g": 7}))
t(lambda: max(*[3, 1, 2]))
t(lambda: max(*[], default=0))
t(lambda: "{}-{}".format(*"ab"))
t(lambda: "{a}".format(**{"a": "A"}))
