import warnings
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x is 1", "(1, 2)(3)", "assert (a, b)", "'\\d'", "b'\\q'", "1[2]", "'a'['b']"]:
        try:
            compile(src, "<src>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
