import sys
ns = {}
src = open("/work/shared/tools/astdump.py").read().replace("main(sys.argv[1:])", "")
exec(src, ns)
cases = open(sys.argv[1]).read().split("#---\n")
for i, case in enumerate(cases):
    mode, _, text = case.partition("\n")
    print("### %d %s" % (i, mode))
    try:
        tree = compile(text, "<s>", mode, 1024, dont_inherit=True)
        out = []
        ns["dump"](tree, 0, out)
        print("\n".join(out))
    except SyntaxError as e:
        print("SyntaxError: %s (%s, %s)" % (e.msg, e.lineno, e.offset))
