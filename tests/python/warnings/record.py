# catch_warnings(record=True), showwarning and formatwarning replaced, warn_explicit.
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", SyntaxWarning)
    warnings.warn(DeprecationWarning("third"))
    def f():
        warnings.warn("from f", RuntimeWarning, stacklevel=2)
    f()
for w in log:
    print(type(w.message).__name__, w.message, w.category.__name__, w.filename.endswith("record.py"), w.lineno)
print(len(warnings.filters) > 0, warnings.filters[0][0] if warnings.filters else None)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    def show(message, category, filename, lineno, file=None, line=None):
        print("show:", message, category.__name__, filename.endswith("record.py"), lineno, file, line)
    warnings.showwarning = show
    warnings.warn("via showwarning")
    warnings.warn_explicit("explicit", UserWarning, "some/file.py", 12)
    warnings.warn_explicit("explicit mod", UserWarning, "other.py", 3, module="mymod")
    warnings.warn_explicit(ResourceWarning("res"), None, "x.py", 1)

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    reg = {}
    for i in range(3):
        warnings.warn_explicit("reg", UserWarning, "r.py", 5, registry=reg)
    print(len(log), sorted(repr(k) for k in reg))
    # filterwarnings() would compile a regex (re); a plain str module must match exactly
    warnings.filters.insert(0, ("ignore", None, UserWarning, "mymod", 0))
    warnings._filters_mutated()
    warnings.warn_explicit("filtered by module", UserWarning, "m.py", 1, module="mymod")
    warnings.warn_explicit("not filtered", UserWarning, "m.py", 2, module="othermod")
    print([str(w.message) for w in log])
    try:
        warnings.warn_explicit("x", UserWarning, "r.py", 5, registry=[])
    except TypeError as e:
        print("TypeError:", e)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = lambda m, c, f, l, line=None: "formatted: %s %s %s\n" % (m, c.__name__, l)
    warnings.warn_explicit("custom format", UserWarning, "<none>", 8)
print("end")
