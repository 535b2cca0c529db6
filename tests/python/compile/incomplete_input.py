# compile() with codeop's flags PyCF_DONT_IMPLY_DEDENT and PyCF_ALLOW_INCOMPLETE_INPUT.
F = 0x200 | 0x4000
def show(src, mode='single', flags=F):
    try:
        c = compile(src, '<input>', mode, flags)
        print(repr(src), 'ok', type(c).__name__)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
for src in ['if 1:', 'if 1:\n', 'if 1:\n  x\n', 'if 1:\n  x\n\n', 'x = (', 'x = (1,\n', '"""abc', 'def f():\n  pass\n',
            'x = 1', 'x = ', '1 +', '\\', 'x = )', 'for x in y:\n  pass\nelse:', '@d', 'class C:\n', 'f(',
            'x = [1,\n 2', "'''", 'lambda:', 'if 1:\n  pass\n  x = (\n']:
    show(src)
    show(src, 'exec')
for src in ['if 1:', 'x = (', 'if 1:\n  x\n']:
    show(src, 'single', 0x200)
    show(src, 'single', 0)
