# yield from edge cases: throw into a delegate without throw(), StopIteration from send,
# gi_yieldfrom cleared, delegation chains closed from the outside.
class NoThrow:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n

def outer():
    try:
        yield from NoThrow()
    except KeyError:
        yield "outer caught"
g = outer()
print(next(g), next(g))
print(g.throw(KeyError))

class RaisesOnClose(NoThrow):
    def close(self):
        raise ValueError("close failed")
def outer2():
    yield from RaisesOnClose()
g = outer2()
next(g)
try:
    g.close()
except ValueError as e:
    print("close error", e)

class ThrowReturns(NoThrow):
    def throw(self, *a):
        raise StopIteration("finished by throw")
def outer3():
    r = yield from ThrowReturns()
    yield "got " + r
g = outer3()
next(g)
print(g.throw(KeyError))

def chain(depth):
    try:
        if depth:
            r = yield from chain(depth - 1)
            return r + 1
        yield "leaf"
        return 0
    finally:
        print("closing depth", depth)
g = chain(3)
print(next(g))
g.close()
g = chain(2)
next(g)
try:
    g.send("x")
except StopIteration as e:
    print("returned", e.value)

def returns_tuple():
    return (1, 2)
    yield
def delegator():
    r = yield from returns_tuple()
    print("tuple result", r)
list(delegator())

def inner_gen():
    yield 1
g_in = inner_gen()
def a():
    yield from g_in
def b():
    yield from g_in
ga, gb = a(), b()
print(next(ga))
try:
    print(next(gb))
except StopIteration:
    print("shared inner exhausted")
print(ga.gi_yieldfrom is g_in)
