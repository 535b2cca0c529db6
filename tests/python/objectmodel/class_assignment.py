# __class__ assignment between compatible heap types, and its errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y", "z")
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
s = S1(); s.x = 5
t(lambda: setattr(s, "__class__", S2) or (type(s).__name__, s.x))
t(lambda: setattr(s, "__class__", S3))
t(lambda: setattr(s, "__class__", A))
t(lambda: setattr(a, "__class__", int))
t(lambda: setattr(a, "__class__", 5))
t(lambda: delattr(a, "__class__"))
t(lambda: setattr(1, "__class__", bool))
t(lambda: setattr([], "__class__", tuple))
class L(list): pass
l = L([1])
t(lambda: setattr(l, "__class__", list))
import types
m = types.ModuleType("m")
class MyMod(types.ModuleType):
    def hello(self): return "hi from " + self.__name__
t(lambda: setattr(m, "__class__", MyMod) or m.hello())
class Meta1(type): pass
class Meta2(type): pass
K = Meta1("K", (), {})
t(lambda: setattr(K, "__class__", Meta2) or type(K).__name__)
