class Aw:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield 'tick'
        return self.v
class ACM:
    def __aenter__(self): return Aw('entered')
    def __aexit__(self, *a): return Aw(False)
async def main():
    async with ACM() as v:
        print('in', v)
    return 'done'
c = main()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
def f(*a, **k): return a, k
print(f(*(1, 2), **{'x': 3}), f(*[1]), f(**{}))
