# compile()'s optimize levels applied to AST objects (asserts, __debug__, docstrings).
src = 'def f():\n    """doc"""\n    assert 0\n    return __debug__\n'
for opt in (-1, 0, 1, 2):
    ns = {}
    exec(compile(compile(src, 's', 'exec', 1024), 's', 'exec', optimize=opt), ns)
    try:
        r = ns['f']()
    except AssertionError:
        r = 'assert'
    print(opt, ns['f'].__doc__, r)
ns = {}
exec(src, ns)
try: print('exec', ns['f'].__doc__, ns['f']())
except AssertionError: print('exec', ns['f'].__doc__, 'assert')
print(eval('__debug__'))
