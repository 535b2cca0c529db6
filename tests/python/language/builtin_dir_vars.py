# dir() of instances, classes, modules and objects with __dir__; vars() and its errors; getattr/setattr/delattr.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    ca = 1
    def m(self): pass
class B(A):
    cb = 2
b = B(); b.ib = 3
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print("__class__" in dir(b), "__dict__" in dir(b), "mro" in dir(B), "mro" in dir(type))
class WithDir:
    def __dir__(self): return ["z", "a", "m", "a"]
print(dir(WithDir()))
class BadDir:
    def __dir__(self): return 5
t(lambda: dir(BadDir()))
class TupleDir:
    def __dir__(self): return ("y", "x")
print(dir(TupleDir()))
import types
m = types.ModuleType("mod"); m.x = 1; m._y = 2
print(dir(m))
class ModWithDir(types.ModuleType):
    pass
mm = ModWithDir("mm")
mm.__dict__["__dir__"] = lambda: ["custom"]
print(dir(mm))
def local_dir():
    a = 1; b = 2
    return dir()
print(local_dir())
t(lambda: dir(1, 2))
print(len(dir(1)) > 50, "bit_length" in dir(1), "__add__" in dir(1))
t(lambda: vars(b))
t(lambda: vars(5))
t(lambda: vars(object()))
class Slots:
    __slots__ = ("s",)
t(lambda: vars(Slots()))
t(lambda: getattr(b, "ca"))
t(lambda: getattr(b, "nope"))
t(lambda: getattr(b, "nope", None))
t(lambda: getattr(b, 5))
t(lambda: getattr(b, "nope", 1, 2))
t(lambda: getattr(b))
t(lambda: setattr(b, "new", 1) or b.new)
t(lambda: setattr(b, 5, 1))
t(lambda: setattr(5, "x", 1))
t(lambda: setattr(b))
t(lambda: delattr(b, "new") or hasattr(b, "new"))
t(lambda: delattr(b, "new"))
t(lambda: delattr(b, "ca"))
t(lambda: delattr(B, "cb") or hasattr(B, "cb"))
t(lambda: delattr(5, "real"))
t(lambda: hasattr(b, 5))
t(lambda: hasattr(b, "m"))
class S(str): pass
t(lambda: getattr(b, S("ca")))
t(lambda: setattr(b, S("sa"), 9) or b.sa)
