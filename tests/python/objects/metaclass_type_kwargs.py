# type(name, bases, ns, **kw) hands the keywords to the winning metaclass's __new__ (enum's _simple_enum needs it)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=M):
    pass
B = type('B', (A,), {}, flag=1, other='x')
print(type(B).__name__, B.__mro__[1].__name__)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), list(Color), enum.StrEnum, enum.Flag)
