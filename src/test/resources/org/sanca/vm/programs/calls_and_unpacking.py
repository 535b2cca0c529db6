def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, z=3))
for call in ["f()", "f(1)", "g(1, 2, 3, 4)", "g(1, y=2, z=3)", "f(1, c=1, a=2)", "h(1, 2)", "k(1,2,3)", "f(1, 2, c=3, zz=4, **{'zz': 5})"]:
    try:
        exec_ = None
    except Exception:
        pass
def h(a): pass
def k(a, b=1, *, c=2): pass
try:
    f()
except TypeError as e:
    print(e)
try:
    g(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    k(1, 2, 3, c=4)
except TypeError as e:
    print(e)
try:
    h(1, a=2)
except TypeError as e:
    print(e)
try:
    h(b=2)
except TypeError as e:
    print(e)
try:
    g(1, y=2, z=3)
except TypeError as e:
    print(e)
def m(a, b, c): pass
try:
    m()
except TypeError as e:
    print(e)
try:
    m(1)
except TypeError as e:
    print(e)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
i = outer()
print(i(), i(), i.__closure__[0].cell_contents)
print([x * x for x in range(5)], {x: x for x in range(3)}, {x % 2 for x in range(4)})
print(list(x for x in range(3)))
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
x = y = 0
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
