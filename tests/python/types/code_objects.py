# code objects: co_lines, co_positions, co_lnotab, _varname_from_oparg, replace, reprs of functions and code
def f(a,
      b=2, *args, c, **kw):
    x = (a +
         b)
    for i in range(3):
        x += i
    if x > 10:
        return [y
                for y in args]
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    return x

def g():
    def inner():
        return f
    return inner

async def coro():
    await something

def gen():
    yield 1
    yield from range(2)

lam = lambda q: q * 2

def walk(code):
    yield code
    for c in code.co_consts:
        if hasattr(c, 'co_lines'):
            yield from walk(c)

for fn in (f, g, coro, gen, lam):
    for code in walk(fn.__code__):
        print(code.co_name, code.co_qualname, code.co_firstlineno, code.co_argcount, code.co_kwonlyargcount,
              code.co_posonlyargcount, code.co_nlocals, code.co_varnames, code.co_cellvars, code.co_freevars, code.co_flags)
        print(' lines', list(code.co_lines()))
        print(' positions', list(code.co_positions()))
        print(' lnotab', code.co_lnotab)
        print(' names', [code._varname_from_oparg(i) for i in range(len(code.co_varnames) + len(code.co_cellvars) + len(code.co_freevars))])
        print(' same', code._co_code_adaptive == code.co_code, code.co_code == code.replace().co_code, code == code.replace())
src = '''
x = 1
y = [x,
     x + 1,
        x * 2]
def h(): return (yield
    )
'''
code = compile(src, '<src>', 'exec')
for c in walk(code):
    print(c.co_name, list(c.co_lines()), list(c.co_positions()), c.co_lnotab)
big = compile('\n' * 300 + 'a = 1\n' + '\n' * 200 + 'b = 2\n', 'big', 'exec')
print(list(big.co_lines()), big.co_lnotab)
long_code = compile('x = [' + ', '.join(str(i) for i in range(150)) + ']', 'l', 'exec')
print(len(list(long_code.co_lines())), long_code.co_lnotab[:10], len(list(long_code.co_positions())))
try:
    f.__code__._varname_from_oparg(100)
except IndexError as e:
    print('IndexError:', e)
print(type(f.__code__.co_lines()).__name__, type(f.__code__.co_positions()).__name__)
c2 = f.__code__.replace(co_name='renamed', co_firstlineno=100)
print(c2.co_name, c2.co_firstlineno, list(c2.co_lines())[:3], c2.co_lnotab == f.__code__.co_lnotab)
try:
    f.__code__.replace(co_bogus=1)
except TypeError as e:
    print('TypeError:', e)
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__module__, f.__doc__, sorted(f.__globals__) == sorted(globals()))
inner = g()
print(inner.__qualname__, inner.__closure__, g.__closure__, type(f).__name__, f.__annotations__, lam.__name__)
def clo():
    v = 5
    def get(): return v
    return get
cell = clo().__closure__[0]
print(type(cell).__name__, cell.cell_contents, clo().__code__.co_freevars, clo.__code__.co_cellvars)
