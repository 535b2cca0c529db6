package org.sanca.modules;

import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;
import org.sanca.objects.Slots.MethFast;

import org.sanca.modules.PosixPath.Path;

/**
 * posix's functions on file descriptors: open, close, read, write, lseek, fsync, dup, dup2, pipe,
 * isatty, ftruncate and the inheritable/blocking flags. Descriptors are the process's real ones;
 * new ones are non-inheritable (O_CLOEXEC), as PEP 446 makes them in CPython.
 * CPython: Modules/posixmodule.c, Python/fileutils.c (_Py_set_inheritable, _Py_dup).
 */
final class PosixFds {
    private PosixFds() {}

    private static final int MAX_READ = Integer.MAX_VALUE - 8;

    static void populate(PyModule m, PyDict d) {
        def(m, d, "open", PosixFds::open);
        def(m, d, "close", (s, a, o, n, k) -> {
            PosixPath.check(Libc.close(fdArg("close", a, o, n, k)));
            return Py.None;
        });
        def(m, d, "closerange", (s, a, o, n, k) -> {
            Args.noKeywords("closerange", k);
            Args.exactly("closerange", n, 2);
            for (int fd = Math.max(PosixPath.fd(a[o]), 0), hi = PosixPath.fd(a[o + 1]); fd < hi; fd++) Libc.close(fd);
            return Py.None;
        });
        def(m, d, "read", PosixFds::read);
        def(m, d, "write", (s, a, o, n, k) -> {
            Args.noKeywords("write", k);
            Args.exactly("write", n, 2);
            int fd = PosixPath.fd(a[o]);
            long r = Libc.write(fd, PyBytes.fromObject(a[o + 1]));
            PosixPath.check(r);
            return PyInt.of(r);
        });
        def(m, d, "lseek", (s, a, o, n, k) -> {
            Args.noKeywords("lseek", k);
            Args.exactly("lseek", n, 3);
            long r = Libc.lseek(PosixPath.fd(a[o]), PosixPath.clong(a[o + 1]), PosixPath.cint(a[o + 2]));
            PosixPath.check(r);
            return PyInt.of(r);
        });
        def(m, d, "fsync", (s, a, o, n, k) -> {
            PosixPath.check(Libc.fsync(fdArg("fsync", a, o, n, k)));
            return Py.None;
        });
        def(m, d, "isatty", (s, a, o, n, k) -> PyBool.of(Libc.isatty(fdArg("isatty", a, o, n, k)) == 1));
        def(m, d, "ftruncate", (s, a, o, n, k) -> {
            Args.noKeywords("ftruncate", k);
            Args.exactly("ftruncate", n, 2);
            PosixPath.check(Libc.ftruncate(PosixPath.fd(a[o]), PosixPath.clong(a[o + 1])));
            return Py.None;
        });
        def(m, d, "fdatasync", (s, a, o, n, k) -> {
            PosixPath.check(Libc.fdatasync(fdArg("fdatasync", a, o, n, k)));
            return Py.None;
        });
        def(m, d, "fchdir", (s, a, o, n, k) -> {
            PosixPath.check(Libc.fchdir(fdArg("fchdir", a, o, n, k)));
            return Py.None;
        });
        def(m, d, "fchmod", (s, a, o, n, k) -> {
            PyObject[] args = Args.parse("fchmod", a, o, n, k, new String[] {"fd", "mode"}, 2);
            PosixPath.check(Libc.fchmod(PosixPath.fd(args[0]), PosixPath.cint(args[1])));
            return Py.None;
        });
        def(m, d, "fchown", (s, a, o, n, k) -> {
            PyObject[] args = Args.parse("fchown", a, o, n, k, new String[] {"fd", "uid", "gid"}, 3);
            PosixPath.check(Libc.fchown(PosixPath.fd(args[0]), PosixFiles.id(args[1], "uid"),
                PosixFiles.id(args[2], "gid")));
            return Py.None;
        });
        def(m, d, "fstatvfs", (s, a, o, n, k) -> {
            Args.noKeywords("fstatvfs", k);
            Args.exactly("fstatvfs", n, 1);
            long[] v = Libc.statvfs(PosixPath.fd(a[o]), null);
            if (v == null) throw PosixPath.error(Libc.errno());
            return PosixFiles.statvfsResult(v);
        });
        positional(m, d);
        duplication(m, d);
        flags(m, d);
    }

    private static void def(PyModule m, PyDict d, String name, MethFast f) {
        PosixFiles.def(m, d, name, f);
    }

