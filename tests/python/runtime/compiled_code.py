# Hot functions and loops run as compiled code (Jit) once warm: results, exceptions, tracebacks,
# frames and closures must be the eval loop's. Each check runs cold first, then hot.
import sys


def where(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti))
        tb = tb.tb_next
    return type(e).__name__, str(e), out


def arith(a, b):
    x = a * b - a + b
    y = x // 3 if x % 2 else -x
    return x, y, a / (b or 1), a ** 2, -a, ~a, not a, a < b <= 10, a is b, a in (1, 2)


def fails(n):
    if n % 3 == 0:
        return 1 / n
    if n % 3 == 1:
        return [][n]
    return {}[n]


def handled(n):
    try:
        fails(n)
    except ZeroDivisionError as e:
        return "zero", str(e)
    except (IndexError, KeyError) as e:
        return type(e).__name__
    finally:
        pass


def with_finally(n):
    log = []
    try:
        for i in range(n):
            if i == 3:
                break
            log.append(i)
        else:
            log.append("else")
    finally:
        log.append("finally")
    return log


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append(("exit", exc[0].__name__ if exc[0] else None))
        return exc[0] is KeyError


def with_block(n):
    log = []
    with Ctx(log):
        if n % 2:
            raise KeyError(n)
        log.append("body")
    return log


def reraises(n):
    try:
        try:
            raise ValueError(n)
        except ValueError:
            raise
    except ValueError as e:
        try:
            raise TypeError("t") from e
        except TypeError as t:
            return (type(t.__cause__).__name__, t.__suppress_context__)


def closure(n):
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    for i in range(n):
        add(i)
    return total, add.__closure__[0].cell_contents


def unpack(seq):
    a, *b, c = seq
    (d, e), f = (a, c), b
    return a, b, c, d, e, f, [*b, *seq], {**{"k": a}, "j": c}, f"{a!r:>4}{c}"


def kwcall(n):
    def f(a, b=2, *args, c, d=4, **kw):
        return a, b, args, c, d, sorted(kw)
    return f(n, c=1), f(n, 5, 6, c=2, e=3), f(*[n, 1], **{"c": 0})


def comprehensions(n):
    return [x * x for x in range(n) if x % 2], {x: str(x) for x in range(3)}, sum(x for x in range(n))


def deep(n):
    return n if n == 0 else deep(n - 1)


def loop_entry(n):
    # a loop long enough to move from the eval loop to compiled code mid-run, with a for
    # iterator on the stack and nested loops
    acc = 0
    for i in range(n):
        for j in range(3):
            acc += i * j
        while acc > 1000:
            acc -= 999
    return acc


def errors_in_loop(n):
    caught = 0
    for i in range(n):
        try:
            if i % 500 == 0:
                raise RuntimeError(i)
        except RuntimeError:
            caught += 1
    return caught


checks = [
    lambda: arith(7, 3), lambda: arith(2, 0), lambda: handled(3), lambda: handled(4), lambda: handled(5),
    lambda: with_finally(10), lambda: with_finally(2), lambda: with_block(2), lambda: with_block(3),
    lambda: reraises(1), lambda: closure(10), lambda: unpack((1, 2, 3, 4)), lambda: kwcall(9),
    lambda: comprehensions(10), lambda: deep(50),
]
cold = [c() for c in checks]
for _ in range(300):
    hot = [c() for c in checks]
print(cold == hot)
for r in hot:
    print(r)
print(loop_entry(20000), errors_in_loop(5000))
for n in (0, 1, 2):
    for _ in range(250):
        try:
            fails(n)
        except Exception as e:
            last = where(e)
    print(last)


def unbound(flag):
    if flag:
        v = 1
    return v


for _ in range(250):
    try:
        unbound(False)
    except UnboundLocalError as e:
        last = where(e)
print(last)


def frame_line():
    f = sys._getframe()
    return f.f_lineno, f.f_back.f_code.co_name


for _ in range(250):
    r = frame_line()
print(r)
sys.setrecursionlimit(200)
try:
    deep(1000)
except RecursionError as e:
    print("RecursionError", str(e))

# a loop body long enough that its backward jump needs EXTENDED_ARG, entered from the eval loop
body = "\n".join(f"        t{k} = i + {k}\n        acc += t{k} % 7" for k in range(60))
src = f"def long_loop(n):\n    acc = 0\n    for i in range(n):\n{body}\n    return acc\n"
ns = {}
exec(src, ns)
print(ns["long_loop"](3000))


def loop_then_fail(n):
    for i in range(n):
        pass
    return 1 / 0


try:
    loop_then_fail(5000)  # called once: its loop hands the frame to compiled code, which raises
except ZeroDivisionError as e:
    print(where(e))
