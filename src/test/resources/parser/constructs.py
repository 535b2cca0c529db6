# Every statement and expression form of Python 3.11, for the parser's AST test.
import os, sys as system
import a.b.c as d, e.f
from . import x
from .. import y as z
from ...pkg.mod import (p, q as r,)
from .... import *
from __future__ import annotations
global g1, g2

def f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> None:
    nonlocal_thing = 1
    return a

def g(*, a, b=2): pass
def h(a, /): ...
def k(a=1, /, b=2, *, c): pass
def l(*args: *Ts): pass
async def coro():
    await x
    async for i in y:
        pass
    else:
        pass
    async with a as b, c:
        pass
    return [i async for i in aiter() if await i]

@decorator
@decorator.attr(1, k=2)
class C(Base, metaclass=Meta, **kw):
    """Docstring."""
    x: int = 1
    y: list[int]
    (z): int = 2
    a.b: str
    a[0]: str = 'v'

    def method(self):
        super().method()

x = y = z = 1
a, b = b, a
[a, *b] = c
(a, (b, c)), d = e
a.b.c = a[1:2, ::3]
x[...] = x[1:2:3] = x[:] = x[::] = x[a, *b]
x += 1; x -= 1; x *= 1; x @= 1; x /= 1; x //= 1; x %= 1
x **= 2; x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
del a, b[0], c.d, (e, f), [g]
assert x, "message"
assert y
raise
raise E
raise E from None
for i in range(10):
    if i % 2 == 0:
        continue
    elif i > 5:
        break
    else:
        pass
else:
    print("done")
while True:
    break
else:
    pass
try:
    pass
except ValueError as e:
    pass
except (TypeError, KeyError):
    pass
except:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
with open(f) as fh, lock:
    pass
with (open(a) as b, open(c) as d,):
    pass
with (a, b):
    pass
with (yield):
    pass
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(0, 0):
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case [1, 2, *rest] if rest:
        pass
    case (1 | 2 | 3) as n:
        pass
    case -1 | 1.5 | 2j | -1+2j | 1-2j | "s" "t" | b"" | None | True | False:
        pass
    case a.b.c:
        pass
    case _:
        pass
    case {}:
        pass
    case []:
        pass
    case ():
        pass
    case (a, *_):
        pass
    case C():
        pass
    case C(1, 2, k=3,):
        pass
    case {1: _, **r,}:
        pass
    case 1, 2:
        pass
    case *a, b:
        pass
match = 1
case = match
_ = case
match(x)
match[1]
match x, y:
    case _:
        pass
lambda: 0
lambda x, y=1, *a, z, **k: x
lambda *, a: a
lambda a, /, b: b
x = a if b else c
x = a or b or c and d and not e
x = a < b <= c == d != e > f >= g is h is not i in j not in k
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o
x = +a, -b, ~c, not d
x = (yield)
x = (yield a, b)
x = (yield from g())
x = await_ = [1, 2, *a]
x = (1,)
x = ()
x = (1, 2, *a)
x = {1, 2, *a}
x = {1: 2, **d, 3: 4}
x = {}
x = [i for i in range(10) if i if not i for j in i]
x = {i for i in y}
x = {k: v for k, v in d.items()}
x = (i for i in y)
x = f(i for i in y)
x = f(a, *b, c=1, **d, e=2)
x = f(*a, *b, **c, **d)
x = f(a)(b)[c].d
x = f(a, b=1,)
x = (x := 10)
x = [y := f(x), y**2]
if (n := len(a)) > 10: pass
x = f(y := 1)
x = a[b := 1]
x = ...
x = None, True, False
x = 0, 1, 10**100, 0x1F, 0o17, 0b101, 1_000_000, 1.5, 1e10, 1E-5, .5, 5., 1j, 1.5J, 1e100, 0.1 + 0.2
x = 'single' "double" '''triple''' """triple"""
x = r'raw\n' if b'bytes' else rb'raw\x00bytes' + Rb"x" + BR'y'
x = u'unicode' 'continued'
x = 'escapes \n \t \\ \' \" \x41 \u00e9 \U0001F600 \N{BULLET} \0 \777'
x = b'\x00\xff\n'
x = 'ünïcödé' + "日本語"
ünïcödé = 1
x = 'a' \
    'b'
x = """multi
line"""
x = (
    1 +
    2
)
x = f'{x}' f"{y!r:>10}" rf'{z}\n' F'{{escaped}}'
print(*a, sep='', end='\n', file=sys.stderr)
x = a.b.c.d(e)[f](g)
x = not not a
x = -(-a)
x = a[1:2], a[1:], a[:2], a[::2], a[1:2, 3]
x = a[(1, 2)]
x = [*a, *b]
x = yield_ = 1
def gen():
    yield
    yield 1
    yield from x
    x = yield
    await_x = yield 2, 3
class Empty: pass
class E2(): pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
for x, y in z: pass
for (x, y) in z: pass
for [x, y] in z: pass
for x, in z: pass
x = a if b else c if d else e
x = lambda: (yield)
x = 1 if True else 2,
print(x, end=''); print()
@property
def prop(self): return 1
@a.b[c]
def decorated(): pass
