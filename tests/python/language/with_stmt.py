# with / async with: enter/exit order, exception suppression, multiple managers, errors for non-managers.
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name); return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("s", True):
    raise ValueError("hidden")
print("after suppress")
try:
    with CM("x"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    with CM("r"):
        return "ret"
print(f())
for i in range(3):
    with CM(i):
        if i == 0: continue
        if i == 1: break
def t(src):
    try:
        exec(src, {"CM": CM})
    except Exception as e:
        print(type(e).__name__ + ":", e)
t("with 1: pass")
class OnlyEnter:
    def __enter__(self): return 1
t("with OnlyEnter(): pass")
class OnlyExit:
    def __exit__(self, *a): pass
t("with OnlyExit(): pass")
class BadEnter:
    def __enter__(self): raise RuntimeError("enter fails")
    def __exit__(self, *a): print("never")
t("with BadEnter(): pass")
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("exit fails")
t("with BadExit(): raise ValueError('orig')")
with CM("t") as (x, y) if False else CM("u") as z:
    print(z)
class Tup:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): return None
with Tup() as (p, [q, r]):
    print(p, q, r)
import asyncio
class ACM:
    async def __aenter__(self): print("aenter"); return "av"
    async def __aexit__(self, t, v, tb): print("aexit", t); return True
async def main():
    async with ACM() as v:
        print("abody", v)
        raise ValueError
    try:
        async with CM("sync"):
            pass
    except Exception as e:
        print(type(e).__name__ + ":", e)
    try:
        with ACM():
            pass
    except Exception as e:
        print(type(e).__name__ + ":", e)
    return "done"
co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
