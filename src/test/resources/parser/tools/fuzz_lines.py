import os, random, sys, re
random.seed(int(sys.argv[1]))
files = [l.strip() for l in open("/tmp/astref/FILES")]
lines = []
for f in files:
    try:
        for ln in open(f, encoding="utf-8"):
            s = ln.strip()
            if ("f'" in s or 'f"' in s or s.startswith("case ") or s.startswith("match ") or "lambda" in s or ":=" in s) and len(s) < 200:
                lines.append(s)
    except Exception:
        pass
muts = ["{", "}", "!", ":", "=", "!r", "!x", "'", '"', "(", ")", "[", "]", "*", "**", ",", " ", "\\", "#", "|", "as ", "_", "if ", "lambda", ":=", "{}", "{{", "}}", "f'", "!=", "==", "<", ">"]
out = []
n = 0
N = int(sys.argv[2])
while n < N:
    s = random.choice(lines)
    for _ in range(random.randint(1, 2)):
        pos = random.randrange(len(s) + 1)
        if random.random() < 0.4:
            s = s[:pos] + s[pos + random.randint(1, 2):]
        else:
            s = s[:pos] + random.choice(muts) + s[pos:]
    if s.startswith("case "):
        src = "match x:\n    " + s + "\n        pass\n"
    elif s.startswith("match "):
        src = s + "\n    case _: pass\n"
    elif s.endswith(":"):
        src = s + "\n    pass\n"
    else:
        src = s + "\n"
    try:
        compile(src, "<s>", "exec", 1024, dont_inherit=True)
        res = "OK"
    except SyntaxError as e:
        res = "%s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception:
        continue
    name = "/tmp/fuzz2/%05d.py" % n
    open(name, "w", encoding="utf-8").write(src)
    out.append(name + "\t" + res)
    n += 1
open("/tmp/fuzz2/EXPECTED", "w").write("\n".join(out) + "\n")
