package org.sanca.modules;

import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;
import org.sanca.objects.Slots.MethFast;

import org.sanca.modules.PosixPath.Path;

/**
 * posix's functions on file descriptors: open, close, read, write, pread/pwrite, lseek, fsync, dup,
 * dup2, pipe, isatty, ftruncate, the f* forms of path functions, memfd_create and eventfd, and the
 * inheritable/blocking flags. Descriptors are the process's real ones; new ones are non-inheritable
 * (O_CLOEXEC), as PEP 446 makes them in CPython.
 * CPython: Modules/posixmodule.c, Python/fileutils.c (_Py_set_inheritable, _Py_dup).
 */
final class PosixFds {
    private PosixFds() {}

    private static final int MAX_READ = Integer.MAX_VALUE - 8;

    private static final PosixArgs.Sig SIG_CLOSE = PosixArgs.sig("close", "fd");
    private static final PosixArgs.Sig SIG_FSYNC = PosixArgs.sig("fsync", "fd");
    private static final PosixArgs.Sig SIG_FDATASYNC = PosixArgs.sig("fdatasync", "fd");
    private static final PosixArgs.Sig SIG_FCHDIR = PosixArgs.sig("fchdir", "fd");
    private static final PosixArgs.Sig SIG_MEMFD_CREATE = PosixArgs.sig("memfd_create", "name, flags=");
    private static final PosixArgs.Sig SIG_EVENTFD = PosixArgs.sig("eventfd", "initval, flags=");
    private static final PosixArgs.Sig SIG_EVENTFD_READ = PosixArgs.sig("eventfd_read", "fd");
    private static final PosixArgs.Sig SIG_EVENTFD_WRITE = PosixArgs.sig("eventfd_write", "fd, value");
    private static final PosixArgs.Sig SIG_FCHMOD = PosixArgs.sig("fchmod", "fd, mode");
    private static final PosixArgs.Sig SIG_FCHOWN = PosixArgs.sig("fchown", "fd, uid, gid");
    private static final PosixArgs.Sig SIG_OPEN = PosixArgs.sig("open", "path, flags, mode=, *, dir_fd=");
    private static final PosixArgs.Sig SIG_DUP2 = PosixArgs.sig("dup2", "fd, fd2, inheritable=");

    static void populate(PyModule m, PyDict d) {
        def(m, d, "open", PosixFds::open);
        def(m, d, "close", (s, a, o, n, k) -> {
            PosixPath.check(Libc.close(fdArg(SIG_CLOSE, a, o, n, k)));
            return Py.None;
        });
        def(m, d, "closerange", (s, a, o, n, k) -> {
            PosixArgs.positional("closerange", n, k, 2, 2);
            long hi = Math.min(PosixPath.fd(a[o + 1]), Libc.sysconf(4 /* _SC_OPEN_MAX */));
            for (int fd = Math.max(PosixPath.fd(a[o]), 0); fd < hi; fd++) Libc.close(fd);
            return Py.None;
        });
        def(m, d, "read", PosixFds::read);
        def(m, d, "write", (s, a, o, n, k) -> {
            PosixArgs.positional("write", n, k, 2, 2);
            int fd = PosixPath.fd(a[o]);
            long r = Libc.write(fd, PyBytes.fromObject(a[o + 1]));
            PosixPath.check(r);
            return PyInt.of(r);
        });
        def(m, d, "lseek", (s, a, o, n, k) -> {
            PosixArgs.positional("lseek", n, k, 3, 3);
            long r = Libc.lseek(PosixPath.fd(a[o]), PosixPath.clong(a[o + 1]), PosixPath.cint(a[o + 2]));
            PosixPath.check(r);
            return PyInt.of(r);
        });
        def(m, d, "fsync", (s, a, o, n, k) -> {
            PosixPath.check(Libc.fsync(fdArg(SIG_FSYNC, a, o, n, k)));
            return Py.None;
        });
        def(m, d, "isatty", (s, a, o, n, k) ->
            PyBool.of(Libc.isatty(PosixPath.fd(PosixArgs.one("isatty", a, o, n, k))) == 1));
        def(m, d, "ftruncate", (s, a, o, n, k) -> {
            PosixArgs.positional("ftruncate", n, k, 2, 2);
            PosixPath.check(Libc.ftruncate(PosixPath.fd(a[o]), PosixPath.clong(a[o + 1])));
            return Py.None;
        });
        metadata(m, d);
        anonymous(m, d);
        def(m, d, "lockf", (s, a, o, n, k) -> {
            PosixArgs.positional("lockf", n, k, 3, 3);
            PosixPath.check(Libc.lockf(PosixPath.fd(a[o]), PosixPath.cint(a[o + 1]), PosixPath.clong(a[o + 2])));
            return Py.None;
        });
        positional(m, d);
        duplication(m, d);
        flags(m, d);
    }

