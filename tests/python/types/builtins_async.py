import sys, os
def hook(*a, **k): print('hook', a, k); return 42
sys.breakpointhook = hook
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.len'
print(breakpoint('abc'))
os.environ['PYTHONBREAKPOINT'] = 'repr'
print(breakpoint('abc'))
import warnings
warnings.simplefilter('always')
os.environ['PYTHONBREAKPOINT'] = 'nosuchmod.func'
with warnings.catch_warnings(record=True) as w:
    print(breakpoint())
print([str(x.message) for x in w])
os.environ['PYTHONBREAKPOINT'] = '.x'
with warnings.catch_warnings(record=True) as w:
    print(breakpoint())
print([str(x.message) for x in w])
del sys.breakpointhook
try: breakpoint()
except RuntimeError as e: print(e)

class AI:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
async def agen():
    yield 'a'; yield 'b'
async def main():
    it = aiter(AI())
    print(await anext(it), await anext(it), await anext(it, 'end'))
    try: await anext(it)
    except StopAsyncIteration: print('SAI')
    g = agen()
    print(await anext(g), await anext(g), await anext(g, 'done'))
    for bad in (1, [], AI):
        try: aiter(bad)
        except TypeError as e: print(e)
        try: anext(bad)
        except TypeError as e: print(e)
    class B:
        def __aiter__(self): return 1
    try: aiter(B())
    except TypeError as e: print(e)
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError('suspended')
run(main())
del os.environ['PYTHONBREAKPOINT']
print('PYTHONBREAKPOINT' in os.environ)
