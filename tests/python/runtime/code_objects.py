# Code objects from Python: attributes, replace() and repr.
def f(a, b=1, *, c):
    x = a + b
    return x
c = f.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_varnames, c.co_consts, c.co_filename.endswith('.py'))
r = c.replace(co_name='g')
print(r.co_name, r.co_varnames == c.co_varnames, r is c)
print(repr(c).startswith('<code object f at 0x'), repr(c).endswith(', line 2>'))
