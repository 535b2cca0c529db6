# __init_subclass__ with kwargs, __set_name__, __class_getitem__, __mro_entries__ and class decorators.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print(Plugin.registry, A.plugin_name)
t(lambda: type("C", (Plugin,), {}, name="gamma").plugin_name)
t(lambda: type("D", (Plugin,), {}, bogus=1))
t(lambda: type("E", (), {}, bogus=1))
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Owner:
    first = Desc()
    second = Desc()
print(Owner.first.name, Owner.second.name)
class BadSetName:
    def __set_name__(self, owner, name): raise ValueError("no")
t(lambda: type("X", (), {"attr": BadSetName()}))
Owner.late = Desc()
print(hasattr(Owner.late, "name"))
class NotCallable:
    __set_name__ = 5
t(lambda: type("Y", (), {"a": NotCallable()}))
class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen[1, 2], Gen["x"])
t(lambda: Gen()[0])
class NoCGI: pass
t(lambda: NoCGI[int])
print(list[int], dict[str, int], tuple[int, ...], type[int], list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), type(list[int]).__name__)
class Sub(list[int]): pass
print(Sub.__bases__, Sub.__orig_bases__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Decorated: pass
print(Decorated.decorated)
def order(label):
    def d(cls):
        print("decorator", label); return cls
    return d
@order("outer")
@order("inner")
class Both: pass
class InitSubNoSuper:
    def __init_subclass__(cls): print("no super call for", cls.__name__)
class Child(InitSubNoSuper): pass
class ISClassmethod:
    @classmethod
    def __init_subclass__(cls, **kw): print("explicit classmethod", cls.__name__, kw)
class Child2(ISClassmethod, k=1): pass
t(lambda: object.__init_subclass__(1))
print(type(Gen.__dict__["__class_getitem__"]).__name__, type(Plugin.__dict__["__init_subclass__"]).__name__)
