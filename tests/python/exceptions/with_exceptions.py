# Exceptions and context managers: what __exit__ receives, suppression, errors in __exit__.
class Cm:
    def __init__(self, name, suppress=False, fail=None):
        self.name, self.suppress, self.fail = name, suppress, fail
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(self.name, "exit", t.__name__ if t else None, repr(v), tb is not None and tb.tb_frame.f_code.co_name)
        if self.fail:
            raise self.fail
        return self.suppress

def body():
    with Cm("a"):
        raise ValueError("in body")
try:
    body()
except ValueError as e:
    print("propagated", repr(e))

with Cm("s", suppress=True):
    raise KeyError("suppressed")
print("after suppressed")

try:
    with Cm("f", fail=RuntimeError("exit failed")):
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

try:
    with Cm("outer"), Cm("inner", fail=TypeError("inner exit")):
        raise ValueError("body")
except TypeError as e:
    print(repr(e), repr(e.__context__))

class Truthy:
    def __bool__(self):
        return True
class CmTruthy(Cm):
    def __exit__(self, *a):
        super().__exit__(*a)
        return Truthy()
with CmTruthy("t"):
    raise IndexError
print("truthy suppresses")

class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("bool failed")
class CmBad(Cm):
    def __exit__(self, *a):
        return BadBool()
try:
    with CmBad("b"):
        raise IndexError("x")
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__))

def gen_cm():
    with Cm("g"):
        yield 1
g = gen_cm()
next(g)
g.close()
try:
    with object():
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
