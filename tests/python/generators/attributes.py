# Generator attributes: gi_frame, gi_running, gi_code, gi_yieldfrom, gi_suspended, names.
import types

def state(g):
    if g.gi_running:
        return 'GEN_RUNNING'
    if g.gi_frame is None:
        return 'GEN_CLOSED'
    return 'GEN_SUSPENDED' if g.gi_suspended else 'GEN_CREATED'

def gen(a):
    x = yield a
    yield x

g = gen(1)
print(g.__name__, g.__qualname__, g.gi_code is gen.__code__, g.gi_code.co_name)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_frame is not None)
print(state(g))
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_suspended, state(g), g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
for _ in g:
    pass
print(g.gi_frame, g.gi_suspended, state(g))
g = gen(2)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
for bad in [5, None]:
    try:
        g.__name__ = bad
    except TypeError as e:
        print(e)
    try:
        g.__qualname__ = bad
    except TypeError as e:
        print(e)
try:
    del g.__name__
except TypeError as e:
    print(e)
try:
    g.gi_frame = None
except AttributeError as e:
    print("AttributeError")
class C:
    def meth(self):
        yield
print(C().meth().__qualname__)
print(type(g) is types.GeneratorType, type(g).__name__, type(g).__module__ if hasattr(type(g), "__module__") else None)
print(isinstance(g, types.GeneratorType), bool(gen.__code__.co_flags & 0x20))
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "__del__"))
try:
    types.GeneratorType()
except TypeError as e:
    print(e)
ge = (x for x in [])
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name)
def outer():
    def inner():
        yield
    return inner()
print(outer().__qualname__)
print(g.gi_code.co_flags & 0x20 != 0)
import sys
def frame_back():
    yield sys._getframe().f_back.f_code.co_name
def caller():
    return next(frame_back())
print(caller())
