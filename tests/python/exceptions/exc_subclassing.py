# User exception classes: custom __init__/__str__/__repr__, args handling, pickling protocol.
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = NoSuper(1, 2)
print(e.args, str(e), repr(e), e.a)

class WithSuper(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
e = WithSuper("m", 3)
print(e.args, str(e), repr(e), e.code)

class CustomStr(Exception):
    def __str__(self):
        return "custom!"
print(str(CustomStr(1)), repr(CustomStr(1)))

class CustomNew(Exception):
    def __new__(cls, *a):
        self = super().__new__(cls, "forced")
        return self
e = CustomNew(1, 2)
print(e.args)

e = ValueError(1, 2)
e.args = [3, 4]
print(e.args, type(e.args).__name__)
e.args = "ab"
print(e.args)
try:
    del e.args
except TypeError as x:
    print(x)
print(ValueError(1).__reduce__(), KeyError().__reduce__())
e = ValueError("x")
e.extra = 1
r = e.__reduce__()
print(r[0].__name__, r[1], r[2])
f = ValueError()
f.__setstate__({"extra": 5, "other": "o"})
print(f.extra, f.other)
try:
    f.__setstate__(5)
except TypeError as x:
    print(x)
f.__setstate__(None)
try:
    f.__setstate__({1: 2})
except TypeError as x:
    print(x)
print(ImportError("m", name="n", path="p").__reduce__(), ImportError("m").__reduce__())
print(ValueError.__init__ is Exception.__init__, ValueError.__new__ is BaseException.__new__)
try:
    ValueError(x=1)
except TypeError as x:
    print(x)
class KwOk(Exception):
    def __init__(self, *, x):
        super().__init__(x)
print(KwOk(x=5).args)
e = BaseException.__new__(ValueError, 1, 2)
print(e.args)
BaseException.__init__(e, 3)
print(e.args)
print(e.__dict__, hasattr(e, "__weakref__"))
import weakref
try:
    weakref.ref(e)
except TypeError as x:
    print(x)
class Weak(Exception):
    pass
w = Weak()
print(weakref.ref(w)() is w)
print(isinstance(ValueError("a"), (KeyError, ValueError)))
try:
    raise NoSuper(1, 2)
except NoSuper as n:
    print(n.args)
class Slots(Exception):
    __slots__ = ("x",)
s = Slots(1)
s.x = 5
print(s.x, s.args, hasattr(s, "__dict__"))
print(repr(BaseException()), repr(BaseException(None)), str(BaseException(None)))
print(repr(Exception("a", "b")), str(Exception("a", "b")), str(Exception(("a",))))
