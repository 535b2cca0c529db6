def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', repr(e))
        yield 3
    finally:
        print('cleanup')
x = g()
print(next(x))
print(x.throw(ValueError('boom')))
x.close()
print(x.gi_frame)
def inner():
    try:
        yield 'a'
    except KeyError:
        yield 'inner caught'
    return 'inner result'
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.throw(KeyError), next(o))
def closer():
    try:
        yield
    except GeneratorExit:
        print('exit seen')
        raise
c = closer(); next(c); c.close()
def bad():
    try:
        yield
    except GeneratorExit:
        yield 'no'
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def stopper():
    raise StopIteration
    yield
try:
    next(stopper())
except RuntimeError as e:
    print(e, repr(e.__cause__))
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print('recursion', e)
def m(v):
    match v:
        case 0:
            return 'zero'
        case [1, *rest]:
            return ('list', rest)
        case {'k': val, **others}:
            return ('dict', val, others)
        case (a, b):
            return ('pair', a, b)
        case str() as s:
            return ('str', s)
        case int(n) if n > 10:
            return ('big', n)
        case _:
            return 'other'
for v in [0, [1, 2, 3], {'k': 5, 'z': 1}, (7, 8), 'hi', 42, 3.5]:
    print(m(v))
class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
match P(1, 2):
    case P(1, y=yy):
        print('P', yy)
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print('values', repr(e))
except* TypeError as e:
    print('types', repr(e))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled values')
except ExceptionGroup as e:
    print('rest', repr(e))
async def coro(v):
    return v * 2
async def main():
    a = await coro(3)
    b = await coro(a)
    return a + b
co = main()
try:
    co.send(None)
except StopIteration as e:
    print('coro result', e.value)
print(type(co).__name__)
class Awaitable:
    def __await__(self):
        r = yield 'suspended'
        return r
async def w():
    return await Awaitable()
cw = w()
print(cw.send(None))
try:
    cw.send('resumed')
except StopIteration as e:
    print('value', e.value)
async def agen():
    for i in range(3):
        yield i
async def use():
    out = []
    async for v in agen():
        out.append(v)
    return out
u = use()
try:
    u.send(None)
except StopIteration as e:
    print('async for', e.value)
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 1
    async def __aexit__(self, *a):
        print('aexit', a)
async def uw():
    async with ACM() as v:
        print('in', v)
try:
    uw().send(None)
except StopIteration:
    print('done')
def lines():
    yield 1
gen_obj = lines()
print(gen_obj.gi_frame.f_lineno, gen_obj.gi_code.co_name)
x = [1, 2]
x += [3]
print(x)
i = 10
i //= 3
i **= 2
i <<= 1
print(i)
print(2 ** 100, -7 // 2, -7 % 3, 7 / 2, 1 if 0 else 2)
print(1 < 2 < 3, 1 < 3 < 2, [1] * 3, 'ab' * 2)
print(~5, -(-5), +5)
