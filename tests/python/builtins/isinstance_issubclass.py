# isinstance and issubclass: tuples, nested tuples, unions, __instancecheck__/__subclasscheck__, ABCs and errors
import abc, collections.abc
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance('', (int, (float, (str,)))))
print(isinstance(1, ()), isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(isinstance(1, int | str), isinstance('a', int | str), isinstance(1.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, int)), issubclass(int, int | str), issubclass(float, int | str))
print(issubclass(int, object), issubclass(object, int), issubclass(type, object), issubclass(bool, ()), issubclass(list, (((list,),),)))
show(isinstance, 1, 1); show(isinstance, 1, (int, 1)); show(isinstance, 1, [int]); show(isinstance, 1)
show(issubclass, 1, int); show(issubclass, int, 1); show(issubclass, int, (int, 1)); show(issubclass, int, (1, int))
show(isinstance, 1, list[int]); show(issubclass, list, list[int]); show(isinstance, [], int | list[int])
print(isinstance(1, (int, 1)))
show(isinstance, 1, (1, int))
class Meta(type):
    def __instancecheck__(cls, inst):
        print('  instancecheck', cls.__name__, repr(inst))
        return inst == 42
    def __subclasscheck__(cls, sub):
        print('  subclasscheck', cls.__name__, sub.__name__)
        return sub is float
class Magic(metaclass=Meta): pass
print(isinstance(42, Magic), isinstance(41, Magic), isinstance(Magic(), Magic), issubclass(float, Magic), issubclass(int, Magic))
print(isinstance(42, (str, Magic)), issubclass(float, (Magic, str)), isinstance(42, int | Magic))
class Truthy(type):
    def __instancecheck__(cls, inst): return 'yes'
    def __subclasscheck__(cls, sub): return []
class T(metaclass=Truthy): pass
print(isinstance(1, T), issubclass(int, T))
class Bad(type):
    def __instancecheck__(cls, inst): raise ValueError('no checking')
class B(metaclass=Bad): pass
show(isinstance, 1, B)
class Sized:
    def __len__(self): return 0
class Iterish:
    def __iter__(self): return iter(())
print(isinstance(Sized(), collections.abc.Sized), isinstance(Iterish(), collections.abc.Iterable), isinstance(Sized(), collections.abc.Iterable))
print(issubclass(list, collections.abc.Sequence), issubclass(dict, collections.abc.Mapping), issubclass(set, collections.abc.Sequence))
print(isinstance(iter([]), collections.abc.Iterator), isinstance((x for x in ()), collections.abc.Generator), isinstance(len, collections.abc.Callable))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
class Impl(Base):
    def run(self): return 'ran'
class Other: pass
Base.register(Other)
print(isinstance(Impl(), Base), isinstance(Other(), Base), issubclass(Other, Base), issubclass(int, Base))
show(Base)
print(Impl().run())
class WithHook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), WithHook), issubclass(Duck, WithHook), issubclass(int, WithHook))
class FakeClass:
    __class__ = int
print(isinstance(FakeClass(), int), isinstance(FakeClass(), FakeClass), type(FakeClass()).__name__)
class BasesObj:
    __bases__ = ()
show(issubclass, BasesObj(), int)
print(issubclass(BasesObj, object))
class A: pass
class Bc(A): pass
class C(Bc): pass
print(issubclass(C, A), issubclass(A, C), isinstance(C(), (Bc,)), [k.__name__ for k in C.__mro__])
show(lambda: int | 'str'); show(isinstance)
u = int | str | None
print(u, u.__args__, isinstance(None, u), issubclass(type(None), u), (int | str) == (str | int))
