# The traceback module over Sanca's tracebacks and code positions: format_exc, print_exception
# (groups, chains, notes), extract_tb, TracebackException, co_positions and co_lines.
import sys, traceback

def inner(d):
    return d["key"] + 1

def outer():
    return inner({"key": "text"})

try:
    outer()
except TypeError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    et, ev, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line, fs.end_lineno, fs.colno, fs.end_colno)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("chained") from z
except ValueError as e:
    e.add_note("a note")
    lines = traceback.format_exception(e)
    print("".join(lines).replace(__file__, "FILE"))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, te.__notes__)
    print(traceback.format_exception_only(e))

try:
    raise ExceptionGroup("group", [KeyError("k"), ExceptionGroup("inner", [OSError(2, "gone")])])
except ExceptionGroup as g:
    print("".join(traceback.format_exception(g)).replace(__file__, "FILE"))

def positions(f):
    return [p for p in f.__code__.co_positions()][:6], list(f.__code__.co_lines())[:6]
print(positions(inner))
print(traceback.format_list(traceback.extract_stack()[-1:])[0].replace(__file__, "FILE"))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 1, 3, "a b c\n"))))
