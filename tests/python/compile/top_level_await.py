# compile() with PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for/with and async comprehensions at top level.
import sys
class Aw:
    def __await__(self):
        yield 'step'
        return 42
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
class ACM:
    async def __aenter__(self): print('enter'); return 'cm'
    async def __aexit__(self, *a): print('exit'); return False
def run(co):
    try:
        while True:
            print('yielded', co.send(None))
    except StopIteration as e:
        return e.value
g = {'Aw': Aw, 'AIt': AIt, 'ACM': ACM, 'print': print}
flags = 0x2000
for src, mode in [('await Aw()', 'eval'), ('x = await Aw()\nprint(x)', 'exec'),
                  ('[i async for i in AIt()]', 'eval'),
                  ('async for i in AIt():\n    print(i)', 'exec'),
                  ('async with ACM() as c:\n    print(c)', 'exec'),
                  ('await Aw()', 'single'),
                  ('1 + 1', 'eval'),
                  ('{i: await Aw() async for i in AIt()}', 'eval'),
                  ('(i async for i in AIt())', 'eval')]:
    code = compile(src, '<tla>', mode, flags)
    print(repr(src), mode, hex(code.co_flags))
    r = eval(code, g)
    print('  eval ->', type(r).__name__)
    if type(r).__name__ == 'coroutine':
        v = run(r)
        print('  result', v if not hasattr(v, '__aiter__') else type(v).__name__)
