import sys
src = open(sys.argv[1]).read()
for i, snip in enumerate(src.split("#---\n")):
    try:
        compile(snip, "<s>", "exec", 1024, dont_inherit=True)
        print(f"{i}: OK")
    except SyntaxError as e:
        print(f"{i}: {type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})")
