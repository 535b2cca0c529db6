import random, sys
random.seed(int(sys.argv[1]))
items = ["a", "b", "c=1", "d=2", "*", "*e", "**f", "/", "(g)", "h: int", "i: int = 3", "*j: int", "=", ",", "*k=1", "**l=2", "(m, n)", "o=", "p q", "lambda", "*args: *Ts"]
out = []
for n in range(int(sys.argv[2])):
    k = random.randint(0, 6)
    parts = []
    for _ in range(k):
        parts.append(random.choice(items))
        if random.random() < 0.85:
            parts.append(",")
    params = " ".join(parts)
    if random.random() < 0.5:
        src = "def f(%s): pass\n" % params
    else:
        src = "x = lambda %s: 0\n" % params.replace(": int", "").replace(": *Ts", "")
    try:
        compile(src, "<s>", "exec", 1024, dont_inherit=True); res = "OK"
    except SyntaxError as e:
        res = "%s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    name = "/tmp/fuzz3/%05d.py" % n
    open(name, "w").write(src)
    out.append(name + "\t" + res)
open("/tmp/fuzz3/EXPECTED", "w").write("\n".join(out) + "\n")
