# sys.tracebacklimit trims printed tracebacks to the innermost frames; 0 prints none.
import sys

def a(n):
    if n == 0:
        raise ValueError("deep")
    a(n - 1)

def report(limit):
    if limit is not None:
        sys.tracebacklimit = limit
    try:
        a(4)
    except ValueError as e:
        sys.excepthook(ValueError, e, e.__traceback__)
    print("--", limit, file=sys.stderr)

for limit in [None, 3, 1, 0, -1]:
    report(limit)
del sys.tracebacklimit
report(None)
