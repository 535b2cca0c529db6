# Like /work/shared/tools/codedump.py FILE, but compiles with optimize=N (the -O / -OO levels).
# Usage: python3 codedump_opt.py N FILE
import sys

with open("/work/shared/tools/codedump.py") as f:
    source = f.read()
namespace = {"__name__": "codedump"}
exec(source.split("\ndef main")[0], namespace)


def main(level, path):
    print("### " + path)
    with open(path, "rb") as f:
        src = f.read()
    try:
        code = compile(src, path, "exec", dont_inherit=True, optimize=level)
    except SyntaxError as e:
        print("SyntaxError: %s (%s, %s)" % (e.msg, e.lineno, e.offset))
        return
    out = []
    namespace["dump"](code, out)
    print("\n".join(out))


main(int(sys.argv[1]), sys.argv[2])
