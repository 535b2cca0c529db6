# Descriptor protocol details: __get__ arguments, descriptors on metaclasses, __set_name__ timing, __objclass__.
class Trace:
    def __get__(self, obj, owner=None):
        print("get", type(obj).__name__ if obj is not None else None, owner.__name__ if owner else None)
        return self
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class A:
    d = Trace()
A.d; A().d
A.__dict__["d"].__get__(None, A)
getattr(A(), "d")
class B(A): pass
B.d; B().d
class M(type):
    md = Trace()
class WithM(metaclass=M): pass
WithM.md
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: WithM().md)
class GetOnly:
    def __get__(self, obj, owner): return "GetOnly"
class Holder:
    g = GetOnly()
h = Holder()
h.g = "instance wins over non-data"
print(h.g, Holder.g)
class DelOnly:
    def __delete__(self, obj): print("DelOnly.__delete__")
class Holder2:
    d = DelOnly()
h2 = Holder2()
print(type(h2.d).__name__)
del h2.d
t(lambda: setattr(h2, "d", 1))
f = lambda self: "func"
print(f.__get__(1)(), f.__get__(None, int) is f)
t(lambda: f.__get__())
t(lambda: f.__get__(None, None))
print(type(int.__dict__["real"]).__name__, int.real.__get__(5), int.__dict__["bit_length"].__get__(5)())
t(lambda: int.real.__get__("s"))
t(lambda: int.real.__set__(5, 1))
t(lambda: int.__dict__["bit_length"].__get__("s"))
t(lambda: str.__dict__["upper"](5))
print(type(str.__dict__["maketrans"]).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(dict.__dict__["fromkeys"].__get__(None, dict)("ab"))
t(lambda: dict.__dict__["fromkeys"].__get__(None, int))
print(object.__dict__["__class__"].__get__(5), type.__dict__["__name__"].__get__(int))
sm = staticmethod(len)
print(sm.__get__(None, int)("abc"), sm.__get__(1)("ab"))
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, int)(), cm.__get__(5)(), cm.__get__(5, str)())
