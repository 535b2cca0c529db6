# posix.error, getresuid/getresgid, ctermid, getrandom, tcgetpgrp/tcsetpgrp, lockf, setpgrp, and the integer constants.
import os, posix
print(posix.error is OSError, os.error is OSError)
r = os.getresuid()
print(type(r).__name__, len(r), r[0] == os.getuid(), r[1] == os.geteuid(), os.getresgid()[0] == os.getgid())
print(os.ctermid(), len(os.getrandom(16)), os.getrandom(0), len(os.getrandom(8, os.GRND_NONBLOCK)))
for c in ['os.getrandom(-1)', 'os.getrandom(5, 12345)', 'os.tcgetpgrp(987654)', 'os.getrandom()', 'os.tcsetpgrp(987654, 1)',
          'os.lockf(987654, 0, 0)', 'os.lockf(1)', 'os.getresuid(1)', 'os.ctermid(1)', 'os.setpgrp(1)']:
    try:
        print(c, repr(eval(c)))
    except Exception as e:
        print(c, type(e).__name__, e)
path = "/tmp/sanca_posix_lockf_%d" % os.getpid()
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
print(os.lockf(fd, os.F_LOCK, 0), os.lockf(fd, os.F_TEST, 0), os.lockf(fd, os.F_ULOCK, 0))
os.close(fd)
os.unlink(path)
arch = {"O_DIRECTORY", "O_NOFOLLOW", "O_DIRECT", "O_TMPFILE", "O_LARGEFILE"}  # differ on aarch64
consts = {k: v for k, v in vars(posix).items() if isinstance(v, int) and k not in arch}
print(len(consts), sum(consts.values()) % 1000003)
