# Coroutines driven by hand: send, throw, close, await chains, reuse and never-awaited errors.
import types

class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value

async def leaf(x):
    got = await Suspend()
    return x + got

async def middle():
    a = await leaf(1)
    b = await leaf(10)
    return a + b

c = middle()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send(100))
try:
    c.send(200)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print(e)
print(c.close())

async def catcher():
    try:
        await Suspend()
    except KeyError as e:
        return "caught " + repr(e)
c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

c = catcher()
c.send(None)
c.close()
print(c.cr_frame)

async def simple():
    return 5
c = simple()
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()
s = simple()
try:
    iter(s)
except TypeError as e:
    print(e)
try:
    next(s)
except TypeError as e:
    print(e)
s.close()
c = simple()
w = c.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)
try:
    next(w)
except RuntimeError as e:
    print(e)

async def awaits_twice(coro):
    await coro
    await coro
c = awaits_twice(simple())
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def await_bad():
    await 5
try:
    await_bad().send(None)
except TypeError as e:
    print(e)

class BadAwait:
    def __await__(self):
        return 5
async def await_bad2():
    await BadAwait()
try:
    await_bad2().send(None)
except TypeError as e:
    print(e)

keep = []
class CoroAwait:
    def __await__(self):
        keep.append(simple())
        return keep[-1]
async def await_bad3():
    await CoroAwait()
c3 = await_bad3()
try:
    c3.send(None)
except TypeError as e:
    print(e)

@types.coroutine
def gen_based():
    v = yield "from generator-based"
    return v * 2

async def uses_gen_based():
    return await gen_based()
c = uses_gen_based()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print(e.value)

def plain_gen():
    yield
async def await_plain():
    await plain_gen()
try:
    await_plain().send(None)
except TypeError as e:
    print(e)

async def being_awaited():
    await Suspend()
inner = being_awaited()
async def first():
    await inner
async def second():
    await inner
f = first()
f.send(None)
try:
    second().send(None)
except RuntimeError as e:
    print(e)
f.close()
keep[0].close()
