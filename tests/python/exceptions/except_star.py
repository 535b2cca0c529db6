# except* semantics: matching, splitting, naked exceptions, re-raising, raising new ones.
def run(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for x in e.exceptions:
                print("   ", repr(x), repr(x.__context__) if not isinstance(x, BaseExceptionGroup) else "")

def f1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught", repr(e))
    except* TypeError as e:
        print("caught", repr(e))
run(f1)

def f2():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked wrapped", repr(e), e.exceptions[0].__traceback__ is not None)
run(f2)

def f3():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
run(f3)

def f4():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise
run(f4)

def f5():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError("new")
run(f5)

def f6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        raise e
run(f6)

def f7():
    try:
        raise TypeError("plain")
    except* ValueError:
        print("not reached")
run(f7)

def f8():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (TypeError, ValueError) as e:
        print("tuple match", repr(e))
run(f8)

def f9():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(f9)

def f10():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, ExceptionGroup):
        pass
run(f10)

def f11():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 5:
        pass
run(f11)

def f12():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
    except* TypeError as e:
        print("nested", repr(e))
        raise
run(f12)

def f13():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise KeyError("a")
        except* TypeError:
            raise KeyError("b")
    except ExceptionGroup as e:
        print("both raised:", repr(e), [repr(x.__context__) for x in e.exceptions])
run(f13)

def f14():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError:
            print("loop", i)
    print("after loop")
run(f14)

def f15():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("in handler")
    else:
        print("else")
    finally:
        print("finally")
run(f15)

def f16():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else when nothing raised")
run(f16)

def f17():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print(repr(sys.exc_info()[1]))
run(f17)

def f18():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print(type(e).__name__, repr(e))
run(f18)
eg = ExceptionGroup('g', [ValueError(1), TypeError(2)])
eg.add_note('n')
def f():
    try:
        raise eg
    except* ValueError:
        raise
try: f()
except ExceptionGroup as r: print(repr(r))
class MyEG2(ExceptionGroup):
    def derive(self, excs):
        e = MyEG2(self.message.upper(), excs)
        return e
def f():
    try:
        raise MyEG2("mine", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        print("match", repr(v))
try:
    f()
except BaseException as e:
    print("rest", repr(e))
