import random, sys
random.seed(int(sys.argv[1]))
parts = ["{", "}", "{{", "}}", "x", "!r", "!s", "!a", "!z", ":", ">10", "=", " ", "{y}", "'", '"', "\\n", "\\N{BULLET}", "(", ")", "[", "]", "#", "a b", "lambda", ":=", "1", ".", "ü", "\\", "\n", "!=", "<", "{x:{y}}", "{x!r:{y}}"]
pref = ["f", "rf", "F", "fr", "f", "f"]
quotes = ['"', "'", '"""', "'''"]
out = []
for n in range(int(sys.argv[2])):
    q = random.choice(quotes)
    body = "".join(random.choice(parts) for _ in range(random.randint(1, 8)))
    if len(q) == 1:
        body = body.replace("\n", "")
    lit = random.choice(pref) + q + body + q
    if random.random() < 0.3:
        lit = "'a' " + lit
    if random.random() < 0.2:
        lit = lit + " f'{z}'"
    src = "v = " + lit + "\n"
    try:
        compile(src, "<s>", "exec", 1024, dont_inherit=True); res = "OK"
    except SyntaxError as e:
        res = "%s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception:
        continue
    name = "/tmp/fuzz3/f%05d.py" % n
    open(name, "w", encoding="utf-8").write(src)
    out.append(name + "\t" + res)
open("/tmp/fuzz3/EXPECTED6", "w").write("\n".join(out) + "\n")
