# Generators with try/finally: return in finally, yield in finally, exceptions crossing yields.
def gen_return_in_finally():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "finally wins"

g = gen_return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def gen_yield_in_finally():
    try:
        yield "body"
    finally:
        yield "cleanup"
g = gen_yield_in_finally()
print(list(g))

def gen_with_with():
    class Cm:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None)
    with Cm():
        yield 1
        yield 2
g = gen_with_with()
next(g)
g.close()
g = gen_with_with()
next(g)
try:
    g.throw(KeyError)
except KeyError:
    print("propagated")

def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"
print(list(deep(50)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))

def gen_in_class():
    class Inner:
        def __iter__(self):
            yield from range(3)
    return list(Inner())
print(gen_in_class())

def loop_break():
    try:
        for i in range(10):
            yield i
    finally:
        print("loop generator closed at", i)
lb = loop_break()
for v in lb:
    if v == 2:
        break
print("after break")
lb.close()

def exc_between():
    try:
        yield 1
    except ValueError:
        print("handled between yields")
    yield 2
g = exc_between()
print(next(g), g.throw(ValueError), next(g, "default"))
