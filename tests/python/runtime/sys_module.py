# The sys module's values that do not depend on the implementation.
import sys
print(sys.argv[1:])
print(sys.version_info)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11))
print(sys.version.split()[0], hex(sys.hexversion))
print(sys.maxsize, sys.byteorder, sys.platform)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
s = sys.intern("hello" + str(1))
print(s is sys.intern("hello1"))
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys._getframe().f_code.co_name)


def who():
    return sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name


print(who())
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
print(type(sys.path).__name__, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.flags.optimize, sys.flags.verbose, type(sys.flags).__name__)
print(sys.implementation.version == sys.version_info or True, sys.implementation.name.isidentifier())
sys.stdout.write("written\n")
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
