# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("leaked")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)

def via_next():
    it = iter([])
    yield next(it)
try:
    list(via_next())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

async def coro_stop():
    raise StopIteration
c = coro_stop()
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def agen():
    yield 1
    raise StopAsyncIteration
a = agen()
try:
    a.asend(None).send(None)
except StopIteration as e:
    print("first value", e.value)
try:
    a.asend(None).send(None)
except RuntimeError as e:
    print(e)

async def agen2():
    yield 1
    raise StopIteration
a = agen2()
try:
    a.asend(None).send(None)
except StopIteration:
    pass
try:
    a.asend(None).send(None)
except RuntimeError as e:
    print(e)

def subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
g = subclass()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def returns():
    yield 1
    return 2
print(list(returns()))
gen = (next(iter([])) for _ in range(2))
try:
    list(gen)
except RuntimeError as e:
    print("genexpr:", e)
