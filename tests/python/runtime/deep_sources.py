# How deep a source may nest: pegen's MAXSTACK (MemoryError), the AST conversion's and the
# compiler's depth checks (RecursionError), which count from the caller's depth to the limit.
# compile() is called from module level only: CPython's count of the frames above it depends on
# whether its adaptive interpreter has specialised the calls yet.
import sys

PyCF_ONLY_AST = 1024
ERRORS = (MemoryError, RecursionError, SyntaxError)

for n in (2991, 2992, 2993, 2994, 5967, 5968):
    src = "x = " + "-" * n + "1"
    try:
        compile(src, "<deep>", "exec", 0, dont_inherit=True)
        code = "OK"
    except ERRORS as e:
        code = f"{type(e).__name__}: {e}"
    try:
        compile(src, "<deep>", "exec", PyCF_ONLY_AST, dont_inherit=True)
        tree = "OK"
    except ERRORS as e:
        tree = f"{type(e).__name__}: {e}"
    print(n, code, "|", tree)

for unit in ("lambda: ", "2**"):
    for n in (2983, 2984):
        try:
            compile("x = " + unit * n + "1", "<deep>", "exec", PyCF_ONLY_AST, dont_inherit=True)
            print(repr(unit), n, "OK")
        except ERRORS as e:
            print(repr(unit), n, type(e).__name__, e)

sys.setrecursionlimit(2000)
for n in (5966, 5967, 5968):
    try:
        compile("x = " + "-" * n + "1", "<deep>", "exec", PyCF_ONLY_AST, dont_inherit=True)
        print("limit 2000:", n, "OK")
    except ERRORS as e:
        print("limit 2000:", n, type(e).__name__, e)
sys.setrecursionlimit(1000)

for n in (199, 200, 201):
    try:
        compile("x = " + "(" * n + "1" + ")" * n, "<deep>", "exec", PyCF_ONLY_AST, dont_inherit=True)
        print("parentheses:", n, "OK")
    except ERRORS as e:
        print("parentheses:", n, type(e).__name__, e)
