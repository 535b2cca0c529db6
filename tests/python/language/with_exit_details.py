# __exit__ details: arguments received, truthy return values, exceptions inside __exit__, nested managers unwinding.
class CM:
    def __init__(self, ret=None, name="cm"): self.ret = ret; self.name = name
    def __enter__(self): return self
    def __exit__(self, typ, val, tb):
        print(self.name, "exit", typ.__name__ if typ else None, repr(val), type(tb).__name__)
        return self.ret
with CM("yes"):
    raise ValueError("suppressed by truthy str")
with CM(0):
    pass
try:
    with CM(0):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", repr(e))
with CM([1]):
    raise IndexError
print("after list-truthy suppression")
try:
    with CM(name="outer"), CM(name="inner"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))
class BadBoolRet:
    def __enter__(self): return self
    def __exit__(self, *a):
        class B:
            def __bool__(self): raise ZeroDivisionError("bool of exit result")
        return B()
try:
    with BadBoolRet():
        raise ValueError("v")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def gen_with():
    with CM(name="in-generator"):
        yield 1
        yield 2
g = gen_with()
print(next(g))
g.close()
def ret_in_with():
    with CM(name="return"):
        return "value"
print(ret_in_with())
for i in range(2):
    with CM(name=f"loop{i}"):
        if i == 0:
            continue
        break
import contextlib
@contextlib.contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag.upper()
    except ValueError as e:
        print("handled in generator", e)
    finally:
        print("teardown", tag)
with managed("a") as m:
    print("using", m)
with managed("b"):
    raise ValueError("inside")
with contextlib.suppress(KeyError):
    {}["missing"]
print("suppress ok")
with contextlib.ExitStack() as stack:
    for n in range(2):
        stack.enter_context(CM(name=f"stack{n}"))
    print("stack body")
