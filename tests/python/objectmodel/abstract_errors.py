# Abstract-method instantiation errors and __abstractmethods__ manipulation, incl. CPython's exact messages.
import abc
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A(abc.ABC):
    @abc.abstractmethod
    def z(self): ...
    @abc.abstractmethod
    def a(self): ...
t(lambda: A())
class OneLeft(A):
    def a(self): pass
t(lambda: OneLeft())
class Manual:
    pass
Manual.__abstractmethods__ = frozenset({"m", "n"})
t(lambda: Manual())
Manual.__abstractmethods__ = frozenset()
t(lambda: type(Manual()).__name__)
Manual.__abstractmethods__ = ["x"]
t(lambda: Manual())
del Manual.__abstractmethods__
t(lambda: type(Manual()).__name__)
t(lambda: Manual.__abstractmethods__)
t(lambda: int.__abstractmethods__)
t(lambda: type.__abstractmethods__)
class WithNew(abc.ABC):
    def __new__(cls): return super().__new__(cls)
    @abc.abstractmethod
    def q(self): ...
t(lambda: WithNew())
class PropAbs(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
t(lambda: PropAbs())
class Impl(PropAbs):
    p = 1
t(lambda: Impl().p)
class Later(abc.ABC):
    pass
Later.m = abc.abstractmethod(lambda self: 0)
t(lambda: type(Later()).__name__)
abc.update_abstractmethods(Later)
t(lambda: Later())
