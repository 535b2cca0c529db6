# The end of a "single" input closes its open blocks (pegen turns ENDMARKER into NEWLINE and queues DEDENTs), unless PyCF_DONT_IMPLY_DEDENT.
for src in ["if 1:\n  x = 1", "if 1:\n  x = 1\n", "for i in range(2):\n  print(i)", "x = 1", "def f():\n  return 1", "if 1:\n  x = 1\nelse:\n  y = 2", "@d\ndef f(): pass", "class C:\n  pass", "if 1: pass\n\n", "if 1:\n  pass\n  "]:
    try:
        c = compile(src, "s", "single")
        print(repr(src), "ok", c.co_code == compile(src + "\n", "s", "single").co_code)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg, e.lineno, e.offset)
for src in ["if 1:\n  x = 1", "if 1:\n  x = 1\n", "if 1:\n  x = 1\n\n", "x = 1", "def f():", "def f():\n  return 1\n", "(1,"]:
    for flags in (0x200, 0x200 | 0x4000, 0x4000):
        try:
            compile(src, "s", "single", flags)
            print(repr(src), hex(flags), "ok")
        except SyntaxError as e:
            print(repr(src), hex(flags), "SyntaxError", e.msg, e.lineno, e.offset)