    private static void def(PyModule m, PyDict d, String name, MethFast f) {
        PosixFiles.def(m, d, name, f);
    }

    private static int fdArg(PosixArgs.Sig sig, PyObject[] a, int o, int n, PyTuple k) {
        return PosixPath.fd(PosixArgs.parse(sig, a, o, n, k)[0]);
    }

    private static PyObject open(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = PosixArgs.parse(SIG_OPEN, a, o, n, k);
        Path p = PosixPath.path("open", "path", args[0], false, false);
        int flags = PosixPath.cint(args[1]) | Libc.O_CLOEXEC;
        int mode = args[2] == null ? 0777 : PosixPath.cint(args[2]);
        int fd = Libc.openat(PosixFiles.dirFd(args[3]), p.bytes(), flags, mode);
        PosixPath.check(fd, p);
        return PyInt.of(fd);
    }

    private static PyObject read(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PosixArgs.positional("read", n, k, 2, 2);
        int fd = PosixPath.fd(a[o]);
        long length = PosixPath.clong(a[o + 1]);
        if (length < 0) throw PosixPath.error(22);
        byte[] b = Libc.read(fd, (int) Math.min(length, MAX_READ));
        if (b == null) throw PosixPath.error(Libc.errno());
        return PyBytes.of(b);
    }

