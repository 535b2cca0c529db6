def f(a, b=1, *args, c, d=2, **kw) -> int:
    """Docstring."""
    return a + b


def g(x, /, y, *, z=3):
    return lambda q, r=y: q + r + x


@staticmethod
@g
def h():
    pass


def closure():
    n = 0

    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc


def gen(xs):
    for x in xs:
        yield x * 2
    yield from xs
    return None


async def co(a):
    await a
    async with a as b:
        pass
    async for i in a:
        print(i)
    return [j async for j in a]


def kwcalls(o):
    o.m(1, 2, k=3)
    print(*o, sep='', **o)
    f(1, *o, 2)
    g(x=1, y=2)
    return o(1)(2)
