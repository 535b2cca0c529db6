# str() and repr() of every built-in exception class with 0, 1 and 2 arguments.
import builtins

names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException)
               and n not in ("BaseExceptionGroup", "ExceptionGroup"))
for n in names:
    cls = getattr(builtins, n)
    for args in [(), ("msg",), ("a", 2), (1,)]:
        if n in ("UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError") and args:
            continue
        try:
            e = cls(*args)
        except Exception as x:
            print(n, args, "ctor", type(x).__name__, x)
            continue
        print(n, args, repr(str(e)), repr(e), e.args, type(e).__name__)