    /** fdatasync, fchdir, fchmod, fchown, fstatvfs: the fd forms of path functions. */
    private static void metadata(PyModule m, PyDict d) {
        def(m, d, "fdatasync", (s, a, o, n, k) -> {
            PosixPath.check(Libc.fdatasync(fdArg(SIG_FDATASYNC, a, o, n, k)));
            return Py.None;
        });
        def(m, d, "fchdir", (s, a, o, n, k) -> {
            PosixPath.check(Libc.fchdir(fdArg(SIG_FCHDIR, a, o, n, k)));
            return Py.None;
        });
        def(m, d, "fchmod", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_FCHMOD, a, o, n, k);
            PosixPath.check(Libc.fchmod(PosixPath.fd(args[0]), PosixPath.cint(args[1])));
            return Py.None;
        });
        def(m, d, "fchown", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_FCHOWN, a, o, n, k);
            PosixPath.check(Libc.fchown(PosixPath.fd(args[0]), PosixFiles.id(args[1], "uid"),
                PosixFiles.id(args[2], "gid")));
            return Py.None;
        });
        def(m, d, "fstatvfs", (s, a, o, n, k) -> {
            PosixArgs.one("fstatvfs", a, o, n, k);
            long[] v = Libc.statvfs(PosixPath.fd(a[o]), null);
            if (v == null) throw PosixPath.error(Libc.errno());
            return PosixFiles.statvfsResult(v);
        });
    }

    /** memfd_create and eventfd with eventfd_read/eventfd_write: descriptors for no file. */
    private static void anonymous(PyModule m, PyDict d) {
        def(m, d, "memfd_create", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_MEMFD_CREATE, a, o, n, k);
            int fd = Libc.memfdCreate(PosixPath.fsConverter(args[0]), args[1] == null ? 1 : PosixPath.cint(args[1]));
            PosixPath.check(fd);
            return PyInt.of(fd);
        });
        def(m, d, "eventfd", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_EVENTFD, a, o, n, k);
            int initval = (int) counter(args[0], 0xffffffffL, "Python int too large for C unsigned int");
            int fd = Libc.eventfd(initval, args[1] == null ? Libc.O_CLOEXEC : PosixPath.cint(args[1]));
            PosixPath.check(fd);
            return PyInt.of(fd);
        });
        def(m, d, "eventfd_read", (s, a, o, n, k) -> {
            int fd = PosixPath.fd(PosixArgs.parse(SIG_EVENTFD_READ, a, o, n, k)[0]);
            byte[] b = Libc.read(fd, 8);
            if (b == null) throw PosixPath.error(Libc.errno());
            return PyInt.of(new java.math.BigInteger(1, reverse(b)));
        });
        def(m, d, "eventfd_write", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_EVENTFD_WRITE, a, o, n, k);
            int fd = PosixPath.fd(args[0]);
            long v = counter(args[1], -1L, "int too big to convert");
            byte[] b = new byte[8];
            for (int i = 0; i < 8; i++) b[i] = (byte) (v >>> (8 * i));
            PosixPath.check(Libc.write(fd, b));
            return Py.None;
        });
    }

    /** An eventfd counter value: an int from 0 up to {@code max} (unsigned; -1 means 2**64-1). */
    private static long counter(PyObject o, long max, String tooLarge) {
        PyInt i = org.sanca.objects.PyNumber.index(o);
        if (i.signum() < 0) throw PyErr.format(PyExc.ValueError, "value must be positive");
        if (i.bigValue().bitLength() > (max == -1L ? 64 : 32)) throw PyErr.format(PyExc.OverflowError, "%s", tooLarge);
        return i.bigValue().longValue();
    }

    private static byte[] reverse(byte[] littleEndian) {
        byte[] b = new byte[littleEndian.length];
        for (int i = 0; i < b.length; i++) b[i] = littleEndian[b.length - 1 - i];
        return b;
    }

    /** pread and pwrite: at an offset, leaving the file position alone. */
    private static void positional(PyModule m, PyDict d) {
        def(m, d, "pread", (s, a, o, n, k) -> {
            PosixArgs.positional("pread", n, k, 3, 3);
            int fd = PosixPath.fd(a[o]);
            long length = PosixPath.clong(a[o + 1]), offset = PosixPath.clong(a[o + 2]);
            if (length < 0) throw PosixPath.error(22);
            byte[] b = Libc.pread(fd, (int) Math.min(length, MAX_READ), offset);
            if (b == null) throw PosixPath.error(Libc.errno());
            return PyBytes.of(b);
        });
        def(m, d, "pwrite", (s, a, o, n, k) -> {
            PosixArgs.positional("pwrite", n, k, 3, 3);
            long r = Libc.pwrite(PosixPath.fd(a[o]), PyBytes.fromObject(a[o + 1]), PosixPath.clong(a[o + 2]));
            PosixPath.check(r);
            return PyInt.of(r);
        });
    }

    private static void duplication(PyModule m, PyDict d) {
        def(m, d, "dup", (s, a, o, n, k) -> {
            int fd = Libc.fcntl(PosixPath.fd(PosixArgs.one("dup", a, o, n, k)), 1030 /* F_DUPFD_CLOEXEC */, 0);
            PosixPath.check(fd);
            return PyInt.of(fd);
        });
        def(m, d, "dup2", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_DUP2, a, o, n, k);
            int fd = PosixPath.fd(args[0]), fd2 = PosixPath.fd(args[1]);
            boolean inheritable = PosixFiles.flag(args[2], true);
            int r = inheritable || fd == fd2 ? Libc.dup2(fd, fd2) : Libc.dup3(fd, fd2, Libc.O_CLOEXEC);
            PosixPath.check(r);
            return PyInt.of(r);
        });
        def(m, d, "pipe", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("posix.pipe", n, k);
            int[] fds = Libc.pipe2(Libc.O_CLOEXEC);
            if (fds == null) throw PosixPath.error(Libc.errno());
            return PyTuple.of(PyInt.of(fds[0]), PyInt.of(fds[1]));
        });
        def(m, d, "pipe2", (s, a, o, n, k) -> {
            PosixArgs.one("pipe2", a, o, n, k);
            int[] fds = Libc.pipe2(PosixPath.cint(a[o]));
            if (fds == null) throw PosixPath.error(Libc.errno());
            return PyTuple.of(PyInt.of(fds[0]), PyInt.of(fds[1]));
        });
    }

    private static void flags(PyModule m, PyDict d) {
        def(m, d, "get_inheritable", (s, a, o, n, k) -> {
            PosixArgs.one("get_inheritable", a, o, n, k);
            return PyBool.of((getFlags(PosixPath.fd(a[o]), Libc.F_GETFD) & Libc.FD_CLOEXEC) == 0);
        });
        def(m, d, "set_inheritable", (s, a, o, n, k) -> {
            PosixArgs.positional("set_inheritable", n, k, 2, 2);
            int fd = PosixPath.fd(a[o]);
            setFlag(fd, Libc.F_GETFD, Libc.F_SETFD, Libc.FD_CLOEXEC, !org.sanca.objects.Abstract.isTrue(a[o + 1]));
            return Py.None;
        });
        def(m, d, "get_blocking", (s, a, o, n, k) -> {
            PosixArgs.one("get_blocking", a, o, n, k);
            return PyBool.of((getFlags(PosixPath.fd(a[o]), Libc.F_GETFL) & Libc.O_NONBLOCK) == 0);
        });
        def(m, d, "set_blocking", (s, a, o, n, k) -> {
            PosixArgs.positional("set_blocking", n, k, 2, 2);
            int fd = PosixPath.fd(a[o]);
            setFlag(fd, Libc.F_GETFL, Libc.F_SETFL, Libc.O_NONBLOCK, !org.sanca.objects.Abstract.isTrue(a[o + 1]));
            return Py.None;
        });
    }

    private static int getFlags(int fd, int cmd) {
        int f = Libc.fcntl(fd, cmd, 0);
        PosixPath.check(f);
        return f;
    }

    private static void setFlag(int fd, int get, int set, int bit, boolean on) {
        int f = getFlags(fd, get);
        int nf = on ? f | bit : f & ~bit;
        if (nf != f) PosixPath.check(Libc.fcntl(fd, set, nf));
    }
}
