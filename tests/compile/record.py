"""Compiles the file named by sys.argv[1] with compile(source_bytes, path, "exec") twice and prints
what Python code sees: first the warnings it emits, recorded by warnings.catch_warnings(record=True)
under the "always" filter (category, filename, lineno, message); then, under the "error" filter,
the exception the first warning becomes (class, msg, lineno, offset, end_lineno, end_offset, text).
tests/compile/generate.py runs it with python3; CompileCorpusTest runs it with Sanca."""
import sys
import warnings

path = sys.argv[1]
with open(path, "rb") as f:
    source = f.read()

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile(source, path, "exec", dont_inherit=True)
for w in log:
    print("warning", w.category.__name__, w.filename, w.lineno, repr(str(w.message)))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile(source, path, "exec", dont_inherit=True)
        print("no error")
    except SyntaxError as e:
        print("error", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
