class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    def __repr__(self):
        return 'A(%r)' % (self.v,)
class B(A):
    def get(self):
        return super().get() * 10
print(A(1).get(), B(2).get(), A(3))
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print('got', x)
    return 'done'
g = gen(3)
print(next(g), g.send('hi'), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
def deleg():
    r = yield from gen(2)
    print('r', r)
    yield 99
print(list(deleg()))
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print('caught', e)
        raise ValueError('v') from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def g2():
    try:
        return 1
    finally:
        print('finally')
print(g2())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print('i', i)
        finally:
            print('f', i)
h()
class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t, v)
        return True
with CM() as c:
    raise KeyError('k')
print('after')
try:
    try:
        raise TypeError('a')
    except TypeError:
        raise KeyError('b')
except KeyError as e:
    print(repr(e.__context__))
x = 5
def nested():
    global x
    x = 6
nested()
print(x)
def tb():
    raise RuntimeError('x')
try:
    tb()
except RuntimeError as e:
    t = e.__traceback__
    while t:
        print(t.tb_lineno, t.tb_frame.f_code.co_name if hasattr(t.tb_frame.f_code, 'co_name') else '?')
        t = t.tb_next
while True:
    break
else:
    print('no')
n = 0
while n < 3:
    n += 1
print(n, n if n > 2 else -n, n and 7, 0 or 8, not n)
print(f'{n:>4}|{n!r}|{"s"!s:3}|')
def kw(**k): return k
print(kw(**{'a': 1}, b=2))
def va(*a): return a
print(va(*[1, 2], *(3,)))
lst = [1, 2, 3]
lst[0] = 9
del lst[1]
print(lst, lst[-1], lst[::-1])
d = {}
d['a'] = 1
print(d, 'a' in d, 'b' not in d)
s = {1, 2}
print(1 in s)
print((lambda a, b=2: a + b)(1))
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
try:
    undefined_name
except NameError as e:
    print(e)
def ul():
    y = y + 1
try:
    ul()
except UnboundLocalError as e:
    print(e)
assert True
try:
    assert False, 'msg'
except AssertionError as e:
    print(repr(e))
