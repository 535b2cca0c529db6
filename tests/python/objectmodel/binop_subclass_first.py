# Binary operators with the subclass-first rule for builtin and user types, and rich comparison reflection.
class MyInt(int):
    def __radd__(self, o): return f"MyInt.radd({o})"
    def __rsub__(self, o): return NotImplemented
    def __lt__(self, o): return "MyInt.lt"
    def __gt__(self, o): return "MyInt.gt"
    def __eq__(self, o): return "MyInt.eq"
print(1 + MyInt(2), MyInt(2) + 1, 5 - MyInt(1), 1 < MyInt(2), MyInt(2) > 1, 1 == MyInt(1))
class MyStr(str):
    def __radd__(self, o): return "MyStr.radd"
    def __rmod__(self, o): return "MyStr.rmod"
print("a" + MyStr("b"), "%s" % MyStr("x"), MyStr("b") + "a")
class MyList(list):
    def __radd__(self, o): return "MyList.radd"
print([1] + MyList([2]))
class Base:
    def __eq__(self, o): print("Base.eq"); return NotImplemented
    def __lt__(self, o): print("Base.lt"); return NotImplemented
    def __le__(self, o): print("Base.le"); return NotImplemented
class Derived(Base):
    def __eq__(self, o): print("Derived.eq"); return NotImplemented
    def __gt__(self, o): print("Derived.gt"); return NotImplemented
    def __ge__(self, o): print("Derived.ge"); return NotImplemented
print(Base() == Derived())
print(Derived() == Base())
try:
    Base() < Derived()
except TypeError as e:
    print(e)
try:
    Base() <= Derived()
except TypeError as e:
    print(e)
print(Base() != Derived())
class NE:
    def __eq__(self, o): return "eq-result"
print(NE() != NE(), NE() != 1)
class OnlyNe:
    def __ne__(self, o): return True
x = OnlyNe()
print(x == x, x == OnlyNe())
class Float2(float):
    def __rtruediv__(self, o): return "Float2.rtruediv"
    def __rpow__(self, o, mod=None): return "Float2.rpow"
print(1 / Float2(2), 2.0 / Float2(2), 2 ** Float2(3), pow(2, Float2(3)))
class Complex2(complex):
    def __rmul__(self, o): return "C2.rmul"
print(2 * Complex2(1), 2.5 * Complex2(1), Complex2(1) * 2)
class Bool2(int):
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
print(True & Bool2(1), False | Bool2(0))
class Set2(set):
    def __rsub__(self, o): return "Set2.rsub"
    def __rxor__(self, o): return "Set2.rxor"
print({1} - Set2(), {1} ^ Set2(), frozenset() - Set2())
class Tup(tuple):
    def __radd__(self, o): return "Tup.radd"
    def __rmul__(self, o): return "Tup.rmul"
print((1,) + Tup(), 3 * Tup((1,)), Tup((1,)) * 2)
