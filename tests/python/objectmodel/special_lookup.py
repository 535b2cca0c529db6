# Special methods are looked up on the type, bypassing the instance dict and __getattribute__.
class C:
    def __len__(self): return 1
    def __getattribute__(self, n):
        print("getattribute", n); return object.__getattribute__(self, n)
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
d.__str__ = lambda: "instance str"
d.__iter__ = lambda: iter([1])
d.__call__ = lambda: "called"
print(repr(d).startswith("<__main__.D object"), str(d).startswith("<__main__.D"))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: list(d))
t(lambda: d())
t(lambda: d.__call__())
class WithGetattr:
    def __getattr__(self, n):
        print("getattr", n); return lambda *a: 5
w = WithGetattr()
t(lambda: len(w))
t(lambda: w + 1)
t(lambda: iter(w))
t(lambda: w.__len__())
class Meta(type):
    def __len__(cls): return 7
    def __iter__(cls): return iter("ab")
    def __getitem__(cls, k): return ("meta getitem", k)
class K(metaclass=Meta):
    def __len__(self): return 1
print(len(K), list(K), K[0], len(K()))
class DescrMethod:
    def __get__(self, obj, owner):
        print("descriptor __get__ for special method")
        return lambda: 3
class UsesDescr:
    __len__ = DescrMethod()
print(len(UsesDescr()))
class StaticSpecial:
    @staticmethod
    def __len__(): return 4
print(len(StaticSpecial()))
class ClassSpecial:
    @classmethod
    def __len__(cls): return 5
print(len(ClassSpecial()))
class NonCallable:
    __len__ = 5
t(lambda: len(NonCallable()))
class EnterViaInstance:
    pass
e = EnterViaInstance()
e.__enter__ = lambda: 1
e.__exit__ = lambda *a: None
def use_with():
    with e:
        pass
t(use_with)
class Format:
    def __format__(self, spec): return "class format"
fo = Format()
fo.__format__ = lambda spec: "instance format"
print(format(fo), f"{fo}")
class Hash:
    pass
h = Hash()
h.__hash__ = lambda: 1
print(hash(h) != 1)
