"""Recursion through generators driven by next(), for loops, yield from and send(), through class bodies and
decorators: the depth reached and the message, as CPython 3.11 counts them."""
import functools
import sys

maxd = 0


def yf(n):
    global maxd
    maxd = n
    yield from yf(n + 1)


def loop(n):
    global maxd
    maxd = n
    for x in loop(n + 1):
        yield x


def nexts(n):
    global maxd
    maxd = n
    yield next(nexts(n + 1))


def sends(n):
    global maxd
    maxd = n
    if False:
        yield
    sends(n + 1).send(None)


def listed(n):
    global maxd
    maxd = n
    yield from list(listed(n + 1))


def decorate(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@decorate
def wrapped(n):
    global maxd
    maxd = n
    wrapped(n + 1)


def classes(n):
    global maxd
    maxd = n

    class Inner:
        classes(n + 1)


def run():
    global maxd
    for fn in [yf, loop, nexts, sends, listed, wrapped, classes]:
        maxd = 0
        try:
            if fn.__code__.co_flags & 0x20:
                next(fn(1))
            else:
                fn(1)
        except RecursionError as e:
            print(sys.getrecursionlimit(), fn.__name__, maxd, e)


for limit in (1000, 150, 1000):
    sys.setrecursionlimit(limit)
    run()
