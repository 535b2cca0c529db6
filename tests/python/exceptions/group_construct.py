# ExceptionGroup and BaseExceptionGroup: construction rules, messages, attributes.
def attempt(f):
    try:
        r = f()
        print(type(r).__name__, repr(r), str(r))
    except Exception as x:
        print(type(x).__name__, x)

attempt(lambda: ExceptionGroup("m", [ValueError(1)]))
attempt(lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))
attempt(lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("m", []))
attempt(lambda: ExceptionGroup("m", [1]))
attempt(lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup("m"))
attempt(lambda: ExceptionGroup("m", [ValueError()], 3))
attempt(lambda: ExceptionGroup("m", ValueError()))
attempt(lambda: ExceptionGroup("m", {ValueError()}))
attempt(lambda: ExceptionGroup("m", None))
attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt(lambda: ExceptionGroup("m", [ValueError]))
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__)
try:
    eg.message = "x"
except AttributeError as x:
    print(x)
try:
    eg.exceptions = ()
except AttributeError as x:
    print(x)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), ExceptionGroup.__mro__)
print(ExceptionGroup.__module__, BaseExceptionGroup.__module__, ExceptionGroup.__name__)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
lst = [ValueError(1)]
eg = ExceptionGroup("m", lst)
print(eg.args[1] is lst, eg.exceptions)
class MyEG(ExceptionGroup):
    pass
attempt(lambda: MyEG("m", [ValueError()]))
attempt(lambda: MyEG("m", [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup):
    pass
attempt(lambda: MyBEG("m", [ValueError()]))
attempt(lambda: MyBEG("m", [KeyboardInterrupt()]))
class Both(BaseExceptionGroup, Exception):
    pass
attempt(lambda: Both("m", [KeyboardInterrupt()]))
class WithInit(ExceptionGroup):
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
        self.extra = extra
    def __new__(cls, message, excs, extra):
        return super().__new__(cls, message, excs)
w = WithInit("m", [ValueError()], 9)
print(type(w).__name__, w.extra, w.args)
print(str(ExceptionGroup("", [ValueError()])), repr(ExceptionGroup("", [ValueError()])))
print(repr(ExceptionGroup("x", (ValueError(), ValueError()))))
print(eg.__weakref__ if hasattr(eg, "__weakref__") else "no weakref attribute")
print('__weakref__' in dir(ExceptionGroup), '__module__' in dir(ExceptionGroup))
print(sorted(set(dir(BaseExceptionGroup)) - set(dir(BaseException))))
attempt(lambda: ExceptionGroup("m", {ValueError(): 1}))
class Seq:
    def __len__(self):
        return 1
    def __getitem__(self, i):
        if i == 0:
            return ValueError("s")
        raise IndexError
g = ExceptionGroup("m", Seq())
print(g.exceptions, type(g.args[1]).__name__)
attempt(lambda: ExceptionGroup("m", range(0)))
attempt(lambda: ExceptionGroup("m", "ab"))
