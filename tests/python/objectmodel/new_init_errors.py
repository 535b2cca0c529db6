# __new__ vs __init__ argument errors, object.__new__/__init__ excess-argument rules, __call__.
def t(f):
    try:
        r = f()
        print(type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Plain: pass
t(lambda: Plain(1))
t(lambda: Plain(a=1))
t(lambda: object(1))
t(lambda: object.__new__(Plain, 1))
t(lambda: object.__init__(Plain(), 1))
class OnlyInit:
    def __init__(self, a): self.a = a
t(lambda: OnlyInit(1))
t(lambda: OnlyInit())
t(lambda: OnlyInit(1, 2))
t(lambda: object.__new__(OnlyInit, 1))
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
t(lambda: OnlyNew(1))
t(lambda: OnlyNew())
t(lambda: object.__init__(OnlyNew(1), 1))
class BadNew:
    def __new__(cls, *a): return super().__new__(cls, *a)
t(lambda: BadNew(1))
class BadInit:
    def __init__(self, *a): super().__init__(*a)
t(lambda: BadInit(1))
class Both:
    def __new__(cls, *a, **k): print("new", a, k); return super().__new__(cls)
    def __init__(self, *a, **k): print("init", a, k)
t(lambda: Both(1, x=2))
class NewReturnsOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
t(lambda: NewReturnsOther())
class NewReturnsSub:
    def __new__(cls): return object.__new__(Sub)
    def __init__(self): print("init runs for subclass instance")
class Sub(NewReturnsSub): pass
t(lambda: NewReturnsSub())
class InitReturns:
    def __init__(self): return 1
t(lambda: InitReturns())
t(lambda: object.__new__(int))
t(lambda: object.__new__(1))
t(lambda: object.__new__())
t(lambda: int.__new__(str))
t(lambda: int.__new__(Plain))
t(lambda: list.__new__(tuple))
t(lambda: object.__init__())
class Callable:
    def __call__(self, *a, **k): return ("called", a, k)
c = Callable()
print(c(1, k=2), callable(c), callable(Callable), callable(1))
t(lambda: Plain()())
t(lambda: 5())
t(lambda: "s"())
class CallViaGetattr:
    def __getattr__(self, n): return lambda: "from getattr"
t(lambda: CallViaGetattr()())
class CallAttr: pass
ca = CallAttr(); ca.__call__ = lambda: 1
t(lambda: ca())
class CallNone:
    __call__ = None
t(lambda: CallNone()())
class CallStatic:
    __call__ = staticmethod(lambda *a: ("static", a))
print(CallStatic()(1))
class Meta(type):
    def __call__(cls, *a):
        return ("meta call", a)
class WithMeta(metaclass=Meta): pass
print(WithMeta(1, 2))
class InitSub(int):
    def __init__(self, v, extra=None): self.extra = extra
t(lambda: InitSub(5, extra="e"))
x = InitSub(5); print(x, x.extra)
t(lambda: InitSub(5, 6, 7))
class NewOverride(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(NewOverride("abc"))
t(lambda: type.__call__(Plain))
t(lambda: type.__call__(1))
