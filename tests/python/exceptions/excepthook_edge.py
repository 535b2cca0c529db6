# What sys.excepthook prints for odd exceptions: failing __str__, empty messages, module names.
import sys
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")
sys.excepthook(BadStr, BadStr(), None)
class Empty(Exception):
    def __str__(self):
        return ""
sys.excepthook(Empty, Empty(), None)
class Custom(Exception):
    pass
Custom.__module__ = "some.module"
sys.excepthook(Custom, Custom("x"), None)
Custom.__module__ = None
sys.excepthook(Custom, Custom("x"), None)
class Outer:
    class Nested(Exception):
        pass
sys.excepthook(Outer.Nested, Outer.Nested("n"), None)
sys.excepthook(KeyError, KeyError(), None)
sys.excepthook(KeyError, KeyError(""), None)
sys.excepthook(OSError, OSError(2, "no", "f"), None)
e = ValueError("cycle")
e.__context__ = TypeError("ctx")
e.__context__.__context__ = e
sys.excepthook(ValueError, e, None)
e = ValueError("suppressed")
e.__context__ = TypeError("hidden")
e.__suppress_context__ = True
sys.excepthook(ValueError, e, None)
e = ValueError("cause wins")
e.__cause__ = KeyError("c")
e.__context__ = TypeError("hidden")
sys.excepthook(ValueError, e, None)
e = ValueError("suppressed only")
e.__suppress_context__ = True
e.__context__ = TypeError("shown? no")
e.__cause__ = None
sys.excepthook(ValueError, e, None)
sys.excepthook(SyntaxError, SyntaxError("bad", ("f.py", 2, 5, "x = $\n", 2, 6)), None)
sys.excepthook(SyntaxError, SyntaxError("bad"), None)
sys.excepthook(IndentationError, IndentationError("ind", ("<s>", 1, 3, "  x\n")), None)
sys.excepthook(ValueError, 42, None)
print("done")
