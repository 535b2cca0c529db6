import random, sys
random.seed(int(sys.argv[1]))
heads = ["if x", "elif y", "else", "while x", "for i in y", "for i, j in y", "async for i in y", "with a as b", "with (a as b, c)", "async with a", "try", "except E", "except E as e", "except* E", "except", "finally", "def f()", "def f(a) -> int", "async def f()", "class C", "class C(B)", "match x", "case 1", "case _ if y", "@dec", "lambda", "for x in", "if", "def", "class", "with", "except (A, B)", "except A, B"]
simple = ["pass", "x = 1", "return x", "yield x", "break", "continue", "raise E", "del x", "global g", "nonlocal n", "import m", "from m import n", "assert x", "x += 1", "f()", "await y", "print x", "x =", "= 1", "x: int", "(x) = 1", "1 = x", ""]
out = []
for n in range(int(sys.argv[2])):
    lines = []
    indent = 0
    for _ in range(random.randint(1, 6)):
        r = random.random()
        if r < 0.45:
            h = random.choice(heads)
            colon = ":" if random.random() < 0.9 else ""
            lines.append("    " * indent + h + colon)
            if random.random() < 0.85:
                indent += 1
        else:
            lines.append("    " * indent + random.choice(simple))
            if random.random() < 0.3 and indent > 0:
                indent -= random.randint(1, indent)
        if random.random() < 0.05:
            lines[-1] = " " + lines[-1]
    src = "\n".join(lines) + "\n"
    try:
        compile(src, "<s>", "exec", 1024, dont_inherit=True); res = "OK"
    except SyntaxError as e:
        res = "%s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    name = "/tmp/fuzz3/s%05d.py" % n
    open(name, "w").write(src)
    out.append(name + "\t" + res)
open("/tmp/fuzz3/EXPECTED5", "w").write("\n".join(out) + "\n")
