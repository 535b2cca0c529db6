import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile("def f():\n    return x is not ()\n", "mod.py", "exec")
w = log[0]
print(type(w.message).__name__, w.message.args, w.category is SyntaxWarning, w.filename, w.lineno, w.line, w.source)
print(issubclass(w.category, Warning), str(w.message))
