# yield from: delegation of values, send, throw and close, return values, gi_yieldfrom.
def inner():
    try:
        x = yield "inner-1"
        print("inner got", x)
        y = yield "inner-2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-recovered"
    finally:
        print("inner finally")
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-done"

g = outer()
print(next(g))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_running)
print(g.send("A"))
print(g.send("B"))
print(g.gi_yieldfrom)

g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))

g = outer()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("outer propagated", repr(e))

g = outer()
next(g)
g.close()
print("closed")

class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration(self.i)
        return self.i

def from_iter():
    r = yield from Iter()
    return r
print(list(from_iter()))
g = from_iter()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)

class WithSend(Iter):
    def send(self, v):
        print("send", v)
        return self.__next__()
    def throw(self, *a):
        print("throw", [type(x).__name__ for x in a])
        return "threw"
    def close(self):
        print("close called")

def from_sender():
    return (yield from WithSend())
g = from_sender()
print(next(g), g.send("x"), g.throw(KeyError("t")))
g.close()

def from_list():
    yield from [1, 2]
    yield from "ab"
    yield from (x * 10 for x in range(2))
print(list(from_list()))

def nested(depth):
    if depth == 0:
        v = yield "bottom"
        return v
    return (yield from nested(depth - 1)) + 1
g = nested(3)
print(next(g))
try:
    g.send(10)
except StopIteration as e:
    print("nested result", e.value)

def bad_from():
    yield from 5
try:
    next(bad_from())
except TypeError as e:
    print("TypeError", e)

def closer_inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner GeneratorExit")
        raise
def closer_outer():
    try:
        yield from closer_inner()
    except GeneratorExit:
        print("outer GeneratorExit")
        raise
g = closer_outer()
next(g)
g.close()

def throw_stop():
    try:
        yield 1
    except ValueError:
        return "converted"
def delegate():
    r = yield from throw_stop()
    yield r
g = delegate()
next(g)
print(g.throw(ValueError))
