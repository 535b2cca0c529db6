def make():
    v = 'outer'
    class C:
        a = v
        w = 'class'
        b = w
        def m(self):
            return v
        items = [v for _ in range(2)]
    return C
C = make()
print(C.a, C.b, C().m(), C.items)
def cellarg(x):
    def g(): return x
    x += 1
    return g()
print(cellarg(1))
def fin():
    try:
        return 'try'
    finally:
        return 'finally'
print(fin())
def brk():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(brk())
def exc_in_finally():
    try:
        try:
            raise KeyError('a')
        finally:
            raise ValueError('b')
    except ValueError as e:
        return repr(e.__context__)
print(exc_in_finally())
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, *a): print('exit', self.n, a[0]); return False
def w():
    with CM(1) as a, CM(2) as b:
        return a + b
print(w())
try:
    with CM(3):
        raise TypeError('t')
except TypeError as e:
    print('propagated', e)
print((lambda *a, k=3, **kw: (a, k, kw))(1, 2, k=4, z=5))
def gen():
    yield from [1, 2]
    yield from (x * 10 for x in range(2))
    return 'r'
print(list(gen()))
g = gen()
try:
    g.send(1)
except TypeError as e:
    print(e)
for _ in g: pass
try:
    g.send(None)
except StopIteration as e:
    print('exhausted', e.args)
if (n := 10) > 5:
    print('walrus', n)
def kwfun(a, b, *, c): return a, b, c
args = (1,)
kw = {'b': 2, 'c': 3}
print(kwfun(*args, **kw))
try:
    kwfun(*args, **kw, c=4)
except TypeError as e:
    print(e)
try:
    kwfun(**[1])
except TypeError as e:
    print(e)
try:
    kwfun(*1)
except TypeError as e:
    print(e)
five = 5
try:
    five()
except TypeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
def usesglobal():
    return missing_global
try:
    usesglobal()
except NameError as e:
    print(e)
x = 3.14159
print(f'{x:.2f} {x!r:>10} {"nested " + f"{x:.1f}"}')
y: int = 5
print(__annotations__)
def ann(a: int, b: 'str' = 'x') -> bool: pass
print(ann.__annotations__)
def deleter():
    a = 1
    del a
    try:
        print(a)
    except UnboundLocalError as e:
        print(e)
deleter()
zz = 1
del zz
try:
    zz
except NameError as e:
    print(e)
def free_unbound():
    def inner():
        return q
    try:
        inner()
    except NameError as e:
        print(e)
    q = 1
free_unbound()
print([(i, j) for i in range(3) for j in range(i) if j % 2 == 0])
def gen_ret_stop():
    x = yield
    return x
gg = gen_ret_stop(); next(gg)
try:
    gg.send(42)
except StopIteration as e:
    print('ret', e.value)
a = [1, 2, 3]
a[1:2] = [7, 8]
del a[0]
print(a, a[::2])
s = 'abc'
print(s[1], s[-1], s[::-1], s.upper())
t = 1, 2
u, v = t
u, v = v, u
print(u, v)
(p, q), r = (1, 2), 3
print(p, q, r)
def many(*a):
    return len(a)
print(many(*range(300)))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print([*range(3), *'ab'], {*range(2)}, (*range(2),))
class Slotted:
    def __init__(self): self.x = 1
    def __getattr__(self, name): return 'dyn ' + name
print(Slotted().x, Slotted().y)
