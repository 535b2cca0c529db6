# Generators and coroutines run as compiled code once warm, and a generator suspended in the
# eval loop resumes in compiled code when its code is compiled meanwhile.


def counter(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def drive(n):
    g = counter(n)
    out = [next(g)]
    try:
        while True:
            out.append(g.send(2))
    except StopIteration as e:
        out.append(("returned", e.value))
    return out


def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield ("inner caught", str(e))
    return "inner done"


def outer():
    r = yield from inner()
    yield ("outer got", r)


def delegation():
    g = outer()
    out = [next(g), g.throw(KeyError("k")), next(g)]
    try:
        next(g)
    except StopIteration:
        out.append("stop")
    return out


def closing():
    log = []

    def gen():
        try:
            yield 1
            yield 2
        finally:
            log.append("finally")

    g = gen()
    next(g)
    g.close()
    return log


class Ready:
    def __await__(self):
        v = yield "suspend"
        return v * 2


async def coro(n):
    total = 0
    for i in range(n):
        total += await Ready()
    return total


def run_coro(n):
    c = coro(n)
    r = c.send(None)
    try:
        while True:
            r = c.send(3)
    except StopIteration as e:
        return r, e.value


async def agen(n):
    for i in range(n):
        yield i * i


async def consume(n):
    return [x async for x in agen(n)]


def run_async(n):
    c = consume(n)
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


def pipeline(n):
    evens = (x for x in range(n) if x % 2 == 0)
    squares = (x * x for x in evens)
    return sum(squares), [*zip(range(3), (c for c in "abc"))]


checks = [lambda: drive(5), delegation, closing, lambda: run_coro(4), lambda: run_async(5), lambda: pipeline(50)]
cold = [c() for c in checks]
suspended = counter(10)
first = next(suspended)  # suspended in the eval loop, before counter is compiled
for _ in range(300):
    hot = [c() for c in checks]
print(cold == hot)
for r in hot:
    print(r)
print(first, [suspended.send(1) for _ in range(3)], suspended.gi_frame.f_lineno)
try:
    suspended.throw(ValueError("into compiled"))
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("ValueError", lines)
print(suspended.gi_frame)


def long_gen(n):
    acc = 0
    for i in range(n):
        acc += i
        if i % 1000 == 0:
            yield acc


print(list(long_gen(10000)))
