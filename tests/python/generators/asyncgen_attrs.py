# Async generator attributes: ag_await, ag_frame, ag_running, ag_code, names, repr, aiter.
class Suspend:
    def __await__(self):
        return (yield "tick")

async def agen():
    await Suspend()
    yield 1

a = agen()
print(a.__name__, a.__qualname__, a.ag_code.co_name, a.ag_running, a.ag_await, a.ag_frame is not None)
print(a.__aiter__() is a, repr(a).startswith("<async_generator object agen at 0x"))
aw = a.__anext__()
print(aw.send(None))
print(a.ag_running, type(a.ag_await).__name__, a.ag_frame.f_lineno)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value)
print(a.ag_running)
print(hasattr(a, "send"), hasattr(a, "ag_suspended"), hasattr(a, "close"))
print(agen.__code__.co_flags & 0x200 != 0)
class Outer:
    async def meth(self):
        yield
print(Outer().meth().__qualname__)
import types
print(type(a) is types.AsyncGeneratorType)
