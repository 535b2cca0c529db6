# Messages and reprs of protocol errors and of code and async generator objects, as 3.11 gives them.
try:
    with 1: pass
except Exception as e: print(type(e).__name__, e)
class A:
    def __enter__(self): return 1
try:
    with A(): pass
except Exception as e: print(type(e).__name__, e)
class B:
    def __exit__(self, *a): pass
try:
    with B(): pass
except Exception as e: print(type(e).__name__, e)
async def ag():
    yield 1
print(repr(ag()).split(' at ')[0])
c1 = compile('x = 1', 'f', 'exec'); c2 = compile('x = 1', 'f', 'exec'); c3 = compile('x = 2', 'f', 'exec')
print(c1 == c2, c1 == c3, hash(c1) == hash(c2), c1 != c3)
print(repr(c1).split(' at ')[0], repr(c1).split(', ')[1])
async def am():
    try:
        async with 1: pass
    except Exception as e: print(type(e).__name__, e)
    class C:
        async def __aenter__(self): pass
    try:
        async with C(): pass
    except Exception as e: print(type(e).__name__, e)
co = am()
try: co.send(None)
except StopIteration: pass
