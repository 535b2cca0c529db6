# compile() modes/flags/errors and __import__ (fromlist, level, globals) as builtins
import _ast as ast, sys  # _ast, not ast: the in-process test runner shares the node classes ast.py patches
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__ if type(r).__name__ in ('code', 'module', 'Module', 'Expression', 'Interactive') else repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

c = compile('x = 1\ny = x + 1', 'file.py', 'exec')
print(type(c).__name__, c.co_filename, c.co_name, sorted(c.co_names), c.co_firstlineno)
ns = {}
exec(c, ns)
print(ns['y'])
e = compile('a * 2', '<expr>', 'eval')
print(eval(e, {'a': 21}), e.co_filename, e.co_name)
s = compile('1 + 1', '<single>', 'single')
import io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    exec(s)
    exec(compile('None', '', 'single'))
    exec(compile('"text"', '', 'single'))
print(repr(buf.getvalue()))
show(compile, 'x = ', 'bad.py', 'exec'); show(compile, '1', 'f', 'bogus'); show(compile, 'x = 1', 'f', 'eval'); show(compile, 'a; b', 'f', 'single')
show(compile, 'def f(:', '<s>', 'exec'); show(compile, '  x = 1', '<s>', 'exec'); show(compile, 'if 1:\n  a\n b', '<s>', 'exec')
show(compile, 5, 'f', 'exec'); show(compile, '1', 5, 'exec'); show(compile, '1', 'f'); show(compile, '1\x00', 'f', 'exec'); show(compile, 'return 1', 'f', 'exec')
show(compile, 'break', 'f', 'exec'); show(compile, 'yield', 'f', 'exec'); show(compile, 'await x', 'f', 'exec'); show(compile, 'nonlocal q', 'f', 'exec')
show(compile, 'x', 'f', 'exec', flags=0x12345678); show(compile, 'x', 'f', 'exec', dont_inherit=True, optimize=5)
try:
    compile('x = (1,\n  2', 'multi.py', 'exec')
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.filename, err.lineno, err.offset, repr(err.text))
try:
    compile('def f():\n\treturn 1\n        return 2', 'tabs.py', 'exec')
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.lineno)
tree = compile('x + 1', '<ast>', 'eval', ast.PyCF_ONLY_AST)
print(type(tree).__name__, type(tree.body).__name__, type(tree.body.op).__name__, tree.body.left.id, tree.body.right.value)
print(eval(compile(tree, '<ast>', 'eval'), {'x': 4}))
mod = compile('z = 3 * 3', '<mod>', 'exec', ast.PyCF_ONLY_AST)
code = compile(mod, '<mod>', 'exec')
zns = {}
exec(code, zns)
print(zns['z'])
show(compile, ast.Expression(body=ast.Name(id='x', ctx=ast.Load())), '<x>', 'eval')
show(compile, ast.Module(body=[], type_ignores=[]), '<e>', 'eval')
print(compile(b'b = "bytes source"', 'b', 'exec').co_consts[0], compile(bytearray(b'1 + 2'), 'ba', 'eval').co_consts)
print(compile('# -*- coding: latin-1 -*-\ns = "\xe9"', 'enc', 'exec').co_consts[0] == '\xe9')
print(compile('x', 'f', 'eval', optimize=0).co_name, compile('assert 0', 'f', 'exec', optimize=2).co_code == compile('pass', 'f', 'exec').co_code)
show(compile, 'from __future__ import braces', 'f', 'exec'); show(compile, 'from __future__ import nonexistent', 'f', 'exec')
print(compile('from __future__ import annotations\ndef f(a: int): pass', 'f', 'exec').co_flags & 0x1000000 != 0)

m = __import__('math')
print(m.__name__, m is sys.modules['math'], __import__('os.path').__name__, __import__('os.path', fromlist=['join']).__name__)
print(__import__('collections.abc', fromlist=['*']).__name__, __import__('json', globals(), locals(), [], 0).__name__)
show(__import__, 'no_such_module_xyz'); show(__import__, ''); show(__import__, 5); show(__import__, 'os', level=-1); show(__import__, 'x', level=1)
show(__import__, 'math', fromlist=5); show(__import__, 'a.b.c.nothing'); show(__import__); show(__import__, name='math')
show(__import__, 'math', None, None, ['pi'], 0)
try:
    __import__('no_such_pkg.sub')
except ModuleNotFoundError as err:
    print(type(err).__name__, err.name, err)
try:
    from math import no_such_name
except ImportError as err:
    print(type(err).__name__, err.name, str(err).split(' (')[0])
