# async for and async with driven by a hand-written loop; errors for wrong protocols.
class Suspend:
    def __await__(self):
        return (yield "tick")

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print("enter", self.name)
        await Suspend()
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        await Suspend()
        return self.swallow

async def main():
    total = []
    async for i in ARange(3):
        total.append(i)
    else:
        total.append("else")
    async with Manager("a") as m, Manager("b") as n:
        total.append(m + n)
    async with Manager("s", swallow=True):
        raise ValueError("swallowed")
    try:
        async with Manager("p"):
            raise KeyError("propagates")
    except KeyError as e:
        total.append(repr(e))
    async for i in ARange(5):
        if i == 2:
            break
    total.append(i)
    return total

print(run(main()))

async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(e)

class NoANext:
    def __aiter__(self):
        return self
async def bad_for2():
    async for x in NoANext():
        pass
try:
    run(bad_for2())
except TypeError as e:
    print(e)

class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad_for3():
    async for x in BadANext():
        pass
try:
    run(bad_for3())
except TypeError as e:
    print(e)

async def bad_with():
    async with object():
        pass
try:
    run(bad_with())
except TypeError as e:
    print(e)

class OnlyEnter:
    async def __aenter__(self):
        return 1
async def bad_with2():
    async with OnlyEnter():
        pass
try:
    run(bad_with2())
except TypeError as e:
    print(e)

class SyncAenter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
async def bad_with3():
    async with SyncAenter():
        pass
try:
    run(bad_with3())
except TypeError as e:
    print(e)

class SyncAexit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2
async def bad_with4():
    async with SyncAexit():
        pass
try:
    run(bad_with4())
except TypeError as e:
    print(e)

async def comprehensions():
    a = [x async for x in ARange(3)]
    b = {x: x * x async for x in ARange(2)}
    c = [await Suspend() for _ in range(2)]
    return a, b, c
print(run(comprehensions()))

async def agen_expr():
    g = (x * 2 async for x in ARange(3))
    return [y async for y in g]
print(run(agen_expr()))
