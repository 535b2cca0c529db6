import os, random, sys, json
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
lib = "/root/.pyenv/versions/3.11.7/lib/python3.11"
files = [l.strip() for l in open("/tmp/astref/FILES")]
files = [f for f in files if os.path.getsize(f) < 40000 and "lib2to3/tests" not in f and "badsyntax" not in f and "bad_coding" not in f]
muts = ["match ", "case ", "async ", "await ", ":=", "->", "@", "global ", "try:", "except ", "finally", "with ", "class ", "def ", "*a", "**k", "/", "~", ";", "\\", "  ", "\t", "0x", "1e", "b\x27", "f\x22{", "}}", "{{", "!r", "", "(", ")", ":", ",", "=", "[", "]", "{", "}", "if ", "else ", " x ", "*", "**", "print ", "lambda ", "for ", "in ", "'", "\n", "    ", "yield ", ".", "f'{", "}'", "not ", "del ", "return ", "as ", "import ", "1 ", "'a' "]
out = []
n = 0
while n < int(sys.argv[2]) if len(sys.argv) > 2 else 500:
    f = random.choice(files)
    src = open(f, "rb").read()
    try:
        text = src.decode("utf-8")
    except UnicodeDecodeError:
        continue
    if not text: continue
    pos = random.randrange(len(text))
    kind = random.random()
    if kind < 0.4:
        dl = random.randint(1, 3)
        new = text[:pos] + random.choice(muts) + text[pos + dl:]
    else:
        new = text[:pos] + random.choice(muts) + text[pos:]
    try:
        compile(new, "<s>", "exec", 1024, dont_inherit=True)
        res = "OK"
    except SyntaxError as e:
        res = "%s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception as e:
        continue
    name = "/tmp/fuzz/%04d.py" % n
    open(name, "w", encoding="utf-8").write(new)
    out.append(name + "\t" + res)
    n += 1
open("/tmp/fuzz/EXPECTED", "w").write("\n".join(out) + "\n")
