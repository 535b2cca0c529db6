# The builtins aiter() and anext(), with and without a default, over async generators and classes.
class Suspend:
    def __await__(self):
        return (yield "tick")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    await Suspend()
    yield 2

class Counter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i

async def main():
    out = []
    a = aiter(agen())
    out.append(await anext(a))
    out.append(await anext(a))
    out.append(await anext(a, "default"))
    try:
        await anext(a)
    except StopAsyncIteration:
        out.append("stop")
    c = aiter(Counter())
    out.append(await anext(c, None))
    out.append(await anext(c, None))
    out.append(await anext(c, None))
    return out

print(run(main()))
for args in [(), (1,), (1, 2, 3)]:
    try:
        anext(*args)
    except TypeError as e:
        print(e)
for args in [(), (1,), (1, 2)]:
    try:
        aiter(*args)
    except TypeError as e:
        print(e)
class BadAiter:
    def __aiter__(self):
        return 5
try:
    aiter(BadAiter())
except TypeError as e:
    print(e)
a = agen()
aw = anext(a, 0)
print(type(aw).__name__, sorted(set(dir(aw)) - set(dir(object()))))
print(aw.__await__() is aw, iter(aw) is aw)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
aw = anext(a, 0)
print(aw.send(None))
print(aw.throw(KeyError) if False else "skip")
aw.close()
async def empty():
    return
    yield
print(run(anext(empty(), "dflt").__await__()))
try:
    type(anext(a, 1))()
except TypeError as e:
    print(e)
