# Class bodies: __qualname__, nested classes, __module__, name resolution and the class namespace.
class Outer:
    class Inner:
        class Deepest:
            pass
        def m(self): pass
    def method(self):
        class Local: pass
        return Local
    lam = lambda self: 0
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.m.__qualname__)
print(Outer().method().__qualname__, Outer.lam.__qualname__, Outer.__module__, Outer.Inner.__name__)
def factory():
    class Made: pass
    return Made
print(factory().__qualname__)
x = "module"
class Shadow:
    x = "class"
    y = x
    def get(self): return x
print(Shadow.y, Shadow().get())
class Uses:
    val = 3
    doubled = val * 2
    items = [val] * 2
    gen = list(i for i in range(2))
print(Uses.doubled, Uses.items, Uses.gen)
class WithDoc:
    "the docstring"
print(WithDoc.__doc__, Outer.__doc__)
class Empty: pass
print(sorted(k for k in Empty.__dict__), Empty.__name__)
class Del:
    tmp = 1
    del tmp
print(hasattr(Del, "tmp"))
class Returned:
    for i in range(3):
        pass
print(Returned.i)
class Cond:
    if True:
        yes = 1
    else:
        no = 1
print(hasattr(Cond, "yes"), hasattr(Cond, "no"))
class Priv:
    __secret = 1
    def get(self): return self.__secret
    @classmethod
    def cls_get(cls): return cls.__secret
print(Priv().get(), Priv.cls_get(), Priv._Priv__secret, "__secret" in Priv.__dict__)
class _Under:
    __x = 1
print([k for k in _Under.__dict__ if "x" in k])
class NsOrder:
    b = 1
    a = 2
    def c(self): pass
print([k for k in NsOrder.__dict__ if not k.startswith("__")])
class Qual:
    __qualname__ = "Custom.Name"
print(Qual.__qualname__, "__qualname__" in Qual.__dict__)
Qual.__qualname__ = "Changed"
print(Qual.__qualname__)
try:
    Qual.__name__ = 5
except TypeError as e:
    print(e)
Qual.__name__ = "Renamed"
print(Qual.__name__, repr(Qual))
try:
    exec("class Bad:\n    return 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("class Bad:\n    yield 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
