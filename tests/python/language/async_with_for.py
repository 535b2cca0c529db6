# async with / async for / async comprehensions driven by a hand-written event loop (no asyncio).
import types
@types.coroutine
def tick(v):
    return (yield v)
class ACM:
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    async def __aenter__(self):
        await tick("enter " + self.name); return self.name
    async def __aexit__(self, t, v, tb):
        await tick("exit " + self.name)
        print("aexit", self.name, t.__name__ if t else None)
        return self.swallow
class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        await tick(f"next {self.i}")
        return self.i
async def agen(n):
    for i in range(n):
        await tick(f"agen {i}")
        yield i * 10
async def main():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("s", swallow=True):
        raise ValueError("swallowed")
    async for v in AIter(2):
        print("async for", v)
    else:
        print("async for else")
    print([x async for x in agen(3)])
    print({x: 1 async for x in AIter(2) if x > 1})
    print([await tick(x) for x in "ab"])
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for _ in [1]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    class BadAiter:
        def __aiter__(self): return 5
    try:
        async for _ in BadAiter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class BadAnext:
        def __aiter__(self): return self
        def __anext__(self): return 5
    try:
        async for _ in BadAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    return "main done"
def run(coro):
    sent = None
    while True:
        try:
            y = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("  loop got", y)
        sent = y
print(run(main()))
