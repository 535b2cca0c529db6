# super(): zero-argument form with the __class__ cell, classmethods, staticmethods, errors and explicit forms.
class A:
    def who(self): return "A"
    @classmethod
    def cm(cls): return f"A.cm({cls.__name__})"
    def __init__(self): self.inited = ["A"]
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def cm(cls): return "B>" + super().cm()
    def __init__(self):
        super().__init__(); self.inited.append("B")
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
    def cls_cell(self): return __class__
print(D().who(), D.cm(), B().inited, D().cls_cell().__name__)
print(super(B, D()).who(), super(C, D()).who(), super(D, D).cm())
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def nocls(): return super()
t(nocls)
class E:
    @staticmethod
    def s(): return super()
    def noargs(): return super()
    def del_self(self):
        del self
        return super()
    def reassign(self):
        self = 5
        return super().__repr__()
t(E.s)
t(E.noargs)
t(lambda: E().del_self())
t(lambda: E().reassign())
t(lambda: super(int, "s"))
t(lambda: super(1, 2))
t(lambda: super(B, A()))
t(lambda: super(A, A()).nope)
s = super(B, D())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(repr(super(B, B()))[:30])
print(super(B, B).who(B()), super(B).__thisclass__.__name__, super(B).__self__)
class F(A):
    def who(self):
        return (lambda: super().who())()
    def gen(self):
        yield super().who()
    def comp(self):
        return [super().who() for _ in range(1)]
t(lambda: F().who())
t(lambda: next(F().gen()))
t(lambda: F().comp())
class G(A):
    def __init_subclass__(cls, **kw):
        print("G.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__()
class H(G, tag=1): pass
class Prop(A):
    @property
    def who2(self): return super().who()
print(Prop().who2)
class Setter:
    x = 1
class SSub(Setter):
    def set(self):
        super().x
        try:
            super().x = 5
        except AttributeError as e:
            print("AttributeError:", e)
SSub().set()
class NewSuper:
    def __new__(cls, *a):
        obj = super().__new__(cls)
        obj.args = a
        return obj
print(NewSuper(1, 2).args)
class Outer:
    def m(self):
        class Inner:
            def f(inner_self): return __class__.__name__
        return Inner().f(), __class__.__name__
print(Outer().m())
