# The handled-exception state inside generators: sys.exc_info across yields, contexts of throw.
import sys

def gen():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]

g = gen()
print(repr(next(g)))
try:
    raise ValueError("outside")
except ValueError:
    print(repr(next(g)))
    print(repr(sys.exc_info()[1]))
print(repr(next(g)))

def gen2():
    yield sys.exc_info()[1]
try:
    raise ValueError("caller's")
except ValueError:
    print(repr(next(gen2())))

def raiser():
    yield
    raise TypeError("from generator")
g = raiser()
next(g)
try:
    try:
        raise KeyError("handling")
    except KeyError:
        next(g)
except TypeError as e:
    print(repr(e.__context__))

def thrown():
    try:
        yield
    except ValueError as v:
        raise RuntimeError("converted") from v
g = thrown()
next(g)
try:
    g.throw(ValueError("in"))
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__))

def ctx_gen():
    try:
        yield
    finally:
        raise IndexError("in finally")
g = ctx_gen()
next(g)
try:
    g.throw(KeyError("thrown"))
except IndexError as e:
    print(repr(e.__context__))

def tb_gen():
    yield 1
    1 / 0
g = tb_gen()
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    t = e.__traceback__
    while t:
        print(t.tb_frame.f_code.co_name, t.tb_lineno)
        t = t.tb_next
