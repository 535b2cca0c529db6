# C3 method resolution order, its errors, mro() overrides and __mro__/__bases__ assignment.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()], Z.__bases__ == (K1, K2, K3), Z.__base__.__name__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class X: pass
class Y(X): pass
t(lambda: type("Bad", (X, Y), {}))
t(lambda: type("Bad", (X, X), {}))
t(lambda: type("Bad", (object, X), {}))
class P(A, B): pass
class Q(B, A): pass
t(lambda: type("Bad", (P, Q), {}))
t(lambda: type("Bad", (1,), {}))
t(lambda: type("Bad", (bool,), {}))
t(lambda: type("Bad", (int, str), {}))
t(lambda: type("Bad", (list, dict), {}))
t(lambda: type("Ok", (int, A), {}).__mro__)
class Meta(type):
    def mro(cls):
        print("custom mro for", cls.__name__)
        return [cls, A, object] if cls.__name__ == "Custom" else super().mro()
class Custom(metaclass=Meta): pass
print([k.__name__ for k in Custom.__mro__])
class BadMeta(type):
    def mro(cls): return [1]
t(lambda: BadMeta("BM", (), {}))
t(lambda: setattr(A, "__bases__", (B,)) or [k.__name__ for k in A.__mro__])
t(lambda: setattr(A, "__bases__", ()))
t(lambda: setattr(A, "__bases__", (A,)))
t(lambda: setattr(K1, "__bases__", (K1,)))
t(lambda: setattr(A, "__mro__", ()))
t(lambda: setattr(int, "__bases__", (object,)))
t(lambda: setattr(A, "__bases__", (int,)))
t(lambda: setattr(A, "__bases__", (O,)) or [k.__name__ for k in K1.__mro__])
print(object.__mro__, object.__bases__, object.__base__, type.__mro__, bool.__mro__)
print(int.__subclasses__()[:1], [c.__name__ for c in O.__subclasses__()])
