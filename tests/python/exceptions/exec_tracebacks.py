# Tracebacks through exec, eval and compile'd code: "<string>" frames without source lines.
import sys

def report(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)

report(lambda: exec("x = 1\ny = x / 0"))
report(lambda: eval("[][1]"))
code = compile("def g():\n    return undefined\ng()", "generated.py", "exec")
report(lambda: exec(code, {}))
report(lambda: exec("raise KeyError('k') from None"))
report(lambda: exec("try:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError"))
