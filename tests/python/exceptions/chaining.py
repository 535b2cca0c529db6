# __cause__, __context__ and __suppress_context__: implicit, explicit and from None.
def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v")
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    show(e)
try:
    raise KeyError("k") from TypeError
except KeyError as e:
    show(e)
try:
    raise KeyError("k") from 5
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise object
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
e = ValueError()
e.__cause__ = KeyError()
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
for bad in [5, "x"]:
    try:
        e.__cause__ = bad
    except TypeError as t:
        print(t)
    try:
        e.__context__ = bad
    except TypeError as t:
        print(t)
e.__cause__ = None
e.__context__ = None
show(e)
try:
    del e.__cause__
except TypeError as t:
    print(t)
try:
    del e.__context__
except TypeError as t:
    print(t)
# context cycle is broken
a = ValueError("a")
b = ValueError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except ValueError:
            raise a
except ValueError as x:
    print(x is a, repr(a.__context__), repr(b.__context__))
# the context is the exception being handled in a finally as well
try:
    try:
        raise KeyError(1)
    finally:
        pass
except KeyError as x:
    print(repr(x.__context__))
def gen():
    try:
        yield 1
    except ValueError:
        raise TypeError("in gen")
g = gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except TypeError as x:
    show(x)
# raise from an exception class instantiates it
try:
    raise ValueError from KeyError
except ValueError as x:
    print(type(x.__cause__).__name__, x.__cause__.args)
# __context__ set while handling, even when re-raised with raise e
try:
    try:
        raise KeyError("first")
    except KeyError:
        err = IndexError("second")
        raise err
except IndexError as x:
    print(repr(x.__context__))
