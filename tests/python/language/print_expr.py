# PRINT_EXPR via exec(compile(..., 'single')): sys.displayhook, builtins._, None not printed.
import sys, builtins
ns = {}
for src in ["1 + 1", "None", "'text'", "x = 5", "x", "[x, x]", "for i in range(2): i", "if True:\n    7\n    8\n"]:
    exec(compile(src, "<single>", "single"), ns)
print(builtins._)
def hook(v):
    print("hook got", repr(v))
sys.displayhook = hook
exec(compile("3 * 3", "<s>", "single"), ns)
exec(compile("None", "<s>", "single"), ns)
sys.displayhook = sys.__displayhook__
del sys.displayhook
try:
    exec(compile("42", "<s>", "single"), ns)
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
exec(compile("'back'", "<s>", "single"), ns)
try:
    compile("1\n2", "<s>", "single")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval(compile("5", "<s>", "eval")), eval("x", ns))
sys.__displayhook__(None); sys.__displayhook__("direct")
print(builtins._)
class R:
    def __repr__(self): return "R-repr"
exec(compile("R()", "<s>", "single"), {"R": R})
