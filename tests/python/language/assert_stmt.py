# assert with and without messages, message evaluation laziness, AssertionError args.
def t(f):
    try:
        f()
        print("passed")
    except AssertionError as e:
        print("AssertionError", e.args)
def msg():
    print("msg evaluated"); return "the message"
def a1(): assert True, msg()
def a2(): assert False, msg()
def a3(): assert 0
def a4(): assert [], ("tuple", 1)
def a5(): assert None, None
def a6(): assert 1 == 2, f"{1} != {2}"
for f in (a1, a2, a3, a4, a5, a6):
    t(f)
import builtins
saved = builtins.AssertionError
class MyErr(Exception): pass
builtins.AssertionError = MyErr
try:
    assert False, "x"
except MyErr:
    print("custom shadowed? no")
except saved as e:
    print("builtin AssertionError still used", e)
finally:
    builtins.AssertionError = saved
assert False, "uncaught assertion"
