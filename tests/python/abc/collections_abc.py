# collections.abc on builtin types and user classes: structural checks through __subclasshook__,
# registered builtins, mixin methods, and the Sequence/Mapping flags that pattern matching reads.
import collections
import collections.abc as cabc
import sys

ABCS = ["Hashable", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
        "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container", "Callable",
        "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
        "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString"]


def gen():
    yield 1


async def agen():
    yield 1


async def coro():
    pass


c = coro()
SAMPLES = [("int", 1), ("float", 1.5), ("complex", 1j), ("str", "s"), ("bytes", b"b"),
           ("bytearray", bytearray(b"x")), ("memoryview", memoryview(b"m")), ("tuple", (1,)),
           ("list", [1]), ("dict", {1: 2}), ("set", {1}), ("frozenset", frozenset()),
           ("range", range(3)), ("keys", {}.keys()), ("values", {}.values()), ("items", {}.items()),
           ("generator", gen()), ("asyncgen", agen()), ("coroutine", c), ("function", len),
           ("lambda", lambda: 0), ("type", int), ("None", None), ("iter(list)", iter([])),
           ("deque", collections.deque()), ("OrderedDict", collections.OrderedDict()),
           ("defaultdict", collections.defaultdict()), ("Counter", collections.Counter()),
           ("ChainMap", collections.ChainMap()), ("UserList", collections.UserList()),
           ("mappingproxy", type.__dict__["__dict__"].__get__(int)), ("slice", slice(1))]
for name, obj in SAMPLES:
    print("%-12s %s" % (name, " ".join(a for a in ABCS if isinstance(obj, getattr(cabc, a)))))
c.close()


# Structural checks: the right dunders make a class a virtual subclass.
class OnlyLen:
    def __len__(self):
        return 0


class OnlyIter:
    def __iter__(self):
        return iter(())


class FullCollection(OnlyLen, OnlyIter):
    def __contains__(self, x):
        return False


class Unhashable:
    __hash__ = None


class IterBlocked(OnlyIter):
    __iter__ = None


class Rev(OnlyIter):
    def __reversed__(self):
        return iter(())


class Call:
    def __call__(self):
        pass


class Awaits:
    def __await__(self):
        yield


for cls in (OnlyLen, OnlyIter, FullCollection, Unhashable, IterBlocked, Rev, Call, Awaits):
    print("%-14s %s" % (cls.__name__, " ".join(a for a in ABCS if issubclass(cls, getattr(cabc, a)))))


# Inheriting from the ABCs: abstract methods, mixins, and instantiation messages.
class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


s = MySeq(3, 1, 3)
print(list(reversed(s)), s.index(1), s.count(3), 3 in s, isinstance(s, cabc.Reversible))

try:
    cabc.MutableMapping()
except TypeError as e:
    print(e)


class HalfMap(cabc.Mapping):
    def __getitem__(self, k):
        return k


try:
    HalfMap()
except TypeError as e:
    print(e)


class MyMap(cabc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = MyMap()
m.update(a=1, b=2)
print(sorted(m.items()), m.get("z", 0), m.setdefault("c", 3), m.pop("a"), dict(m) == {"b": 2, "c": 3})
print(isinstance(m, dict), isinstance(m, cabc.Mapping), isinstance(m.keys(), cabc.Set), m.keys() & {"b"})


# Pattern matching reads the flags that _abc_init and register set.
def kind(x):
    match x:
        case {"k": v}:
            return "mapping " + str(v)
        case [first, *rest]:
            return "sequence of %d" % (1 + len(rest))
        case _:
            return "other"


class Registered:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class RegisteredChild(Registered):
    pass


print(kind(s), kind(m), kind({"k": 9}), kind(Registered(1, 2)), kind(RegisteredChild(1)))
cabc.Sequence.register(Registered)
print(kind(Registered(1, 2)), kind(RegisteredChild(1)))
m["k"] = "v"
print(kind(m), kind("text"), kind(b"xy"), kind(bytearray(b"xy")))


class MapLike:
    def __getitem__(self, k):
        return 7

    def __len__(self):
        return 1

    def keys(self):
        return ["k"]

    def get(self, k, d=None):
        return 7


print(kind(MapLike()))
cabc.Mapping.register(MapLike)
print(kind(MapLike()))

# The flags request leaves the class dicts once applied; elsewhere it is just an attribute.
print("__abc_tpflags__" in cabc.Sequence.__dict__, "__abc_tpflags__" in cabc.Mapping.__dict__)


class Flagged:
    __abc_tpflags__ = 1 << 5


print("__abc_tpflags__" in Flagged.__dict__, kind(Flagged()))

try:
    class Both(cabc.Sized):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError:", e)

print(issubclass(MySeq, cabc.Collection), issubclass(cabc.Sequence, cabc.Reversible))
print(sys.modules["_abc"].__name__, "_py_abc" in sys.modules)


# The flag comes from the first class along the MRO that has one; register() passes it to existing
# subclasses, and later subclasses inherit it; registering with the other ABC switches it.
class HashSeq(cabc.Hashable, cabc.Sequence):
    def __hash__(self):
        return 0

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return [5][i]


class MapSeq(cabc.Mapping, cabc.Sequence):
    def __len__(self):
        return 1

    def __getitem__(self, i):
        return [5][i]

    def __iter__(self):
        return iter([0])


class ListMap(list, cabc.Mapping):
    def __getitem__(self, i):
        return 5


def kind2(x):
    match x:
        case {0: v}:
            return "map"
        case [a]:
            return "seq"
        case _:
            return "other"


print(kind2(HashSeq()), kind2(MapSeq()), kind2(ListMap([1])))


class Both:
    def __len__(self):
        return 1

    def __getitem__(self, i):
        return [5][i]

    def get(self, k, d=None):
        return 5

    def keys(self):
        return [0]


class BothChild(Both):
    pass


cabc.Mapping.register(Both)


class BothLater(Both):
    pass


print(kind2(Both()), kind2(BothChild()), kind2(BothLater()))
cabc.Sequence.register(BothChild)
print(kind2(Both()), kind2(BothChild()), kind2(BothLater()))
cabc.Sequence.register(dict)
print(kind2({0: 1}), kind2(collections.OrderedDict({0: 1})))
