# Paths given as file descriptors: bad and negative ones, and an fd that is not a directory.
import os

for call in ("os.stat(-5)", "os.scandir(-2)", "os.listdir(987654)", "os.chdir(987654)", "os.stat(987654)"):
    try:
        print(call, eval(call))
    except OSError as e:
        print(call, type(e).__name__, e)
path = "/tmp/sanca_posix_fdpath_%d" % os.getpid()
fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
try:
    for call in ("os.listdir(fd)", "os.scandir(fd)"):
        try:
            eval(call)
        except OSError as e:
            print(call, type(e).__name__, e.errno, e.filename == fd)
    print(os.stat(fd).st_size, os.statvfs(fd).f_bsize > 0, os.pathconf(fd, "PC_NAME_MAX") > 0)
    os.truncate(fd, 3)
    os.chmod(fd, 0o640)
    print(os.stat(path).st_size, oct(os.stat(path).st_mode & 0o777))
finally:
    os.close(fd)
    os.unlink(path)
