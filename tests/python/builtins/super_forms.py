# super(): zero-argument form, two-argument forms (instance and class), in classmethods, MRO walking and errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class A:
    def who(self): return ['A']
    @classmethod
    def cm(cls): return ['A.cm', cls.__name__]
    @staticmethod
    def sm(): return 'A.sm'
    @property
    def prop(self): return 'A.prop'
    def __repr__(self): return type(self).__name__ + '()'
class B(A):
    def who(self): return ['B'] + super().who()
    @classmethod
    def cm(cls): return ['B.cm'] + super().cm()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
    def explicit(self): return super(B, self).who()
    def prop_via_super(self): return super().prop
    def static_via_super(self): return super().sm()
d = D()
print(d.who(), d.explicit(), D.cm(), d.prop_via_super(), d.static_via_super(), [k.__name__ for k in D.__mro__])
print(super(D, d).who(), super(C, d).who(), super(D, D).cm(), super(B, D).cm(), super(D, d).__class__.__name__)
s = super(B, d)
print(s.__thisclass__.__name__, s.__self__, s.__self_class__.__name__, super(B, D).__self__.__name__)
print(super(D).__thisclass__.__name__, super(D).__self__, super(D).__self_class__)
print(repr(super(B, d)), repr(super(D)))
show(super, D, 1); show(super, 1, d); show(super, C, B()); show(super, B, A); show(super, 1)
show(super); show(super, D, d, 3)
show(lambda: super(D, d).missing); show(lambda: super(D, d).nonexist())
def outside():
    return super()
show(outside)
class E:
    def no_args(self):
        def inner():
            return super()
        return inner()
show(E().no_args)
class F(A):
    def who(self):
        self = None
        return super().who()
show(F().who)
class G(A):
    def who(*args): return super().who()
show(G().who)
class H(A):
    def __init__(self):
        self.setting = super().__repr__()
    def __getattr__(self, name): return 'getattr:' + name
print(H().setting, super(H, H()).__init__ is not None)
class Base:
    def __init__(self, **kw):
        self.kw = kw
class Mixin:
    def __init__(self, mix=None, **kw):
        self.mix = mix
        super().__init__(**kw)
class Combined(Mixin, Base):
    def __init__(self, **kw):
        super().__init__(**kw)
c = Combined(mix='m', other=1)
print(c.mix, c.kw)
class Setter(A):
    def set_it(self):
        super().__setattr__('via_super', 1)
        return self.via_super
print(Setter().set_it())
show(lambda: setattr(super(B, d), 'x', 1))
class NewSuper:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
print(NewSuper(1, 2).args)
class Cls(A):
    @classmethod
    def make(cls): return super().cm()
print(Cls.make(), Cls().make())
class Meta(type):
    def __call__(cls, *a):
        return ('meta call', super().__call__(*a).__class__.__name__)
class WithMeta(metaclass=Meta): pass
print(WithMeta())
class Sub(list):
    def append(self, x): super().append(x * 2)
    def __len__(self): return super().__len__() + 100
sl = Sub(); sl.append(3)
print(sl, len(sl), super(Sub, sl).__len__())
ss = super(A, A())
print(type(ss).__name__, ss.__thisclass__ is A, hasattr(ss, 'who'))
