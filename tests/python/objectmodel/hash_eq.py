# __hash__ = None, the implicit __hash__ = None when __eq__ is defined, inheritance and hash() errors.
class A:
    def __eq__(self, o): return True
print(A.__hash__, "__hash__" in A.__dict__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: hash(A()))
t(lambda: {A()})
t(lambda: {A(): 1})
class B(A):
    pass
t(lambda: hash(B()))
class C(A):
    __hash__ = object.__hash__
t(lambda: type(hash(C())).__name__)
class D:
    __hash__ = None
t(lambda: hash(D()))
from collections.abc import Hashable
print(isinstance(A(), Hashable), isinstance(C(), Hashable), isinstance(D(), Hashable), isinstance(1, Hashable))
class E:
    def __hash__(self): return 2 ** 70
print(hash(E()), hash(E()) == hash(2 ** 70))
class F:
    def __hash__(self): return "x"
t(lambda: hash(F()))
class G:
    def __hash__(self): return -1
print(hash(G()))
class H(int):
    def __eq__(self, o): return False
t(lambda: hash(H(3)))
class I(int):
    pass
print(hash(I(5)), hash(True), hash(1.0) == hash(1), hash(-1), hash(-2))
class J:
    def __eq__(self, o): return NotImplemented
    __hash__ = lambda self: 7
print(hash(J()))
class K:
    def __hash__(self): return True
print(hash(K()))
class L:
    def __hash__(self): return I(11)
print(hash(L()), type(hash(L())).__name__)
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash((1, [2])))
print(hash(frozenset()) == hash(frozenset()), hash(()) == hash(()), hash(None) == hash(None))
class M:
    def __eq__(self, o): return True
    def __hash__(self): return 1
m1, m2 = M(), M()
print(len({m1, m2}), len({1: 1, 1.0: 2, True: 3}))
class N:
    __eq__ = None
print(N.__hash__ is None)
class ONE:
    pass
ONE.__eq__ = lambda s, o: True
print(ONE.__hash__ is object.__hash__, type(hash(ONE())).__name__)
