# The _abc module itself: its functions, their argument checks and messages, and _abc_data.
import abc
import _abc
import sys

print(_abc.__doc__)
print(sorted(n for n in dir(_abc) if not n.startswith("__")))
for name in ("get_cache_token", "_abc_init", "_abc_register", "_abc_instancecheck", "_abc_subclasscheck",
             "_get_dump", "_reset_registry", "_reset_caches"):
    f = getattr(_abc, name)
    print(name, type(f).__name__, f.__module__, f.__name__, getattr(abc, name, None) is f)
    print("   ", f.__doc__.splitlines()[0])
print(abc.ABCMeta.__module__, abc.ABCMeta.__qualname__, abc.ABC.__module__)
print("_py_abc" in sys.modules, "_abc" in sys.modules)


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))
    else:
        print("->", r)


attempt(_abc.get_cache_token, 1)
attempt(_abc.get_cache_token, x=1)
attempt(_abc._get_dump)
attempt(_abc._get_dump, 1, 2)
attempt(_abc._get_dump, self=abc.ABC)
attempt(_abc._abc_register, abc.ABC)
attempt(_abc._abc_register, abc.ABC, int, str)
attempt(_abc._abc_register, abc.ABC, subclass=int)
attempt(_abc._abc_instancecheck)
attempt(_abc._abc_subclasscheck, abc.ABC, 1, 2)
attempt(_abc._reset_caches)
attempt(_abc._reset_registry, 1, 2)
attempt(_abc._abc_init)

# _abc_impl must exist and be an _abc_data.
attempt(_abc._get_dump, int)
attempt(_abc._abc_subclasscheck, int, int)


class Fake:
    _abc_impl = "nope"


attempt(_abc._get_dump, Fake)
attempt(_abc._abc_instancecheck, Fake, 1)
attempt(_abc._reset_caches, Fake)
attempt(_abc._abc_register, Fake, int)

# _abc_data can be made directly; it carries no attributes of its own.
D = type(abc.ABC._abc_impl)
d = D()
print(type(d) is D, D.__name__, D.__module__, D.__doc__)
print(sorted(set(dir(d)) - set(dir(object()))))
attempt(setattr, d, "x", 1)
attempt(type, "Sub", (D,), {})


class Host:
    pass


Host._abc_impl = d
print(_abc._get_dump(Host)[:3], _abc._get_dump(Host)[3] == _abc.get_cache_token())
print(_abc._abc_subclasscheck(Host, bool), _abc._abc_subclasscheck(Host, Host))

# _abc_init works on any object with __dict__ and __bases__ it can set attributes on.
attempt(_abc._abc_init, 5)


class Plain:
    def m(self):
        pass

    m.__isabstractmethod__ = True
    n = property(abc.abstractmethod(lambda self: 0))


print(_abc._abc_init(Plain), sorted(Plain.__abstractmethods__), type(Plain._abc_impl) is D)
attempt(Plain)


class WeirdBases(type):
    @property
    def __bases__(cls):
        return [object]


class W(metaclass=WeirdBases):
    pass


attempt(_abc._abc_init, W)


class BadBaseAbstracts:
    __abstractmethods__ = 5


class Sub(BadBaseAbstracts):
    pass


attempt(_abc._abc_init, Sub)


class NonStrAbstracts:
    __abstractmethods__ = [1]


class Sub2(NonStrAbstracts):
    pass


attempt(_abc._abc_init, Sub2)


class Missing:
    __abstractmethods__ = ["nowhere", "here"]
    here = abc.abstractmethod(lambda self: 0)


class Sub3(Missing):
    pass


attempt(_abc._abc_init, Sub3)
print(sorted(Sub3.__abstractmethods__))


class NsMeta(type):
    @property
    def __dict__(cls):
        return cls.ns


class BadItems(metaclass=NsMeta):
    pass


for ns in ({"a": abc.abstractmethod(lambda: 0), "b": 1}, [], 3):
    BadItems.ns = ns
    attempt(_abc._abc_init, BadItems)


class ItemsOf:
    def __init__(self, items):
        self.it = items

    def items(self):
        return self.it


for items in ([("x", 1, 2)], [5], (("y", abc.abstractmethod(lambda: 0)),), 7, iter([["z", 1]])):
    BadItems.ns = ItemsOf(items)
    attempt(_abc._abc_init, BadItems)
print(sorted(BadItems.__abstractmethods__))
