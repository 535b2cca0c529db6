# compile(..., PyCF_ONLY_AST | PyCF_TYPE_COMMENTS): type comments in the tree, type: ignore
# comments in Module.type_ignores, CPython's errors for misplaced ones, and mode 'func_type'.
import _ast

ONLY_AST = 1024
TYPE_COMMENTS = 4096


def dump(node):
    if isinstance(node, list):
        return '[' + ', '.join(dump(x) for x in node) + ']'
    if not isinstance(node, _ast.AST):
        return repr(node)
    parts = []
    for f in type(node)._fields:
        v = getattr(node, f, None)
        if v is None or v == []:
            continue
        parts.append(f + '=' + dump(v))
    return type(node).__name__ + '(' + ', '.join(parts) + ')'


def positions(tree):
    out = []
    for s in tree.body:
        out.append((s.lineno, s.col_offset, s.end_lineno, s.end_col_offset))
    return out


def parse(src, flags=ONLY_AST | TYPE_COMMENTS, mode='exec'):
    try:
        tree = compile(src, '<tc>', mode, flags)
        print(repr(src))
        print('   ', dump(tree))
        if mode == 'exec':
            print('   ', positions(tree))
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


cases = [
    "x = 1 # type: int\n",
    "x = 1 #type:int\n",
    "x = 1 #  type:   List[int]  \n",
    "x = 1 #\ttype:\tint\n",
    "x = 1 # type: ignore\n",
    "x = 1 # type: ignore[attr]  # more\n",
    "x = 1 # type: ignored\n",
    "x = 1 # type: ignore-this\n",
    "x = 1 # type: ignore1\n",
    "# type: ignore\nx = 1\n",
    "import a  # type: ignore\nimport b  # type: ignore[x]\n\n# type: ignore\n",
    "x = 1\n# type: int\n",
    "def f(a, # type: int\n      b):\n    # type: (...) -> None\n    pass\n",
    "def f(a,  # type: int\n      ):\n    pass\n",
    "def f(a, b):  # type: (int, int) -> None\n    pass\n",
    "def f():\n    # type: () -> None\n    # type: () -> None\n    pass\n",
    "def f():  # type: () -> None\n    # type: () -> None\n    pass\n",
    "def f(*, # type: int\n  a): pass\n",
    "def f(*args, # type: int\n  **kw # type: str\n  ): pass\n",
    "def f(a, /, b, # type: int\n  *, c # type: str\n  ): pass\n",
    "def f(*args: *Ts # type: int\n  ): pass\n",
    "async def f():  # type: () -> None\n    pass\n",
    "for x in y: # type: int\n    pass\n",
    "for x in y: # type: int\n    pass\nelse: # type: int\n    pass\n",
    "with a as b: # type: int\n    pass\n",
    "with a as b, c as d: # type: int, int\n    pass\n",
    "with (a as b): # type: int\n    pass\n",
    "with (a, b): # type: int\n    pass\n",
    "async def f():\n    async for x in y: # type: int\n        pass\n    async with a: # type: int\n        pass\n",
    "x + 1 # type: int\n",
    "f(a, # type: int\n  b)\n",
    "x = y = 1 # type: int\n",
    "x: int = 1 # type: int\n",
    "x = 1 # type: int # type: str\n",
    "if x: # type: int\n    pass\n",
    "while x: # type: int\n    pass\n",
    "def f(a=1, # type: int\n  b=2 # type: str\n  ): pass\n",
    "lambda a: 1 # type: int\n",
    "class C: # type: int\n    pass\n",
    "x = 1 # type: ignore # type: int\n",
    "x = 1 # type: ignore\u00e9\n",
    "x = 1  # type: \u00e9\n",
    "x = (1 # type: int\n)\n",
    "x = [  # type: ignore\n  1]\n",
    "try: # type: int\n    pass\nfinally:\n    pass\n",
    "x = 1 # type: int",
    "x = 1 # type: ignore",
    "def f(a # type: int\n, b): pass\n",
    "@d # type: int\ndef f(): pass\n",
]

