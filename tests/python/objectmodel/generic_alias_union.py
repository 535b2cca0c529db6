# Metaclass keyword arguments, __class_getitem__, GenericAlias and X | Y unions, NotImplemented results, __getitem__ keys.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class M(type):
    def __new__(m, name, bases, ns, **kw):
        print("M.__new__", kw)
        return super().__new__(m, name, bases, ns, **kw)
class B:
    def __init_subclass__(cls, **kw): print("init_subclass", kw)
t(lambda: M("X", (B,), {}, flag=1))
class M2(type):
    def __init__(cls, *a, **kw): print("M2.__init__", kw); super().__init__(*a, **kw)
t(lambda: M2("Y", (), {}, q=1))
t(lambda: type.__init__(int, 1, 2))
t(lambda: type.__init__(int, "a", (), {}, x=1))
class Over:
    __slots__ = ()
    def __getattr__(self, n): return n
t(lambda: Over().anything)
t(lambda: type("Z", (), {"__init_subclass__": lambda cls: None}).__dict__["__init_subclass__"].__class__.__name__)
t(lambda: type("Z", (), {"__class_getitem__": lambda cls, k: k})[5])
t(lambda: type("Z", (), {"__new__": lambda cls: 5})())
class A:
    def __eq__(self, o): return NotImplemented
t(lambda: A() == A())
t(lambda: A() != A())
import operator
t(lambda: operator.eq(A(), 1))
class WithBool:
    def __bool__(self): return NotImplemented
t(lambda: bool(WithBool()))
t(lambda: bool(NotImplemented))
class Len2:
    def __len__(self): return 2**63
t(lambda: len(Len2()))
t(lambda: bool(Len2()))
class GI:
    def __getitem__(self, i): return i
t(lambda: GI()[1:2:3])
t(lambda: GI()[...])
t(lambda: GI()[1, 2:3, ...])
t(lambda: list(zip(range(3), GI())))
class CI:
    def __class_getitem__(cls, item): return (cls.__name__, item)
class CISub(CI): pass
t(lambda: CISub[int])
t(lambda: CI()[0])
t(lambda: int[0])
t(lambda: list[int][str])
t(lambda: dict[int, str].__args__)
t(lambda: (list[int] == list[int], list[int] == list, isinstance([], list[int].__origin__)))
t(lambda: repr(list[int | None]))
t(lambda: (int | None) == (None | int))
t(lambda: (int | str).__args__)
t(lambda: int | 5)
t(lambda: isinstance(5, int | list[int]))
t(lambda: type(int | str).__name__)
t(lambda: (int | int) is int)
t(lambda: repr(int | None | str))
