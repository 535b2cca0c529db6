# classmethod and staticmethod: binding, subclassing, repr, attributes copied from the wrapped function.
class A:
    @classmethod
    def c(cls, x): return (cls.__name__, x)
    @staticmethod
    def s(x): return x * 2
class B(A): pass
class MyCM(classmethod): pass
class C:
    @MyCM
    def m(cls): return cls
print(A.c(1), B.c(2), B().c(3), A.s(4), A().s(5), C.m(), type(C.__dict__['m']).__name__)
print(repr(staticmethod(len)), staticmethod(len)([1]), classmethod(len).__func__, staticmethod(abs).__wrapped__)
def f(a: int):
    "doc"
sm = staticmethod(f); sm.x = 1; print(sorted(sm.__dict__), classmethod(len).__isabstractmethod__)
try: staticmethod()
except TypeError as e: print(e)
try: classmethod(1, 2)
except TypeError as e: print(e)
def f():
    "doc"
print(sorted(staticmethod(f).__dict__.items()), classmethod(f).__doc__, classmethod(f).__name__)
