# generator.send: priming, values in and out, StopIteration.value, send after exhaustion.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            if x == "stop":
                return received
    finally:
        print("echo finally")

g = echo()
try:
    g.send(1)
except TypeError as e:
    print(e)
print(g.send(None))
print(g.send("a"), g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value, e.args)
try:
    g.send(None)
except StopIteration as e:
    print("again", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("next", repr(e))

def ret_tuple():
    return (1, 2)
    yield
g = ret_tuple()
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)

def ret_none():
    yield 1
g = ret_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)

def ret_stopiter():
    return StopIteration(5)
    yield
try:
    next(ret_stopiter())
except StopIteration as e:
    print(repr(e.value), type(e.value).__name__)

def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter(5)
print(next(c), next(c), c.send("reset"), next(c), list(c))
g = (x for x in range(3))
try:
    g.send(5)
except TypeError as e:
    print(e)
print(g.send(None), next(g))
try:
    g.send()
except TypeError as e:
    print(e)
