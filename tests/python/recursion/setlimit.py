"""sys.setrecursionlimit's checks: a limit at or below the current depth, non-positive, too large or not an int."""
import sys


def at_depth(n, limit):
    if n:
        return at_depth(n - 1, limit)
    try:
        sys.setrecursionlimit(limit)
        return 'set %d' % sys.getrecursionlimit()
    except (RecursionError, ValueError, OverflowError, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)


print(sys.getrecursionlimit())
for depth, limit in [(60, 50), (60, 63), (60, 64), (60, 65), (10, 0), (10, -5), (10, 2**31), (10, 2**64), (0, 1.5),
                     (0, '100'), (0, 3), (0, 1000)]:
    print(depth, limit, at_depth(depth, limit))
print(sys.getrecursionlimit())
