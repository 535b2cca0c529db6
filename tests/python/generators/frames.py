# Generator frames: f_back only while running, gi_frame.f_lasti, pickling refused.
import sys, copy
def gen():
    f = sys._getframe()
    yield f.f_back.f_code.co_name if f.f_back else None
    yield f.f_back.f_code.co_name if f.f_back else None
g = gen()
def caller1():
    return next(g)
def caller2():
    return next(g)
print(caller1(), caller2())
try:
    copy.copy(gen())
except TypeError as e:
    print(e)
try:
    gen().__reduce__()
except TypeError as e:
    print(e)
print(gen().__class__, hash(gen()) is not None, gen() == gen())
g = gen()
print(g.gi_frame.f_lasti, g.gi_frame.f_back)
next(g)
print(g.gi_frame.f_back)
def outer():
    yield from inner()
def inner():
    yield sys._getframe().f_back.f_code.co_name
print(next(outer()))
async def c():
    return sys._getframe().f_back
co = c()
try:
    co.send(None)
except StopIteration as e:
    print(e.value.f_code.co_name)