    private static int fdArg(String fn, PyObject[] a, int o, int n, PyTuple k) {
        return PosixPath.fd(Args.parse(fn, a, o, n, k, new String[] {"fd"}, 1)[0]);
    }

    private static PyObject open(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = Args.parse("open", a, o, n, k, new String[] {"path", "flags", "mode", "dir_fd"}, 2, 3);
        Path p = PosixPath.path("open", "path", args[0], false, false);
        int flags = PosixPath.cint(args[1]) | Libc.O_CLOEXEC;
        int mode = args[2] == null ? 0777 : PosixPath.cint(args[2]);
        int fd = Libc.openat(PosixFiles.dirFd(args[3]), p.bytes(), flags, mode);
        PosixPath.check(fd, p);
        return PyInt.of(fd);
    }

    private static PyObject read(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("read", k);
        Args.exactly("read", n, 2);
        int fd = PosixPath.fd(a[o]);
        long length = PosixPath.clong(a[o + 1]);
        if (length < 0) throw PosixPath.error(22);
        byte[] b = Libc.read(fd, (int) Math.min(length, MAX_READ));
        if (b == null) throw PosixPath.error(Libc.errno());
        return PyBytes.of(b);
    }

    /** pread and pwrite: at an offset, leaving the file position alone. */
    private static void positional(PyModule m, PyDict d) {
        def(m, d, "pread", (s, a, o, n, k) -> {
            Args.noKeywords("pread", k);
            Args.exactly("pread", n, 3);
            int fd = PosixPath.fd(a[o]);
            long length = PosixPath.clong(a[o + 1]), offset = PosixPath.clong(a[o + 2]);
            if (length < 0) throw PosixPath.error(22);
            byte[] b = Libc.pread(fd, (int) Math.min(length, MAX_READ), offset);
            if (b == null) throw PosixPath.error(Libc.errno());
            return PyBytes.of(b);
        });
        def(m, d, "pwrite", (s, a, o, n, k) -> {
            Args.noKeywords("pwrite", k);
            Args.exactly("pwrite", n, 3);
            long r = Libc.pwrite(PosixPath.fd(a[o]), PyBytes.fromObject(a[o + 1]), PosixPath.clong(a[o + 2]));
            PosixPath.check(r);
            return PyInt.of(r);
        });
    }

    private static void duplication(PyModule m, PyDict d) {
        def(m, d, "dup", (s, a, o, n, k) -> {
            int fd = Libc.fcntl(fdArg("dup", a, o, n, k), 1030 /* F_DUPFD_CLOEXEC */, 0);
            PosixPath.check(fd);
            return PyInt.of(fd);
        });
        def(m, d, "dup2", (s, a, o, n, k) -> {
            PyObject[] args = Args.parse("dup2", a, o, n, k, new String[] {"fd", "fd2", "inheritable"}, 2);
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
            Args.noKeywords("pipe2", k);
            Args.exactly("pipe2", n, 1);
            int[] fds = Libc.pipe2(PosixPath.cint(a[o]));
            if (fds == null) throw PosixPath.error(Libc.errno());
            return PyTuple.of(PyInt.of(fds[0]), PyInt.of(fds[1]));
        });
    }

    private static void flags(PyModule m, PyDict d) {
        def(m, d, "get_inheritable", (s, a, o, n, k) -> {
            Args.noKeywords("get_inheritable", k);
            Args.exactly("get_inheritable", n, 1);
            return PyBool.of((getFlags(PosixPath.fd(a[o]), Libc.F_GETFD) & Libc.FD_CLOEXEC) == 0);
        });
        def(m, d, "set_inheritable", (s, a, o, n, k) -> {
            Args.noKeywords("set_inheritable", k);
            Args.exactly("set_inheritable", n, 2);
            int fd = PosixPath.fd(a[o]);
            setFlag(fd, Libc.F_GETFD, Libc.F_SETFD, Libc.FD_CLOEXEC, !org.sanca.objects.Abstract.isTrue(a[o + 1]));
            return Py.None;
        });
        def(m, d, "get_blocking", (s, a, o, n, k) -> {
            Args.noKeywords("get_blocking", k);
            Args.exactly("get_blocking", n, 1);
            return PyBool.of((getFlags(PosixPath.fd(a[o]), Libc.F_GETFL) & Libc.O_NONBLOCK) == 0);
        });
        def(m, d, "set_blocking", (s, a, o, n, k) -> {
            Args.noKeywords("set_blocking", k);
            Args.exactly("set_blocking", n, 2);
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
