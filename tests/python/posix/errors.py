# OSError subclasses, errno, strerror and filenames from posix, and its argument errors.
import os

base = "/tmp/sanca_posix_err_%d" % os.getpid()
os.mkdir(base)
missing = os.path.join(base, "missing")
f = os.path.join(base, "file")
os.close(os.open(f, os.O_CREAT | os.O_WRONLY))

def show(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        msg = str(e).replace(base, "BASE")
        extra = ""
        if isinstance(e, OSError):
            extra = " errno=%s filename=%s filename2=%s" % (e.errno, e.filename is not None, e.filename2 is not None)
        print("%s: %s%s" % (type(e).__name__, msg, extra))
    else:
        print("ok", r)

try:
    show(os.stat, missing)
    show(os.lstat, os.fsencode(missing))
    show(os.stat, f + "/x")
    show(os.listdir, missing)
    show(os.listdir, f)
    show(os.scandir, missing)
    show(os.mkdir, base)
    show(os.rmdir, f)
    show(os.rmdir, missing)
    show(os.unlink, base)
    show(os.remove, missing)
    show(os.rename, missing, f + "2")
    show(os.replace, missing, os.fsencode(f))
    show(os.readlink, f)
    show(os.readlink, missing)
    show(os.symlink, "x", f)
    show(os.link, missing, f + "3")
    show(os.chmod, missing, 0o600)
    show(os.chdir, missing)
    show(os.chdir, f)
    show(os.open, missing, os.O_RDONLY)
    show(os.open, base, os.O_WRONLY)
    show(os.open, f, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    show(os.truncate, missing, 0)
    show(os.utime, missing)
    show(os.access, missing, os.F_OK)
    show(os.stat, 987654)
    show(os.fstat, 987654)
    show(os.close, 987654)
    show(os.read, 987654, 1)
    show(os.write, 987654, b"x")
    show(os.lseek, 987654, 0, 0)
    show(os.dup, 987654)
    show(os.listdir, 987654)
    show(os.get_inheritable, 987654)
    show(os.get_blocking, 987654)
    show(os.kill, 2 ** 22 + 12345, 0)
    show(os.stat, 1.5)
    show(os.stat, None)
    show(os.listdir, 1.5)
    show(os.rename, 1, "b")
    show(os.rename, "a", [])
    show(os.rename, "a", b"b")
    show(os.mkdir, 3)
    show(os.stat, "a\0b")
    show(os.stat, b"a\0b")
    show(os.close, "x")
    show(os.close, 2 ** 40)
    show(os.write, 1, "text")
    show(os.stat, 3, dir_fd=4)
    show(os.stat, "x", dir_fd="y")
    show(os.open, "x", "r")
    show(os.utime, f, (1, 2), ns=(1, 2))
    show(os.utime, f, 5)
    show(os.utime, f, ns=5)
    show(os.fspath, 1)
    show(os.fspath, None)
    show(os.strerror, 2)
    show(os.strerror, 99999)
    e = OSError(2, "No such file or directory", "x")
    print(type(e).__name__, e.args, e.errno, e.filename)
    class P:
        def __fspath__(self):
            return 42
    show(os.fspath, P())
    show(os.stat, P())
    class Q:
        def __init__(self, p):
            self.p = p
        def __fspath__(self):
            return self.p
    show(os.fspath, Q("q"))
    show(os.fspath, Q(b"q"))
    show(os.stat, Q(missing))
    show(os.path.exists, Q(f))
finally:
    os.unlink(f)
    os.rmdir(base)
