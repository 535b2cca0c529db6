# add_note and __notes__, and how notes print in an uncaught traceback.
import sys
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print(x)
e.__notes__ = ("tuple",)
try:
    e.add_note("x")
except TypeError as x:
    print(x)
del e.__notes__
e.add_note("again")
print(e.__notes__)
try:
    e.add_note()
except TypeError as x:
    print(x)
class S(str):
    pass
e.add_note(S("sub"))
print(e.__notes__, type(e.__notes__[1]).__name__)
f = KeyError("k")
f.add_note("note 1")
f.add_note("note 2\nsecond line")
sys.excepthook(KeyError, f, None)
g = TypeError("t")
g.__notes__ = ["ok", 42, "end"]
sys.excepthook(TypeError, g, None)
h = TypeError("t")
h.__notes__ = "not a sequence of notes"
sys.excepthook(TypeError, h, None)
class BadStr:
    def __str__(self):
        raise ValueError
i = TypeError("t")
i.__notes__ = [BadStr()]
sys.excepthook(TypeError, i, None)
j = TypeError("t")
j.__notes__ = 17
sys.excepthook(TypeError, j, None)
def raiser():
    err = RuntimeError("final")
    err.add_note("printed after the message")
    raise err
raiser()
