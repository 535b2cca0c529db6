# statvfs, chown family, pread/pwrite, fchmod/fchdir, process groups, system, getloadavg, ttyname.
import os

s = os.statvfs("/")
print(s.n_fields, s.n_sequence_fields, type(s).__module__, list(s.__reduce__()[1][1].keys()), len(s))
fd = os.open("/", os.O_RDONLY)
print(os.fstatvfs(fd).f_bsize == s.f_bsize, os.statvfs(fd).f_namemax == s.f_namemax, s.f_namemax > 0)
os.close(fd)
for args in [("/nonexistent/x", 1, 1), ("/", "a", 1), ("/", 2**40, 1), ("/", -2, 1), ("/", 1, 2**70)]:
    try:
        os.chown(*args)
    except Exception as e:
        print(repr(e))
print(type(os.getloadavg()).__name__, len(os.getloadavg()))
r, w = os.pipe()
try:
    os.ttyname(r)
except OSError as e:
    print(repr(e))
print(os.getpgrp() == os.getpgid(0), os.getsid(0) == os.getsid(os.getpid()))  # a session leader outside the PID namespace reads as 0
try:
    os.pread(r, -1, 0)
except OSError as e:
    print(repr(e))
os.close(r)
os.close(w)
print(os.waitstatus_to_exitcode(os.system("exit 3")))
path = "/tmp/sanca_posix_more_%d" % os.getpid()
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
try:
    os.write(fd, b"0123456789")
    print(os.pwrite(fd, b"ab", 2), os.pread(fd, 4, 1), os.lseek(fd, 0, os.SEEK_CUR))
    os.fchmod(fd, 0o400)
    print(oct(os.fstat(fd).st_mode & 0o777))
    os.fchown(fd, -1, -1)
    os.chown(path, -1, -1)
    os.lchown(path, -1, -1)
    os.fdatasync(fd)
finally:
    os.close(fd)
    os.unlink(path)
cwd = os.getcwd()
d = os.open("/", os.O_RDONLY)
os.fchdir(d)
print(os.getcwd())
os.chdir(cwd)
os.close(d)
print(os.getcwd() == cwd)
