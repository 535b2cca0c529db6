# The forms of raise: classes, instances, re-raising, tracebacks growing, with_traceback(None).
def level(n, exc):
    if n == 0:
        raise exc
    level(n - 1, exc)

def frames(e):
    out = []
    t = e.__traceback__
    while t:
        out.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    return out

try:
    level(2, ValueError)
except ValueError as e:
    print(repr(e), frames(e))
err = KeyError("reused")
for i in range(2):
    try:
        level(1, err)
    except KeyError as e:
        print(i, frames(e), e is err)
try:
    try:
        level(1, TypeError("t"))
    except TypeError as e:
        raise e.with_traceback(None)
except TypeError as e:
    print(frames(e))
try:
    try:
        level(0, TypeError("t"))
    except TypeError:
        raise
except TypeError as e:
    print(frames(e))
class NotInstantiable(Exception):
    def __init__(self):
        raise RuntimeError("cannot build")
try:
    raise NotInstantiable
except RuntimeError as e:
    print(repr(e))
class ReturnsOther(Exception):
    def __new__(cls):
        return 5
try:
    raise ReturnsOther
except TypeError as e:
    print(e)
try:
    raise ValueError from NotInstantiable
except RuntimeError as e:
    print(repr(e))
try:
    raise ValueError("v") from ReturnsOther
except TypeError as e:
    print(e)
def raise_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    raise_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def return_in_finally():
    try:
        raise ValueError("swallowed")
    finally:
        return "returned"
print(return_in_finally())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())
