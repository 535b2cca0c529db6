# Rarely seen forms, for the parser's AST test.
def f(a, /, *, b): pass
def g(a=1, /, b=2, *args, c, d=4, **kw): pass
lambda *, a=1: a
lambda *a, b: 0
lambda **k: 0
lambda a, b=2, /, c=3: 0
lambda: x if y else z
@(lambda f: f)
def h(): pass
@a[0].b(c)(d)
class K: pass
x = a[*b]
x = a[1:2, *b]
x = a[..., 1]
x = a[:, :]
x = a[::], a[::-1], a[1::], a[:2:]
def r():
    return *a, b
def y():
    yield *a, b
for x in *a, b:
    pass
x = [y for z in w if (y := f(z))]
f(*b, **{'a': 1})
del (a), [b]
del a,
del (a, b), [c, [d]]
assert (x, y)
with a, b as (c, d): pass
with (a as b): pass
with (a, b) as c: pass
with (a): pass
async def co():
    x = [i async for i in a]
    y = f"{await z}"
    await x ** 2
    return await x
x: int
(x): int = 1
x.y: int
x[0]: int
a < b < c > d
not not x
- - x
~-x
-x ** 2
(-x) ** 2
2 ** -1
x = 0_0, 1_0.0_1e1_0j, 0xdead_beef, 0b1_0, 0o7_7, 1e-10, 1., .1e5, 123456789012345678901234567890, 0.0, 1e308, 1e309, 1E+5j
x = Rb'a' + bR'b' + rb'c', rf'{x}' + Fr'{y}' + fR'{z}' + RF'{w}'
x = '''a
b''' """c
d"""
x = 'a' 'b' \
    'c'
x = (yield)
def gen():
    x = yield a, b
    x = yield from f()
    await_ = 1
match x:
    case {**rest}: pass
    case [*_]: pass
    case [*rest, 1]: pass
    case -0j: pass
    case 1+2j | 1-2j | -1+2j | -1-2j: pass
    case a.b.c: pass
    case (x): pass
    case (): pass
    case (x,): pass
    case [x, y, *z]: pass
    case _ if cond: pass
    case C(a=1): pass
    case C(1, a=2): pass
    case {1: a, 'b': b, None: c, True: d, x.y: e}: pass
    case "a" "b": pass
    case b"a": pass
    case f: pass
    case 1 | (2 | 3): pass
    case [1, [2, (3, 4)]] as t: pass
match(x)
match = 1
match.x = 2
print(match, case, _)
case = 3
match x, y:
    case 1, 2: pass
match *a, b:
    case _: pass
match -x:
    case _: pass
match x,:
    case _: pass
match (yield):
    case _: pass
try:
    pass
except* (A, B) as e:
    pass
except* C:
    pass
global a, b
class C(metaclass=M): x = 1; y = 2
if x: pass
elif y: pass
while x: break
for x in y: continue
x = a if b else(c)
x = [*a, *b, c]
x = {**a, 'b': 1, **c}
x = {*a, *b}
x = (a for b in c for d in e if f if g)
x = f(a)(b)(c)
x = a.b.c.d
x = a[b][c][d]
x = "\N{LATIN SMALL LETTER A}\x41\101\u0041\U00000041"
x = b"\x41\101\n\\"
x = f"{x!r:^{w}.{p}}" f"{'a' 'b'}" f"{x}}}{{" f"{{}}"
x = f"{x:{'>'}}"
x = f"""{
x
!r}"""
