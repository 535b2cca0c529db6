# Exception groups: the framed report of nested groups, except* splits, chained causes.
def f():
    try:
        1/0
    except ZeroDivisionError as z:
        raise ExceptionGroup("wrapped", [ValueError("v"), z]) from KeyError("cause")
try:
    f()
except* ValueError as g:
    print("caught", repr(g.exceptions))
    raise RuntimeError("after") from g
