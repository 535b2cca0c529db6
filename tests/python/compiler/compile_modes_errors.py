"""SyntaxErrors of the symbol table and code generator through compile() in each mode, with
PyCF_ALLOW_TOP_LEVEL_AWAIT and PyCF_ONLY_AST: message and position."""
cases = [
    ("yield", "eval", 0), ("await x", "eval", 0), ("(yield)", "single", 0), ("await x", "single", 0),
    ("await x", "exec", 0x2000), ("[x async for x in y]", "exec", 0x2000), ("yield", "exec", 0x2000),
    ("async for x in y: pass", "exec", 0x2000), ("async with x: pass", "exec", 0x2000),
    ("return", "single", 0), ("break", "single", 0),
    ("[x for x in (y := 1)]", "eval", 0), ("lambda: (yield)", "eval", 0), ("lambda: await x", "eval", 0),
    ("lambda x, x: 1", "eval", 0), ("f(a=1, a=2)", "eval", 0), ("x is 1", "eval", 0),
    ("(await x for x in y)", "eval", 0x2000), ("[await x for x in y]", "eval", 0x2000),
    ("class C:\n  await x", "exec", 0x2000), ("def f():\n  await x", "exec", 0x2000),
    ("from __future__ import braces", "single", 0), ("from __future__ import nope", "exec", 0),
    ("x = 1\nfrom __future__ import nope", "exec", 0),
    ("from __future__ import barry_as_FLUFL\n1 <> 2", "exec", 0),
    ("def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x", "exec", 0),
    ("__debug__", "eval", 0), ("del __debug__", "exec", 0x400),
    ("match x:\n case _: pass\n case 1: pass", "exec", 0x400),
]
for src, mode, flags in cases:
    try:
        compile(src, "<p>", mode, flags, dont_inherit=True)
        print("ok", repr(src), mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    except Exception as e:
        print("other", type(e).__name__, e)
