# The errno module: names, numbers and errorcode, and OSError subclasses chosen by errno.
import errno
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
print([k for k in vars(errno) if k.startswith("E")][:10], len([k for k in dir(errno) if k.startswith("E")]))
print(list(errno.errorcode.items())[:5], errno.__doc__.splitlines()[0])
for code in (errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EAGAIN,
             errno.EPIPE, errno.ECHILD, errno.ESRCH, errno.EINTR, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EINVAL):
    print(code, type(OSError(code, "msg")).__name__)
