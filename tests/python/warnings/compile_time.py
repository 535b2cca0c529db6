# The compiler's and parser's warnings go through the warning filters; as errors they are SyntaxErrors.
import warnings

code = "x = 1\nif x is 1:\n    pass\ny = 'a\\d'\nassert (x, 'msg')\n"
compile(code, "<cw>", "exec")

warnings.simplefilter("always")
compile(code, "<cw2>", "exec")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile(code, "<cw3>", "exec")
for w in log:
    print(w.category.__name__, w.message, w.filename, w.lineno)

warnings.simplefilter("error")
for src in ["x = 1\nif x is 1: pass\n", "y = 'a\\d'\n", "assert (1, 2)\n"]:
    try:
        compile(src, "<err>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
