# dir() of generator, coroutine and async generator types and their helper objects.
import types

def gen():
    yield
async def coro():
    pass
async def agen():
    yield

print(sorted(dir(types.GeneratorType)))
print(sorted(dir(types.CoroutineType)))
print(sorted(dir(types.AsyncGeneratorType)))
c = coro()
w = c.__await__()
print(type(w).__name__, sorted(dir(w)))
c.close()
a = agen()
print(type(a.asend(None)).__name__, sorted(dir(a.asend(None))))
print(type(a.athrow(ValueError)).__name__, sorted(dir(a.athrow(ValueError))))
print(type(a.aclose()).__name__)
print(types.AsyncGeneratorType[int], types.GeneratorType.__module__)
