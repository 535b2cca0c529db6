# Coroutine attributes: cr_await, cr_frame, cr_running, cr_suspended, cr_code, cr_origin.
import sys

class Suspend:
    def __await__(self):
        yield "x"

async def inner():
    await Suspend()

async def outer():
    await inner()

c = outer()
print(c.cr_await, c.cr_running, c.cr_suspended, c.cr_frame is not None, c.cr_code.co_name, c.cr_origin)
c.send(None)
aw = c.cr_await
print(type(aw).__name__, aw.__qualname__, type(aw.cr_await).__name__, c.cr_suspended)
print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
c.close()
print(c.cr_frame, c.cr_await, c.cr_suspended)

async def running():
    return c2.cr_running
c2 = running()
try:
    c2.send(None)
except StopIteration as e:
    print("cr_running inside:", e.value)
print(repr(c2).startswith("<coroutine object running at 0x"))
print(outer.__code__.co_flags & 0x80 != 0)
async def named():
    pass
n = named()
n.__name__ = "other"
n.__qualname__ = "Q.other"
print(n.__name__, n.__qualname__)
n.close()
print(sys.get_coroutine_origin_tracking_depth() if hasattr(sys, "get_coroutine_origin_tracking_depth") else 0)
