# __subclasshook__ semantics and the positive and negative caches, seen through _get_dump and
# through how often the hook runs.
import abc
import weakref
from abc import ABC, get_cache_token


calls = []


class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        if cls is not Quacks:
            return NotImplemented
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        if C.__name__.startswith("Mute"):
            return False
        return NotImplemented


class Duck:
    def quack(self):
        return "Quack"


class MuteSwan:
    pass


class Robot:
    pass


def show(label, cls):
    registry, cache, negative, version = abc._get_dump(cls)
    names = lambda refs: sorted(r().__name__ for r in refs if r() is not None)
    print(label, names(registry), names(cache), names(negative), type(version).__name__)
    print("  all weakrefs:", all(type(r) is weakref.ref for s in (registry, cache, negative) for r in s))


show("fresh", Quacks)
print(issubclass(Duck, Quacks), isinstance(Duck(), Quacks), calls)
print(issubclass(MuteSwan, Quacks), issubclass(MuteSwan, Quacks), calls)
print(issubclass(Robot, Quacks), issubclass(Robot, Quacks), calls)
show("after checks", Quacks)

# The negative cache is dropped at the next check after any register(); the positive one stays.
version = abc._get_dump(Quacks)[3]
print(version == get_cache_token())


class Other(ABC):
    pass


Other.register(bytes)
print(abc._get_dump(Quacks)[3] == version, abc._get_dump(Quacks)[3] < get_cache_token())
calls.clear()
print(issubclass(Robot, Quacks), issubclass(Duck, Quacks), calls)
show("after register", Quacks)
print(abc._get_dump(Quacks)[3] == get_cache_token())

# isinstance takes the negative cache only when it is current.
calls.clear()
Other.register(bytearray)
print(isinstance(Robot(), Quacks), calls)
print(isinstance(Robot(), Quacks), calls)

# Subclasses of a hooked ABC: the hook returns NotImplemented there, so the MRO decides.
class SubQuacks(Quacks):
    pass


class Impl(SubQuacks):
    pass


calls.clear()
print(issubclass(Impl, SubQuacks), issubclass(Duck, SubQuacks), calls)
show("SubQuacks", SubQuacks)

# A hook may only answer True, False or NotImplemented.
class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)


class Raises(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        raise LookupError("hook failed for " + C.__name__)


try:
    isinstance(3, Raises)
except LookupError as e:
    print("LookupError:", e)


# __subclasses__ must give a list.
class OddMeta(abc.ABCMeta):
    def __subclasses__(cls):
        return ("not", "a", "list")


class Odd(metaclass=OddMeta):
    pass


try:
    issubclass(int, Odd)
except TypeError as e:
    print("TypeError:", e)


# A subclass of a subclass found through __subclasses__ is cached positively.
class Base(ABC):
    pass


class Child(Base):
    pass


Child.register(float)
print(issubclass(float, Base), "float" in [r().__name__ for r in abc._get_dump(Base)[1]])
print("float" in [r().__name__ for r in abc._get_dump(Child)[0]], abc._get_dump(Child)[1] == set())

# __instancecheck__ and __subclasscheck__ of ABCMeta return what the hook path decided.
print(Quacks.__instancecheck__(Duck()), Quacks.__subclasscheck__(Robot))
try:
    Quacks.__subclasscheck__(Duck())
except TypeError as e:
    print("TypeError:", e)

# _reset_caches empties both caches; _reset_registry the registry.
abc._reset_caches(Quacks)
show("reset caches", Quacks)
Other.register(memoryview)
abc._reset_registry(Other)
show("reset registry", Other)
print(issubclass(bytes, Other), issubclass(memoryview, Other))

# _dump_registry prints what _get_dump gives (the token line depends on start-up, so it is checked apart).
import io


class Dumped(ABC):
    pass


out = io.StringIO()
Dumped._dump_registry(out)
for line in out.getvalue().splitlines():
    if line.startswith("Inv. counter: "):
        print("Inv. counter is the token:", line == "Inv. counter: %d" % get_cache_token())
    elif line.startswith("_abc_negative_cache_version: "):
        print("version is the token:", line.endswith(" %d" % get_cache_token()))
    else:
        print(line)
