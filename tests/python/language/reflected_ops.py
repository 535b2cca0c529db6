# Reflected operators, NotImplemented paths, the subclass-first rule and error messages.
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"{type(self).__name__}({self.n})"
    def __add__(self, o):
        print(f"{self!r}.__add__({o!r})")
        return NotImplemented if not isinstance(o, (int, V)) else V(self.n + (o.n if isinstance(o, V) else o))
    def __radd__(self, o):
        print(f"{self!r}.__radd__({o!r})")
        return NotImplemented if not isinstance(o, int) else V(o + self.n)
    def __lt__(self, o):
        print(f"{self!r}.__lt__({o!r})"); return NotImplemented
    def __gt__(self, o):
        print(f"{self!r}.__gt__({o!r})"); return NotImplemented

class W(V):
    def __radd__(self, o):
        print(f"{self!r}.__radd__({o!r})"); return "W-radd"
    def __gt__(self, o):
        print(f"{self!r}.__gt__({o!r})"); return "W-gt"

class X(V):
    pass

print(V(1) + 2)
print(2 + V(1))
print(V(1) + V(2))
print(V(1) + W(2))   # subclass overriding __radd__ goes first
print(V(1) + X(2))   # subclass not overriding: left first
print(V(1) < W(2))   # reflected __gt__ of subclass first
try:
    V(1) < V(2)
except TypeError as e:
    print(e)
try:
    V(1) + "s"
except TypeError as e:
    print(e)
try:
    "s" + V(1)
except TypeError as e:
    print(e)

class R:
    def __rsub__(self, o): return ("rsub", o)
    def __rpow__(self, o): return ("rpow", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __rlshift__(self, o): return ("rlshift", o)
    def __rand__(self, o): return ("rand", o)
    def __rfloordiv__(self, o): return ("rfloordiv", o)
    def __rtruediv__(self, o): return ("rtruediv", o)
    def __rmod__(self, o): return ("rmod", o)
r = R()
print(1 - r, 2 ** r, 3 @ r, divmod(4, r), 5 << r, 6 & r, 7 // r, 8 / r, 9 % r)
print("%s" % r is not None)
try:
    pow(2, r, 5)
except TypeError as e:
    print(e)

class E:
    def __eq__(self, o):
        print("E.eq"); return NotImplemented
print(E() == E(), E() != E())
e = E()
print(e == e, e != e)
print(1 == E())

class Same:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): print("never"); return 0
try:
    Same() + Same()
except TypeError as ex:
    print(ex)
