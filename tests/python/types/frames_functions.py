# function, cell, frame and traceback objects: attributes and errors
import sys, types

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def outer(a, b=1, *, c=2):
    "outer doc"
    x = 10
    def inner(y):
        return x + y
    return inner

inner = outer(1)
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__defaults__, outer.__kwdefaults__, outer.__code__.co_varnames)
print(inner.__qualname__, inner(5), type(inner.__closure__[0]).__name__, inner.__closure__[0].cell_contents, outer.__closure__)
outer.__defaults__ = (7,); outer.__kwdefaults__ = None; outer.__doc__ = 'new'; outer.__name__ = 'renamed'; outer.attr = 3
print(outer.__defaults__, outer.__kwdefaults__, outer.__doc__, outer.__name__, outer.attr, outer.__dict__)
show(setattr, outer, '__name__', 1); show(setattr, outer, '__defaults__', 1); show(setattr, outer, '__code__', 1); show(delattr, outer, '__name__')
show(outer); show(outer, 1, 2, 3); show(outer, 1, d=4); show(inner, 1, 2); show(lambda: outer(b=1))
print(outer.__get__(None, int) is outer, type(outer.__get__(5)).__name__, outer.__globals__ is globals(), outer.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True)
c = types.CellType(); show(lambda: c.cell_contents); c.cell_contents = 4; print(c.cell_contents, types.CellType(5).cell_contents, types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2))
del c.cell_contents; show(lambda: c.cell_contents)
f2 = types.FunctionType(inner.__code__, globals(), 'made', None, inner.__closure__)
print(f2.__name__, f2(1), f2.__qualname__)
show(types.FunctionType, inner.__code__, globals()); show(types.FunctionType, 1, {})
frame = sys._getframe()
print(type(frame).__name__, frame.f_code.co_name, frame.f_lineno, frame.f_back, frame.f_globals is globals(), frame.f_locals is globals(), frame.f_lasti >= 0, frame.f_trace)
def where():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, sorted(fr.f_locals), fr.f_lineno, fr.f_back.f_lineno
print(where())
def gen():
    yield sys._getframe().f_code.co_name
print(next(gen()), gen().gi_frame.f_code.co_name, gen().gi_frame.f_lineno)
try:
    def fail():
        raise ValueError('boom')
    def mid():
        fail()
    mid()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb).__name__, tb.tb_lasti >= 0))
        tb = tb.tb_next
    print(names)
    t = e.__traceback__
    print(t.tb_next.tb_next.tb_next, type(t.tb_frame).__name__)
    t2 = types.TracebackType(None, t.tb_frame, 0, 5)
    print(t2.tb_lineno, t2.tb_next, t2.tb_lasti)
    show(types.TracebackType, 1, t.tb_frame, 0, 1); show(setattr, t2, 'tb_next', 1)
    t2.tb_next = t; print(t2.tb_next is t)
    show(setattr, t, 'tb_next', t2)
print(sys._getframe(0).f_code.co_name, sys._getframe(1) if False else '')
show(sys._getframe, 100)
