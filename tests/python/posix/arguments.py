# posix's functions reject wrong argument counts and keywords with Argument Clinic's messages.
import posix

NAMES = """WCOREDUMP WEXITSTATUS WIFCONTINUED WIFEXITED WIFSIGNALED WIFSTOPPED WSTOPSIG WTERMSIG access chdir
chmod chown close closerange cpu_count device_encoding dup dup2 fchdir fchmod
fchown fdatasync fspath fstat fstatvfs fsync ftruncate get_blocking get_inheritable getegid
geteuid getgid getloadavg getpgid getpgrp getpid getppid getsid getuid isatty
kill lchown link listdir lseek lstat mkdir open pipe2 pread
putenv pwrite read readlink remove rename replace rmdir scandir set_blocking
set_inheritable stat statvfs strerror symlink times truncate umask uname unlink
unsetenv urandom utime waitstatus_to_exitcode write""".split()
for name in NAMES:
    f = getattr(posix, name)
    for args, kw in [((), {}), ((1, 2, 3, 4, 5, 6), {}), ((), {"bogus": 1}), (("x",), {"bogus": 1}),
                     ((1,), {"fd": 1, "path": 1})]:
        try:
            f(*args, **kw)
            r = "ok"
        except TypeError as e:
            r = "TypeError: %s" % e
        except Exception as e:
            r = type(e).__name__
        print(name, len(args), list(kw), r)
