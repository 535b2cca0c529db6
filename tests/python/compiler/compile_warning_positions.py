"""Compiler warnings in every kind of expression and statement: what compile() records under
the "always" filter and the SyntaxError each becomes under "error"."""
import warnings
cases = [
    "f'{x is 1}'", "f'''\n{\n x is 1}'''", "f'{x!r:{y is 1}}'", "f'{f\"{x is 1}\"}'",
    "@(x is 1)\ndef f(): pass", "def f(a=(1 is x)): pass", "def f(a: x is 1): pass",
    "class C(x is 1): pass", "lambda: x is 1", "x = [\n  1,\n  2 is x]",
    "assert (x,\n  y)", "(1,\n 2)(\n3)", "x = 'é'; y = (1, 2)(3)", "[1][\n'a']",
    "with (1, 2)(x): pass", "del x[1 is 1]", "x[(1, 2)(3)] = 1",
    "match x:\n case 1 if x is 1: pass", "for x in (1)[0]: pass",
    "async def f():\n  async for x in (1)(2): pass", "print(*(1)(2))", "f(**{}(1))",
    "x = 1 if (1)(2) else 3", "x = (yield (1)(2))", "global x\nx = (1)(2)",
    "def f():\n  return (1)(2)\n  return 3", "if 0:\n  (1)(2)", "while 0:\n  x is 1",
    "x = 0 and (1 is x)", "x = [1 for y in z if y is 1]", "{1: (2)(3)}", "x = {(1)(2) for y in z}",
    "try:\n  pass\nexcept (1)(2):\n  pass", "try:\n  pass\nfinally:\n  x is 1",
    "with a:\n  x is 1", "async def f():\n  async with a:\n    x is 1",
    "def f():\n  try:\n    return 1\n  finally:\n    x is 1",
    "for x in y:\n  try:\n    break\n  finally:\n    x is ()",
]
for src in cases:
    for mode in ("always", "error"):
        with warnings.catch_warnings(record=True) as log:
            warnings.simplefilter(mode)
            try:
                compile(src, "<p>", "exec", dont_inherit=True)
                r = "ok"
            except SyntaxError as e:
                r = "%s %s %s %s %s %s" % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
        print(repr(src), mode, [(str(w.message), w.lineno) for w in log], r)
