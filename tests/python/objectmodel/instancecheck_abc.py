# __instancecheck__/__subclasscheck__, abc abstract classes and registration, isinstance with tuples and unions.
import abc
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__); return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__); return sub is int
class Magic(metaclass=Meta): pass
t(lambda: isinstance(42, Magic))
t(lambda: isinstance(Magic(), Magic))
t(lambda: issubclass(int, Magic))
t(lambda: issubclass(Magic, Magic))
t(lambda: isinstance(42, (str, Magic)))
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
t(lambda: Base())
class Partial(Base):
    def f(self): return 1
t(lambda: Partial())
class Full(Partial):
    def g(self): return 2
    p = 3
t(lambda: Full().p)
print(sorted(Base.__abstractmethods__), sorted(Partial.__abstractmethods__), Full.__abstractmethods__)
class One(abc.ABC):
    @abc.abstractmethod
    def only(self): ...
t(lambda: One())
class WithMeta(metaclass=abc.ABCMeta):
    @classmethod
    @abc.abstractmethod
    def cm(cls): ...
t(lambda: WithMeta())
class Registered: pass
Base.register(Registered)
t(lambda: (isinstance(Registered(), Base), issubclass(Registered, Base), Registered() is not None))
t(lambda: Base.register(5))
class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Duck:
    def quack(self): pass
t(lambda: (isinstance(Duck(), Hooked), issubclass(int, Hooked)))
t(lambda: isinstance(1, int | str))
t(lambda: isinstance("s", (int, (float, str))))
t(lambda: isinstance(None, type(None) | int))
t(lambda: issubclass(bool, int | str))
t(lambda: isinstance(1, list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, (1, int)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(int, (1,)))
class FakeClass:
    __bases__ = ()
t(lambda: issubclass(FakeClass(), FakeClass()))
class FakeInst:
    __class__ = int
t(lambda: (isinstance(FakeInst(), int), type(FakeInst()).__name__))
import collections.abc as cabc
t(lambda: [isinstance(x, cabc.Iterable) for x in ([], 1, "s", iter([]), {})])
t(lambda: (issubclass(dict, cabc.Mapping), issubclass(list, cabc.MutableSequence), isinstance(range(1), cabc.Sequence)))
t(lambda: (isinstance(len, cabc.Callable), isinstance(int, cabc.Hashable), isinstance([], cabc.Hashable)))
t(lambda: type(abc.ABC()).__name__)
t(lambda: type(abc.abstractmethod(lambda: 0).__isabstractmethod__))
