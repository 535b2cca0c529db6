# BaseExceptionGroup.split, subgroup and derive; tracebacks, causes and notes carried over.
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(e).__name__, e.message, ", ".join(leaves(x) for x in e.exceptions))
    return repr(e)

def show(r):
    if isinstance(r, tuple):
        print(tuple(leaves(x) if x is not None else None for x in r))
    else:
        print(leaves(r) if r is not None else None)

v1, v2, t1, k1 = ValueError(1), ValueError(2), TypeError(3), KeyError(4)
eg = ExceptionGroup("top", [v1, ExceptionGroup("inner", [t1, v2]), k1])
show(eg.split(ValueError))
show(eg.split(TypeError))
show(eg.split((TypeError, KeyError)))
show(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 2))
show(eg.split(Exception))
show(eg.split(OSError))
show(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
show(eg.subgroup(ValueError))
show(eg.subgroup(OSError))
show(eg.subgroup(lambda e: True))
print(eg.subgroup(lambda e: True) is eg, eg.split(Exception)[0] is eg)
for bad in [5, (ValueError, 5), "x", int]:
    try:
        eg.split(bad)
    except TypeError as x:
        print(x)
d = eg.derive([v1])
print(leaves(d), d.__traceback__, d.__cause__)
eg.__cause__ = RuntimeError("cause")
eg.__context__ = RuntimeError("ctx")
eg.add_note("a note")
try:
    raise eg
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(m.__cause__, m.__context__, m.__notes__, m.__traceback__ is caught.__traceback__)
    print(r.__notes__, r.__notes__ is caught.__notes__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
my = MyEG("mine", [v1, t1])
show(my.split(ValueError))
class NoDerive(ExceptionGroup):
    pass
nd = NoDerive("nd", [v1, t1])
show(nd.split(ValueError))
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("bd", [v1, t1]).split(ValueError)
except TypeError as x:
    print(x)
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
show(beg.split(ValueError))
show(beg.split(KeyboardInterrupt))
print(type(beg.derive([ValueError()])).__name__)