for src in cases:
    parse(src)

print('--- without the flag')
for src in ["x = 1 # type: int\n", "x = 1 # type: ignore\n", "f(a, # type: int\n  b)\n",
            "def f():\n    # type: () -> None\n    pass\n"]:
    parse(src, ONLY_AST)
print(compile("x = 1 # type: int\n", '<tc>', 'exec', TYPE_COMMENTS).co_names)
exec(compile("def f(a, # type: int\n  b): # type: (...) -> None\n    return a + b # type: ignore\nprint(f(1, 2))\n",
             '<tc>', 'exec', TYPE_COMMENTS))

print('--- eval and single')
parse("x # type: int\n", mode='eval')
parse("x = 1 # type: int\n", mode='single')
parse("x = 1 # type: ignore\n", mode='single')

print('--- func_type')
for src in ["(int, str) -> None", "() -> List[int]", "(*int) -> None", "(**int) -> None",
            "(*int, **str) -> None", "(a, *b, **c) -> d", "(a, b) -> c\n\n", "int -> None",
            "(int) -> None # type: ignore", "(int,) -> None", "(a, *b) -> c"]:
    parse(src, mode='func_type')

print('--- line endings')
for src in ["x = 1 # type: int\r\ny = 2 # type: ignore[a]\r\n", b"x = 1 # type: int\r\n", "x = 1 # type: int\r", "def f(a, # type: int\r\n b): # type: (...) -> None\r\n  pass\r\n", "x = 1 # type: int \\\n", "x = 1 # type: int\x0c\n"]:
    try:
        t = compile(src, 's', 'exec', 1024 | 4096)
        print(repr(src), [getattr(s, 'type_comment', None) for s in t.body], [(i.lineno, i.tag) for i in t.type_ignores])
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg, e.lineno, e.offset)

print('--- more placements')
cases = ["from a import (b, # type: int\n c)\n", "from a import (b, # type: ignore\n c)\n",
 "class C(A, # type: int\n B): pass\n", "f = lambda a, # type: int\n b: 1\n", "x = [1, # type: int\n 2]\n",
 "def f(a, *, # type: int\n b): pass\n", "def f(a, /, # type: int\n b): pass\n", "def f(**kw, # type: int\n ): pass\n",
 "def f(a: int, # type: int\n ) -> None: # type: () -> None\n    pass\n", "def f():\n  # type: () -> None\n\n  pass\n",
 "def f(): # type: () -> None\n  pass\n", "def f(): # type: ignore\n  pass\n", "async def f(): # type: x\n  async for a in b: # type: y\n    pass\n",
 "with a: # type: int\n  pass\n", "with a, b: # type: int\n  pass\n", "for a in b: # type: int\n  pass\nelse: pass\n",
 "x = yield # type: int\n", "x = 1; y = 2 # type: int\n", "x = 1 # type: int\ny = 2 # type: ignore\n",
 "def f(a, # type: int\n  *args, # type: str\n  b=1, # type: bool\n  **kw # type: dict\n ): # type: (...) -> None\n  pass\n",
 "match x: # type: int\n  case 1: pass\n", "try: pass\nexcept E: # type: int\n  pass\n", "x = 1 # type:int # type: ignore\n",
 "if True:\n  x = 1 # type: int\n  # type: ignore\n", "if True:\n    pass\n# type: int\n", "x = (yield) # type: int\n",
 "def f(a # type: int\n): pass\n", "def f(*, a # type: int\n): pass\n", "def f(*a # type: int\n): pass\n", "def f(*, # type: int\n): pass\n"]
for src in cases:
    try:
        t = compile(src, 's', 'exec', 1024 | 4096)
        print(repr(src), 'ok', [getattr(s, 'type_comment', '-') for s in t.body], [(i.lineno, i.tag) for i in t.type_ignores])
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
