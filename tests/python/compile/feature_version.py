# compile()'s _feature_version (ast.parse's feature_version) with PyCF_ONLY_AST: CPython's CHECK_VERSION errors.
def show(src, v):
    try:
        compile(src, '<fv>', 'exec', 1024, _feature_version=v)
        print(repr(src), v, 'ok')
    except SyntaxError as e:
        print(repr(src), v, 'SyntaxError', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for src, v in [
    ("x: int = 1\n", 5), ("(x): int\n", 5), ("a.b: int\n", 5), ("x: int = 1\n", 6),
    ("async def f(): pass\n", 4), ("async def f():\n    await x\n", 5), ("async def f():\n    await x\n", 4),
    ("async def f():\n    async for x in y: pass\n", 4), ("async def f():\n    async with x: pass\n", 4),
    ("async def f():\n    async with (x, y): pass\n", 4),
    ("with (a as b): pass\n", 8), ("with (a as b, c): pass\n", 9), ("with (a, b): pass\n", 8),
    ("try:\n    pass\nexcept* E:\n    pass\n", 10), ("match x:\n    case 1: pass\n", 9),
    ("a @ b\n", 4), ("a @= b\n", 4), ("(y := 1)\n", 7), ("def f(a, /): pass\n", 7),
    ("def f(a=1, /): pass\n", 7), ("lambda a, /: 1\n", 7),
    ("async def f():\n    [x async for x in y]\n", 5), ("1_000\n", 5), ("f'{x}'\n", 5), ("f'{x=}'\n", 7),
    ("x = 1\n", -1), ("x = 1\n", 100), ("match x:\n    case 1: pass\n", -1),
]:
    show(src, v)
try:
    print(type(compile("(y := 1)", "s", "exec", _feature_version=4)).__name__)
except SyntaxError as e:
    print('no ONLY_AST', e)
