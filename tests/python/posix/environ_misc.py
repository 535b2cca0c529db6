# os.environ over posix.environ/putenv/unsetenv, fspath, process and status helpers.
import os, posix

name = "SANCA_POSIX_TEST_%d" % os.getpid()
print(isinstance(posix.environ, dict), all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
print(os.environ.get("PATH") == os.fsdecode(posix.environ[b"PATH"]), os.environb[b"PATH"] == posix.environ[b"PATH"])
print(name in os.environ, os.getenv(name), os.getenv(name, "dflt"))
os.environ[name] = "v\xe9"
print(os.environ[name], os.getenv(name), os.environb[os.fsencode(name)], name in os.environ)
os.environb[os.fsencode(name)] = b"raw\xff"
print(ascii(os.environ[name]), os.getenvb(os.fsencode(name)))
del os.environ[name]
print(name in os.environ, os.environ.get(name))
print(os.environ.pop(name, "gone"), os.environ.setdefault(name, "again"), os.environ[name])
os.environ.clear if False else None
os.unsetenv(name)
print(os.environ[name])
del os.environ[name]
for bad in [("a=b", "c"), ("a", "c\0"), ("a\0", "c"), (1, "c")]:
    try:
        os.putenv(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.get_exec_path({"PATH": "/x:/y"}), os.get_exec_path({}) == os.defpath.split(os.pathsep))
try:
    os.environ[1] = "x"
except TypeError as e:
    print("TypeError", e)
print(os.fspath("s"), os.fspath(b"b"), os.fsencode("x"), os.fsdecode(b"y"))
print(os.getpid() == os.getpid(), os.getpid() > 0, os.getppid() > 0, type(os.getuid()).__name__, os.geteuid() == os.getuid())
print(os.strerror(1), "|", os.strerror(13), "|", os.strerror(28))
for st in (0, 256, 0x0f00, 9, 137, 0x137f, 0xffff):
    print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFSTOPPED(st),
          os.WSTOPSIG(st), os.WIFCONTINUED(st), os.WCOREDUMP(st))
for st in (0, 256, 0x0f00, 9, 137):
    print(os.waitstatus_to_exitcode(st))
try:
    os.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print("ValueError", e)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, sorted(u._fields) if hasattr(u, "_fields") else u.__match_args__)
t = os.times()
print(type(t).__name__, len(t), all(type(x) is float for x in t), t.user == t[0])
print(os.cpu_count() >= 1, len(os.urandom(16)), type(os.urandom(0)).__name__)
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
print(os.path.expanduser("~") == os.environ["HOME"] if "HOME" in os.environ else True)
