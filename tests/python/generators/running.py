# "generator already executing", gi_running, and re-entrance through send/throw/close.
def selfref():
    yield g.gi_running
    next(g)
g = selfref()
print(next(g), g.gi_running)
try:
    next(g)
except ValueError as e:
    print("ValueError", e)

def sender():
    yield
    g2.send(None)
g2 = sender()
next(g2)
try:
    next(g2)
except ValueError as e:
    print(e)

def thrower():
    yield
    g3.throw(KeyError)
g3 = thrower()
next(g3)
try:
    next(g3)
except ValueError as e:
    print(e)

def closer():
    yield
    g4.close()
g4 = closer()
next(g4)
try:
    next(g4)
except ValueError as e:
    print(e)

def genexp_self():
    return (x for x in [1])
ge = genexp_self()
print(ge.gi_running, next(ge), ge.gi_running)

async def coro():
    c.send(None)
c = coro()
try:
    c.send(None)
except ValueError as e:
    print(e)
