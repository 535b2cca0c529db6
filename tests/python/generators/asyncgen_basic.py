# Async generators driven by hand: __anext__, asend, athrow, aclose and their awaitables.
class Suspend:
    def __await__(self):
        return (yield "tick")

def drive(aw, sends=()):
    sends = list(sends)
    try:
        r = aw.send(None)
        while True:
            print("  passed through:", r)
            r = aw.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stop",)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def agen():
    try:
        x = yield 1
        print("  agen got", x)
        await Suspend()
        y = yield 2
        print("  agen got", y)
    except ValueError as e:
        print("  agen caught", repr(e))
        yield "recovered"
    finally:
        print("  agen finally")

a = agen()
print(drive(a.__anext__()))
print(drive(a.asend("sent")))
print(drive(a.__anext__()))
print(drive(a.__anext__()))
print(drive(a.__anext__()))

a = agen()
print(drive(a.__anext__()))
print(drive(a.athrow(ValueError("thrown"))))
print(drive(a.aclose()))
print(drive(a.__anext__()))
print(drive(a.aclose()))

a = agen()
print(drive(a.aclose()))
print(drive(a.__anext__()))

async def ignores_exit():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
a = ignores_exit()
print(drive(a.__anext__()))
print(drive(a.aclose()))
print(drive(a.aclose()))
print(drive(a.__anext__()))

async def awaits_in_finally():
    try:
        yield 1
    finally:
        await Suspend()
        print("  cleanup after await")
a = awaits_in_finally()
print(drive(a.__anext__()))
print(drive(a.aclose()))

a = agen()
aw = a.__anext__()
print(drive(aw))
print(drive(aw))
aw = a.aclose()
print(drive(aw))
print(drive(aw))

a = agen()
try:
    a.asend(1).send(None)
except TypeError as e:
    print("TypeError", e)

async def returns():
    yield 1
    return
a = returns()
print(drive(a.__anext__()), drive(a.__anext__()))

a = agen()
aw1 = a.__anext__()
aw1.send(None) if False else None
print(drive(a.__anext__()))
inner = a.__anext__()
print(inner.send(None))
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    a.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    a.athrow(KeyError).send(None)
except RuntimeError as e:
    print("RuntimeError", e)
inner.close()
try:
    inner.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print(a.ag_running)
a2 = agen()
th = a2.athrow(KeyError)
th.close()
try:
    th.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    a2.aclose().send(5)
except RuntimeError as e:
    print("RuntimeError", e)
a.__del__()
print(a.ag_frame)
