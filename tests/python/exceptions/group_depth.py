# Deeply nested exception groups stop at max_group_depth; printed through sys.excepthook.
import sys
e = ValueError("leaf")
for i in range(13):
    e = ExceptionGroup(f"level {i}", [e, KeyError(i)])
sys.excepthook(type(e), e, None)
try:
    raise BaseExceptionGroup("eg", [BaseExceptionGroup("b", [KeyboardInterrupt()])]) from ValueError("c")
except BaseExceptionGroup as x:
    sys.excepthook(type(x), x, x.__traceback__)
