"""Compiler errors about private names in classes: messages with mangled or plain names, and
positions at the declaration."""
cases = [
    "class C:\n def f(__a, __a): pass",
    "class C:\n def f(self):\n  __x = 1\n  global __x",
    "class C:\n def f(self):\n  nonlocal __x",
    "class C:\n def f(self):\n  global __x\n  nonlocal __x",
    "class C:\n def f(self, x):\n  match x:\n   case [__a, __a]: pass",
    "class C:\n def f(self, x):\n  match x:\n   case C(__a=1, __a=2): pass",
    "class C:\n def f(self):\n  f(__a=1, __a=2)",
    "class C:\n [__x := 1 for __x in y]",
    "def f():\n class C:\n  [(__x := 1) for __x in y]",
    "class C:\n def f(self):\n  [__y for __y in range(3) if (__z := 0) for __z in range(3)]",
    "class C:\n def f(self):\n  print(__q)\n  global __q",
    "class C:\n def f(self):\n  __q: int\n  global __q",
    "class C:\n def f(self, __p):\n  global __p",
    "class _:\n def f(self, __p):\n  global __p",
    "class __:\n def f(self, __p):\n  global __p",
    "class C:\n def f(self):\n  from __future__ import braces",
    "def f(*, a, **a): pass",
    "def f(a, b=1, /, c=2, *d, e, f=3, **a): pass",
    "async def f():\n yield\n return 1 if x else 2",
    "async def f():\n [x for x in (yield)]\n return 1",
    "def f():\n x = [(yield from y) for y in z]",
    "def f():\n nonlocal x, x",
    "def g():\n x = 1\n def f():\n  nonlocal x, x\n  x = 2",
    "def f():\n global x, x\n",
    "def f(a):\n def g():\n  nonlocal a\n  global a",
    "x: int\nglobal x",
    "def f():\n x: int\n nonlocal x",
]
for src in cases:
    try:
        compile(src, "<p>", "exec", dont_inherit=True)
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
