# Traceback objects: tb_frame, tb_lineno, tb_lasti, tb_next (writable), and the constructor.
import sys, types

def inner():
    raise ValueError("x")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    t = tb
    while t is not None:
        print(t.tb_frame.f_code.co_name, t.tb_lineno, type(t.tb_lasti).__name__, t.tb_lasti >= 0)
        t = t.tb_next
        n += 1
    print(n, type(tb).__name__, type(tb) is types.TracebackType)
    print(sys.exc_info()[2] is tb)
    tb.tb_next = None
    print(tb.tb_next)
    try:
        tb.tb_next = 5
    except TypeError as x:
        print(x)
    try:
        tb.tb_next = tb
    except ValueError as x:
        print(x)
    try:
        tb.tb_lineno = 3
    except AttributeError as x:
        print(type(x).__name__)
    f = sys._getframe()
    new = types.TracebackType(None, f, 4, 7)
    print(new.tb_next, new.tb_frame is f, new.tb_lasti, new.tb_lineno)
    for args in [(5, f, 1, 1), (None, 5, 1, 1), (None, f, "a", 1)]:
        try:
            types.TracebackType(*args)
        except TypeError as x:
            print(x)
    try:
        types.TracebackType(tb_next=None, tb_frame=f, tb_lasti=1, tb_lineno=2)
    except TypeError as x:
        print(x)
    e2 = KeyError().with_traceback(new)
    print(e2.__traceback__ is new)
    e2.__traceback__ = None
    print(e2.__traceback__)
    try:
        e2.__traceback__ = 5
    except TypeError as x:
        print(x)
    try:
        KeyError().with_traceback(5)
    except TypeError as x:
        print(x)
    try:
        del e2.__traceback__
    except TypeError as x:
        print(x)
print(sys.exc_info())
# re-raising appends to the traceback
def reraiser():
    try:
        inner()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    t = e.__traceback__
    names = []
    while t:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(names)
# raise e keeps the traceback and adds the new raise point
saved = None
try:
    inner()
except ValueError as e:
    saved = e
try:
    raise saved
except ValueError as e:
    t = e.__traceback__
    names = []
    while t:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(names)
print(dir(tb))
