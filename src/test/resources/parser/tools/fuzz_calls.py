import random, sys
random.seed(int(sys.argv[1]))
items = ["a", "*b", "**c", "d=1", "e for e in f", "(g)", "h:=1", "True=1", "x.y=1", "i=j for j in k", "*", "**", "l m", "n if o", "p if q else r", "[s]", "{t: u}", "{**v}", "w=", "=x", "yield", "lambda: 0", "z==1", "1 2", "print z", "*aa=1"]
wraps = ["f(%s)", "class C(%s): pass", "x = f(%s)", "[%s]", "(%s)", "{%s}", "x[%s]", "print(%s)", "del %s", "for %s in y: pass", "with %s: pass", "%s = 1", "%s += 1", "x = %s"]
out = []
for n in range(int(sys.argv[2])):
    k = random.randint(0, 4)
    parts = []
    for _ in range(k):
        parts.append(random.choice(items))
        if random.random() < 0.8:
            parts.append(",")
    src = random.choice(wraps) % " ".join(parts) + "\n"
    try:
        compile(src, "<s>", "exec", 1024, dont_inherit=True); res = "OK"
    except SyntaxError as e:
        res = "%s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    name = "/tmp/fuzz3/a%05d.py" % n
    open(name, "w").write(src)
    out.append(name + "\t" + res)
open("/tmp/fuzz3/EXPECTED4", "w").write("\n".join(out) + "\n")
