# Abstract methods: __abstractmethods__ from the namespace and the bases, instantiation errors,
# abstract properties, class and static methods, update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(cls, *args):
    try:
        obj = cls(*args)
    except TypeError as e:
        print(cls.__name__, "->", e)
    else:
        print(cls.__name__, "->", type(obj).__name__, "instance")


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


attempt(Shape)
print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


attempt(Square, 2)
print(sorted(Square.__abstractmethods__))


class FullSquare(Square):
    def perimeter(self):
        return 4 * self.side


attempt(FullSquare, 3)
print(FullSquare(3).describe(), FullSquare.__abstractmethods__)


class One(ABC):
    @abstractmethod
    def only(self): ...


attempt(One)


class Props(ABC):
    @property
    @abstractmethod
    def value(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def helper(): ...

    @abc.abstractproperty
    def old_style(self): ...


print(sorted(Props.__abstractmethods__))
attempt(Props)


class PropsDone(Props):
    value = 5
    old_style = None

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "helped"


print(PropsDone.make().value, PropsDone.helper(), PropsDone.__abstractmethods__)


# An inherited abstract name that the subclass rebinds to something abstract stays abstract.
class Rebind(Shape):
    area = abstractmethod(lambda self: 0)
    perimeter = lambda self: 1


print(sorted(Rebind.__abstractmethods__))


# Any object whose __isabstractmethod__ is true counts, in the namespace or inherited.
class Marker:
    def __init__(self, flag):
        self.__isabstractmethod__ = flag


class Marked(ABC):
    yes = Marker(1)
    no = Marker(0)
    empty = Marker([])


print(sorted(Marked.__abstractmethods__))


class Exploding:
    @property
    def __isabstractmethod__(self):
        raise ValueError("no way to tell")


try:
    class Boom(ABC):
        thing = Exploding()
except ValueError as e:
    print("ValueError:", e)


# Direct use of the metaclass; abstract methods on a class that is not an ABC are ignored.
class Meta(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...


attempt(Meta)


class Plain:
    @abstractmethod
    def run(self): ...


attempt(Plain)
print(hasattr(Plain, "__abstractmethods__"), type(Meta).__name__, isinstance(Meta, ABCMeta))


# Multiple inheritance merges the abstract names of every base.
class Left(ABC):
    @abstractmethod
    def left(self): ...


class Right(ABC):
    @abstractmethod
    def right(self): ...


class Both(Left, Right):
    pass


print(sorted(Both.__abstractmethods__))
attempt(Both)


class Half(Left, Right):
    def left(self):
        return 1


print(sorted(Half.__abstractmethods__))


# __abstractmethods__ is writable on classes and controls instantiation.
class Flexible(ABC):
    @abstractmethod
    def f(self): ...


Flexible.__abstractmethods__ = frozenset()
attempt(Flexible)
Flexible.__abstractmethods__ = {"g", "h"}
attempt(Flexible)


# update_abstractmethods recomputes after the class changed.
class Later(ABC):
    @abstractmethod
    def todo(self): ...


class LaterImpl(Later):
    pass


attempt(LaterImpl)
LaterImpl.todo = lambda self: "done"
abc.update_abstractmethods(LaterImpl)
attempt(LaterImpl)
print(LaterImpl().todo(), LaterImpl.__abstractmethods__)
LaterImpl.extra = abstractmethod(lambda self: None)
abc.update_abstractmethods(LaterImpl)
print(sorted(LaterImpl.__abstractmethods__))
print(abc.update_abstractmethods(int) is int)


# ABC itself, ABC's slots and kwargs through ABCMeta to __init_subclass__.
print(ABC.__abstractmethods__, ABC.__slots__, type(ABC).__name__)


class WithKw(ABC):
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Tagged(WithKw, tag="t1"):
    pass


print(Tagged.tag, "_abc_impl" in Tagged.__dict__, type(Tagged._abc_impl).__name__)
print(type(Tagged._abc_impl).__module__, type(Tagged._abc_impl).__qualname__)

# abstractmethod on a class without ABCMeta, then a subclass with ABCMeta's helper.
print(getattr(abstractmethod(lambda: 0), "__isabstractmethod__"))
print(Shape.describe.__isabstractmethod__ if hasattr(Shape.describe, "__isabstractmethod__") else "no flag")
