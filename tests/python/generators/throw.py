# generator.throw: the 1-, 2- and 3-argument forms, throwing into fresh, running and finished generators.
import sys

def gen():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", repr(e), e.__traceback__ is not None)
            yield "handled"

g = gen()
print(next(g))
print(g.throw(ValueError("one")))
print(next(g))
print(g.throw(ValueError))
print(next(g))
print(g.throw(ValueError, "two"))
print(next(g))
print(g.throw(ValueError, ValueError("three")))
print(next(g))
print(g.throw(ValueError, ("a", "b")))
print(next(g))
print(g.throw(ValueError, None))
print(next(g))
try:
    raise ValueError("with tb")
except ValueError as e:
    tb = e.__traceback__
print(g.throw(ValueError, ValueError("x"), tb))
print(next(g))
for args in [(5,), (ValueError, ValueError("x"), 5), (ValueError("i"), "v"), (object,), (int, 1)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    g.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_frame)
try:
    g.throw(ValueError("dead"))
except ValueError as e:
    print("into finished", repr(e))

def fresh():
    print("never runs")
    yield
f = fresh()
try:
    f.throw(RuntimeError("early"))
except RuntimeError as e:
    print("fresh", repr(e))
try:
    next(f)
except StopIteration:
    print("fresh is finished")

def gen2():
    try:
        yield 1
    except TypeError:
        return "returned from handler"
g2 = gen2()
next(g2)
try:
    g2.throw(TypeError)
except StopIteration as e:
    print("stop", e.value)

stop = False
def catch_all():
    while not stop:
        try:
            yield
        except BaseException as e:
            print("got", type(e).__name__, e.args)
c = catch_all()
next(c)
c.throw(GeneratorExit)
c.throw(StopIteration(3))
class MyExc(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
c.throw(MyExc, (1, 2))
try:
    c.throw(MyExc, 1)
except TypeError as e:
    print("TypeError", e)
stop = True
try:
    next(c)
except StopIteration:
    print("catch_all finished")
