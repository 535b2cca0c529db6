# object's default methods: __eq__/__ne__, __repr__/__str__, __format__, __dir__, __reduce__, __sizeof__, __subclasshook__.
class P: pass
p = P()
print(p == p, p != p, p == P(), p.__eq__(1), p.__ne__(p), p.__lt__(p), object.__eq__(p, p))
print(repr(p).startswith("<__main__.P object at 0x"), str(p) == repr(p), format(p, "") == str(p))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: p < p)
t(lambda: p <= P())
t(lambda: format(p, "x"))
t(lambda: sorted(n for n in object.__dir__(p) if not n.startswith("__")))
t(lambda: type(p.__sizeof__()).__name__)
t(lambda: P.__subclasshook__(int))
t(lambda: object.__subclasshook__())
t(lambda: p.__reduce__()[0].__name__)
t(lambda: p.__reduce_ex__(0)[0].__name__)
t(lambda: p.__class__.__name__)
t(lambda: P.__init__ is object.__init__)
t(lambda: P.__new__ is object.__new__)
t(lambda: object.__str__(5))
t(lambda: object.__repr__(5)[:14])
t(lambda: object.__hash__(5) == hash(5))
t(lambda: object.__ne__(5, 5))
t(lambda: object.__eq__(5, 6))
t(lambda: object.__init_subclass__())
t(lambda: object.__format__(5, ""))
t(lambda: object.__format__(5, "d"))
class Str:
    def __str__(self): return "S"
t(lambda: (format(Str()), "{}".format(Str()), f"{Str()}", object.__format__(Str(), "")))
class Eq:
    def __eq__(self, o): return "eq-result"
t(lambda: Eq() != Eq())
class Ne:
    def __ne__(self, o): return "ne-result"
t(lambda: Ne() == Ne())
t(lambda: object() == object())
t(lambda: type(object().__reduce_ex__(4)).__name__)
t(lambda: object().__getstate__())
