# sys.set_asyncgen_hooks / get_asyncgen_hooks and coroutine origin tracking.
import sys

print(sys.get_asyncgen_hooks(), type(sys.get_asyncgen_hooks()).__name__)
seen = []
def firstiter(agen):
    seen.append(("first", agen.__name__))
finalized = []
def finalizer(agen):
    finalized.append(agen.__name__)
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer, h[0] is firstiter, len(h))
for bad in [dict(firstiter=5), dict(finalizer="x")]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print(e)
try:
    sys.set_asyncgen_hooks(bogus=1)
except TypeError as e:
    print(e)

async def agen():
    yield 1
    yield 2

a = agen()
print(seen)
aw = a.__anext__()
print(seen)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
a.__anext__()
print(seen)
a.__del__()
print(finalized)
b = agen()
b.aclose()
print(seen)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=firstiter)
sys.set_asyncgen_hooks(finalizer=finalizer)
print(sys.get_asyncgen_hooks().firstiter is firstiter)
sys.set_asyncgen_hooks(None, None)

print(sys.get_coroutine_origin_tracking_depth())
async def coro():
    pass
def make():
    return coro()
c = make()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
c = make()
print([(name, line) for _, line, name in c.cr_origin])
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(e)
sys.set_coroutine_origin_tracking_depth(0)
print(sys.get_coroutine_origin_tracking_depth())
