# OSError: errno mapping to subclasses, attributes, str, args, characters_written.
import errno
for n in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EAGAIN, errno.EINTR,
          errno.EISDIR, errno.ENOTDIR, errno.EPIPE, errno.ESHUTDOWN, errno.ECONNREFUSED,
          errno.ECONNRESET, errno.ECONNABORTED, errno.ECHILD, errno.ESRCH, errno.ETIMEDOUT,
          errno.EALREADY, errno.EINPROGRESS, errno.EWOULDBLOCK, 9999]:
    e = OSError(n, "msg")
    print(n, type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
e = OSError(2, "No such file", "a.txt")
print(type(e).__name__, e.args, str(e), repr(e), e.filename)
e = OSError(2, "No such file", "a.txt", None, "b.txt")
print(type(e).__name__, e.args, str(e), repr(e), e.filename, e.filename2)
e = OSError(1, "x", "f", 5)
print(type(e).__name__, e.args, str(e))
e = OSError("just a message")
print(e.errno, e.strerror, e.args, str(e))
e = OSError()
print(e.errno, e.args, repr(str(e)))
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e.errno, e.args, str(e))
e = FileNotFoundError(13, "denied")
print(type(e).__name__, str(e))
e = OSError("a", "b")
print(type(e).__name__, e.errno, e.strerror, str(e))
print(IOError is OSError, EnvironmentError is OSError)
b = BlockingIOError(11, "blocked", 3)
print(b.characters_written, b.args, str(b), b.filename)
b = BlockingIOError(11, "blocked")
try:
    b.characters_written
except AttributeError as x:
    print("AttributeError", x)
b.characters_written = 7
print(b.characters_written)
del b.characters_written
try:
    del b.characters_written
except AttributeError as x:
    print("AttributeError", x)
o = OSError(1, "x")
try:
    o.characters_written
except AttributeError as x:
    print("AttributeError", x)
print('characters_written' in dir(OSError), 'characters_written' in dir(FileNotFoundError))
e = OSError(2, "x")
e.errno = 5
e.strerror = "changed"
e.filename = "f"
print(str(e), e.args)
try:
    open("/nonexistent_dir_sanca/file")
except FileNotFoundError as x:
    print(x.errno, x.strerror, x.filename, x)
class MyOS(OSError):
    pass
m = MyOS(2, "x")
print(type(m).__name__, m.errno)
try:
    OSError(2, "x", foo=1)
except TypeError as t:
    print(t)
print(OSError.__init__ is BaseException.__init__, OSError(2, "y").__reduce__())
class WithInit(OSError):
    def __init__(self, name):
        super().__init__(2, "missing", name)
w = WithInit("f.txt")
print(type(w).__name__, w.errno, w.filename, w.args, str(w))
class WithNew(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
w = WithNew(2, "x", "y")
print(type(w).__name__, w.errno, w.filename, w.args)
class WithKw(OSError):
    def __init__(self, a, b=0):
        super().__init__(a, "s")
w = WithKw(1, b=2)
print(w.errno, w.args)
print(OSError(2, "x", None).args, OSError(2, "x", None, None, "z").filename2)
try:
    BlockingIOError(11, "b", 2.5)
except TypeError as x:
    print("TypeError", x)
b = BlockingIOError(11, "b", True)
print(b.characters_written, b.args)
print(OSError(2, "x", "f").__reduce__(), OSError(2, "x", "f", None, "g").__reduce__())
