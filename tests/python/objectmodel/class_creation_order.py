# Class creation order: __prepare__, body, __set_name__ before __init_subclass__, __mro_entries__, __orig_bases__, errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class D:
    def __set_name__(self, owner, name): print("set_name", name, "init_subclass ran?", getattr(owner, "ran", False))
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw); cls.ran = True
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw); return {}
    def __new__(m, name, bases, ns, **kw):
        print("new", name); return super().__new__(m, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name); super().__init__(name, bases, ns)
class C(Base, metaclass=Meta, opt=1):
    print("body")
    d = D()
class Entry:
    def __mro_entries__(self, bases):
        print("mro_entries called with", [type(b).__name__ for b in bases]); return (Base,)
class E(Entry(), opt2=2): pass
print(E.__bases__, type(E.__orig_bases__[0]).__name__, "__orig_bases__" in C.__dict__)
class BadEntries:
    def __mro_entries__(self, bases): return 5
t(lambda: exec("class X(BadEntries()): pass", {"BadEntries": BadEntries}))
class NotTuple:
    def __mro_entries__(self, bases): return [int]
t(lambda: exec("class X(NotTuple()): pass", {"NotTuple": NotTuple}))
t(lambda: type("X", (Entry(),), {}))
t(lambda: exec("class X(5): pass"))
t(lambda: exec("class X(len): pass"))
t(lambda: exec("class X(object, object): pass"))
t(lambda: exec("class X(int, float): pass"))
t(lambda: exec("class X(type, int): pass"))
t(lambda: exec("class X(metaclass=5): pass"))
t(lambda: exec("class X(metaclass=lambda *a: 5): pass\nprint(X)"))
t(lambda: exec("class X(metaclass=type, **{'metaclass': type}): pass"))
t(lambda: exec("class X(*[object]): pass\nprint(X.__bases__)"))
t(lambda: exec("class X(**{'metaclass': type}): pass\nprint(type(X))"))
t(lambda: exec("class X(type(None)): pass"))
t(lambda: exec("class X(bool): pass"))
t(lambda: exec("class X(range): pass"))
t(lambda: exec("class X(slice): pass"))
t(lambda: exec("class X(memoryview): pass"))
t(lambda: exec("class X(type(len)): pass"))
t(lambda: exec("class X(type(lambda: 0)): pass"))
