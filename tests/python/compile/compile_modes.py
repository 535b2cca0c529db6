# compile(): modes, flags, __future__ inheritance, optimize levels, source and filename types.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)

# 'single' prints expression statements through sys.displayhook
exec(compile('1+1', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
exec(compile('x = 5\n', '<s>', 'single'))
exec(compile('if 1:\n  7\n  "s"\n\n', '<s>', 'single'))
exec(compile('for i in range(2): i\n', '<s>', 'single'))
seen = []
old = sys.displayhook
sys.displayhook = seen.append
exec(compile('3*3', '<s>', 'single'))
exec(compile('"a" + "b"', '<s>', 'single'))
sys.displayhook = old
print('displayhook saw', seen)
print(__builtins__._ if hasattr(__builtins__, '_') else 'no _')
show('single-two', lambda: compile('1\n2\n', '<s>', 'single'))
show('single-empty', lambda: compile('', '<s>', 'single'))
show('eval-stmt', lambda: compile('x = 1', '<s>', 'eval'))
show('eval-value', lambda: eval(compile('2**10', '<s>', 'eval')))

# flags and mode validation
show('bad-flags', lambda: compile('1', 's', 'exec', 0x8000000))
show('bad-mode', lambda: compile('1', 's', 'execute'))
show('bad-mode-ast', lambda: compile('1', 's', 'execute', 1024))
show('optimize-3', lambda: compile('1', 's', 'exec', optimize=3))
show('optimize--2', lambda: compile('1', 's', 'exec', optimize=-2))
show('mode-int', lambda: compile('1', 's', 1))
show('flags-str', lambda: compile('1', 's', 'exec', 'x'))
show('too-many', lambda: compile('1', 's', 'exec', 0, 0, 0, 0))
show('kw-bad', lambda: compile('1', 's', 'exec', spam=1))
show('feature-version', lambda: type(compile('1', 's', 'exec', _feature_version=8)).__name__)
show('missing', lambda: compile('1', 's'))

# top-level await
import _ast
code = compile('await x', '<s>', 'exec', 0x2000)
print('await flags', hex(code.co_flags & 0x80))
code = compile('1 + 1', '<s>', 'exec', 0x2000)
print('plain flags', hex(code.co_flags & 0x80))
for src in ['[x async for x in y]', 'async for x in y: pass', 'async with x: pass', '(await x for x in y)',
            'lambda: await x', 'def f(): await x']:
    show('tla ' + src, lambda: hex(compile(src, '<s>', 'exec', 0x2000).co_flags & 0x80))
    show('no-tla ' + src, lambda: compile(src, '<s>', 'exec').co_name)

# __future__ annotations, inherited or not
ns = {}
exec(compile('x: int = 1\ndef f(a: list[int]) -> None: pass\n', '<s>', 'exec'), ns)
print('plain', ns['__annotations__'], ns['f'].__annotations__)
ns = {}
exec(compile('from __future__ import annotations\nx: int = 1\ndef f(a: list[int]) -> None: pass\n', '<s>', 'exec'), ns)
print('future', ns['__annotations__'], ns['f'].__annotations__)
import __future__
ns = {}
exec(compile('def f(a: list[int]) -> None: pass\n', '<s>', 'exec', __future__.annotations.compiler_flag), ns)
print('flag', ns['f'].__annotations__, hex(__future__.annotations.compiler_flag))
print('flag code', hex(compile('1', 's', 'exec', __future__.annotations.compiler_flag).co_flags))
print('generator_stop', hex(compile('1', 's', 'exec', __future__.generator_stop.compiler_flag).co_flags))
show('barry', lambda: compile('from __future__ import barry_as_FLUFL\n1 <> 2', 's', 'exec').co_name)
show('barry-noflag', lambda: compile('1 <> 2', 's', 'exec'))
show('barry-flag', lambda: compile('1 <> 2', 's', 'exec', __future__.barry_as_FLUFL.compiler_flag).co_name)
show('future-unknown', lambda: compile('from __future__ import spam', 's', 'exec'))
show('future-late', lambda: compile('x = 1\nfrom __future__ import annotations', 's', 'exec'))
show('future-braces', lambda: compile('from __future__ import braces', 's', 'exec'))

# inheritance from the calling code
inherit_src = '''from __future__ import annotations
def inner(dont):
    ns = {}
    exec(compile("def g(a: int): pass", "<i>", "exec", 0, dont), ns)
    return ns["g"].__annotations__
print("inherit", inner(False), inner(True))
print("code flags", hex(compile("1", "s", "exec").co_flags), hex(compile("1", "s", "exec", dont_inherit=True).co_flags))
print("eval", eval("(lambda a: int: 1).__annotations__") if False else "skip")
'''
exec(compile(inherit_src, '<inherit>', 'exec'), {})

# optimize levels
src = '''
"""module doc"""
def f():
    """fdoc"""
    assert False, "boom"
    return __debug__
'''
for opt in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, '<o>', 'exec', optimize=opt), ns)
    try:
        r = ns['f']()
    except AssertionError as e:
        r = 'AssertionError ' + str(e)
    print('optimize', opt, repr(ns.get('__doc__')), repr(ns['f'].__doc__), r)

# sources
print(eval(compile(b'1 + 2', 's', 'eval')), eval(compile(bytearray(b'3'), 's', 'eval')),
      eval(compile(memoryview(b'4'), 's', 'eval')))
print(eval(compile('# -*- coding: latin-1 -*-\n"\xe9"', 's', 'eval')))
print(ascii(eval(compile(b'# -*- coding: latin-1 -*-\n"\xe9"', 's', 'eval'))))
print(ascii(eval(compile(b'\xef\xbb\xbf"y"', 's', 'eval'))))
show('null-str', lambda: compile('a\0b', 's', 'exec'))
show('null-bytes', lambda: compile(b'a\0b', 's', 'exec'))
show('null-bytearray', lambda: compile(bytearray(b'a\0b'), 's', 'exec'))
show('source-int', lambda: compile(1, 's', 'exec'))
show('source-list', lambda: compile([], 's', 'exec'))
show('exec-int', lambda: exec(1))
show('eval-int', lambda: eval(1))
show('surrogate', lambda: compile('"\udc80"', 's', 'exec'))
show('bad-utf8', lambda: compile(b'"\xff"', 's', 'exec'))

# filenames
print(compile('1', b'bytes.py', 'exec').co_filename)
class P:
    def __fspath__(self):
        return 'path.py'
print(compile('1', P(), 'exec').co_filename)
show('filename-int', lambda: compile('1', 1, 'exec'))
show('filename-none', lambda: compile('1', None, 'exec'))
show('filename-null', lambda: compile('1', 'a\0b', 'exec'))

# the ONLY_AST flag
tree = compile('x = 1', 's', 'exec', 1024)
print(type(tree).__name__, type(tree.body[0]).__name__)
print(compile(tree, 's', 'exec', 1024) is tree)
print(type(compile('x', 's', 'eval', 1024)).__name__, type(compile('x', 's', 'single', 1024)).__name__)
ft = compile('(int, str) -> None', 's', 'func_type', 1024)
print(type(ft).__name__, [type(a).__name__ for a in ft.argtypes], type(ft.returns).__name__)
show('func_type-bad', lambda: compile('int -> None', 's', 'func_type', 1024))
print(eval(compile(compile('6*7', 's', 'eval', 1024), 's', 'eval')))
