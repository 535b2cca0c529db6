package org.sanca.modules;

import java.security.SecureRandom;

import org.sanca.objects.Py;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.runtime.StructSeq;

/**
 * The posix module that Lib/os.py is built on: its constants, environ and _have_functions, and the
 * functions on the environment, devices and the terminal; file descriptors live in {@link PosixFds},
 * paths in {@link PosixFiles}, scandir in {@link PosixScandir}, processes in {@link PosixProcess} and
 * {@link PosixSpawn}, configuration queries in {@link PosixConf}.
 * CPython: Modules/posixmodule.c.
 */
public final class PosixModule {
    private PosixModule() {}

    private static final boolean AARCH64 = System.getProperty("os.arch", "").equals("aarch64");

    /**
     * The HAVE_* names os.py reads to build supports_dir_fd/fd/follow_symlinks: CPython's Linux list.
     */
    private static final String[] HAVE_FUNCTIONS = {"HAVE_EVENTFD", "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD",
        "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FEXECVE", "HAVE_FPATHCONF",
        "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_FUTIMES", "HAVE_FUTIMESAT",
        "HAVE_LCHOWN", "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_LUTIMES", "HAVE_MEMFD_CREATE", "HAVE_MKDIRAT",
        "HAVE_MKFIFOAT", "HAVE_MKNODAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT",
        "HAVE_UNLINKAT", "HAVE_UTIMENSAT"};

    static final PyType UNAME_RESULT = StructSeq.type("posix", "uname_result", "sysname", "nodename", "release",
        "version", "machine");
    static final PyType TERMINAL_SIZE = StructSeq.type("os", "terminal_size", "columns", "lines");

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final PosixArgs.Sig SIG_GETRANDOM = PosixArgs.sig("getrandom", "size, flags=");
    private static final PosixArgs.Sig SIG_FSPATH = PosixArgs.sig("fspath", "path");
    private static final PosixArgs.Sig SIG_DEVICE_ENCODING = PosixArgs.sig("device_encoding", "fd");

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        constants(d);
        PyObject[] have = new PyObject[HAVE_FUNCTIONS.length];
        for (int i = 0; i < have.length; i++) have[i] = PyStr.of(HAVE_FUNCTIONS[i]);
        set(d, "_have_functions", new PyList(have));
        set(d, "environ", environ());
        set(d, "error", PyExc.OSError);
        set(d, "uname_result", UNAME_RESULT);
        set(d, "times_result", PosixProcess.TIMES_RESULT);
        set(d, "terminal_size", TERMINAL_SIZE);
        PosixFiles.populate(m, d);
        PosixScandir.populate(m, d);
        PosixFds.populate(m, d);
        PosixConf.populate(m, d);
        PosixProcess.populate(m, d);
        environment(m, d);
        misc(m, d);
        devices(m, d);
        return m;
    }

    private static void set(PyDict d, String name, PyObject v) {
        d.setItem(PyStr.of(name), v);
    }

    private static void constants(PyDict d) {
        Object[] pairs = {"F_OK", 0, "R_OK", 4, "W_OK", 2, "X_OK", 1, "NGROUPS_MAX", 65536, "TMP_MAX", 238328,
            "WCONTINUED", 8, "WNOHANG", 1, "WUNTRACED", 2, "O_RDONLY", 0, "O_WRONLY", 1, "O_RDWR", 2,
            "O_NDELAY", 2048, "O_NONBLOCK", 2048, "O_APPEND", 1024, "O_DSYNC", 4096, "O_RSYNC", 1052672,
            "O_SYNC", 1052672, "O_NOCTTY", 256, "O_CREAT", 64, "O_EXCL", 128, "O_TRUNC", 512, "O_PATH", 2097152,
            "O_CLOEXEC", 524288, "O_ACCMODE", 3, "O_FSYNC", 1052672, "SEEK_HOLE", 4, "SEEK_DATA", 3,
            "O_ASYNC", 8192, "O_NOATIME", 262144, "PRIO_PROCESS", 0, "PRIO_PGRP", 1, "PRIO_USER", 2,
            "O_DIRECTORY", AARCH64 ? 16384 : 65536, "O_NOFOLLOW", AARCH64 ? 32768 : 131072,
            "O_DIRECT", AARCH64 ? 65536 : 16384, "O_LARGEFILE", 0, "O_TMPFILE", AARCH64 ? 4210688 : 4259840,
            "EX_OK", 0, "EX_USAGE", 64, "EX_DATAERR", 65, "EX_NOINPUT", 66, "EX_NOUSER", 67, "EX_NOHOST", 68,
            "EX_UNAVAILABLE", 69, "EX_SOFTWARE", 70, "EX_OSERR", 71, "EX_OSFILE", 72, "EX_CANTCREAT", 73,
            "EX_IOERR", 74, "EX_TEMPFAIL", 75, "EX_PROTOCOL", 76, "EX_NOPERM", 77, "EX_CONFIG", 78,
            "P_PID", 1, "P_PGID", 2, "P_ALL", 0, "WEXITED", 4, "WNOWAIT", 16777216, "WSTOPPED", 2,
            "CLD_EXITED", 1, "CLD_KILLED", 2, "CLD_DUMPED", 3, "CLD_TRAPPED", 4, "CLD_STOPPED", 5,
            "CLD_CONTINUED", 6, "F_LOCK", 1, "F_TLOCK", 2, "F_ULOCK", 0, "F_TEST", 3,
            "GRND_NONBLOCK", 1, "GRND_RANDOM", 2, "P_PIDFD", 3, "POSIX_FADV_NORMAL", 0, "POSIX_FADV_RANDOM", 1,
            "POSIX_FADV_SEQUENTIAL", 2, "POSIX_FADV_WILLNEED", 3, "POSIX_FADV_DONTNEED", 4, "POSIX_FADV_NOREUSE", 5,
            "RTLD_LAZY", 1, "RTLD_NOW", 2, "RTLD_GLOBAL", 256, "RTLD_LOCAL", 0, "RTLD_NODELETE", 4096,
            "RTLD_NOLOAD", 4, "RTLD_DEEPBIND", 8, "RWF_DSYNC", 2, "RWF_HIPRI", 1, "RWF_SYNC", 4, "RWF_NOWAIT", 8,
            "RWF_APPEND", 16, "SPLICE_F_MOVE", 1, "SPLICE_F_NONBLOCK", 2, "SPLICE_F_MORE", 4, "XATTR_CREATE", 1,
            "XATTR_REPLACE", 2, "XATTR_SIZE_MAX", 65536, "MFD_HUGE_64KB", 1073741824, "MFD_HUGE_512KB", 1275068416,
            "MFD_HUGE_1MB", 1342177280, "MFD_HUGE_2MB", 1409286144, "MFD_HUGE_8MB", 1543503872,
            "MFD_HUGE_16MB", 1610612736, "MFD_HUGE_32MB", 1677721600, "MFD_HUGE_256MB", 1879048192,
            "MFD_HUGE_512MB", 1946157056, "MFD_HUGE_1GB", 2013265920, "MFD_HUGE_2GB", 2080374784,
            "POSIX_SPAWN_OPEN", 0, "POSIX_SPAWN_CLOSE", 1, "POSIX_SPAWN_DUP2", 2, "SCHED_OTHER", 0, "SCHED_FIFO", 1,
            "SCHED_RR", 2, "SCHED_BATCH", 3, "SCHED_IDLE", 5, "SCHED_RESET_ON_FORK", 1073741824,
            "ST_RDONLY", 1, "ST_NOSUID", 2, "ST_NODEV", 4, "ST_NOEXEC", 8, "ST_SYNCHRONOUS", 16, "ST_MANDLOCK", 64,
            "ST_WRITE", 128, "ST_APPEND", 256, "ST_NOATIME", 1024, "ST_NODIRATIME", 2048, "ST_RELATIME", 4096,
            "MFD_CLOEXEC", 1, "MFD_ALLOW_SEALING", 2, "MFD_HUGETLB", 4, "MFD_HUGE_SHIFT", 26, "MFD_HUGE_MASK", 63,
            "EFD_CLOEXEC", 524288, "EFD_NONBLOCK", 2048, "EFD_SEMAPHORE", 1};
        for (int i = 0; i < pairs.length; i += 2) set(d, (String) pairs[i], PyInt.of((Integer) pairs[i + 1]));
        set(d, "MFD_HUGE_16GB", PyInt.of(2281701376L));
    }

    /** posix.environ: bytes to bytes, from C's environ at start-up. */
    private static PyDict environ() {
        PyDict env = new PyDict();
        for (byte[] kv : Libc.environ()) {
            int eq = 1;
            while (eq < kv.length && kv[eq] != '=') eq++;
            if (eq >= kv.length) continue;
            PyBytes key = PyBytes.of(java.util.Arrays.copyOf(kv, eq));
            if (!env.containsKey(key)) {
                env.setItem(key, PyBytes.of(java.util.Arrays.copyOfRange(kv, eq + 1, kv.length)));
            }
        }
        return env;
    }

    private static void def(PyModule m, PyDict d, String name, org.sanca.objects.Slots.MethFast f) {
        PosixFiles.def(m, d, name, f);
    }

    private static void noArgs(String name, int n, PyTuple k) {
        BuiltinsModule.noArgs(name, n, k);
    }

    // ---- the environment --------------------------------------------------------------------

    private static void environment(PyModule m, PyDict d) {
        def(m, d, "putenv", (s, a, o, n, k) -> {
            PosixArgs.positional("putenv", n, k, 2, 2);
            byte[] name = PosixPath.fsConverter(a[o]), value = PosixPath.fsConverter(a[o + 1]);
            for (byte b : name) {
                if (b == '=') throw PyErr.format(PyExc.ValueError, "illegal environment variable name");
            }
            PosixPath.check(Libc.setenv(name, value));
            return Py.None;
        });
        def(m, d, "unsetenv", (s, a, o, n, k) -> {
            PosixArgs.one("unsetenv", a, o, n, k);
            PosixPath.check(Libc.unsetenv(PosixPath.fsConverter(a[o])));
            return Py.None;
        });
    }

    /** major, minor and makedev: glibc's encoding of dev_t. */
    private static void devices(PyModule m, PyDict d) {
        def(m, d, "major", (s, a, o, n, k) -> {
            long dev = PosixPath.device(PosixArgs.one("major", a, o, n, k));
            return PyInt.of(((dev >>> 8) & 0xfff) | ((dev >>> 32) & 0xfffff000L));
        });
        def(m, d, "minor", (s, a, o, n, k) -> {
            long dev = PosixPath.device(PosixArgs.one("minor", a, o, n, k));
            return PyInt.of((dev & 0xff) | ((dev >>> 12) & 0xffffff00L));
        });
        def(m, d, "makedev", (s, a, o, n, k) -> {
            PosixArgs.positional("makedev", n, k, 2, 2);
            long major = PosixPath.cint(a[o]) & 0xffffffffL, minor = PosixPath.cint(a[o + 1]) & 0xffffffffL;
            return PyInt.of(((major & 0xfffff000L) << 32) | ((major & 0xfffL) << 8) | ((minor & 0xffffff00L) << 12)
                | (minor & 0xffL));
        });
    }

    // ---- everything else --------------------------------------------------------------------

    private static void misc(PyModule m, PyDict d) {
        def(m, d, "fspath", (s, a, o, n, k) ->
            PosixPath.fspath(PosixArgs.parse(SIG_FSPATH, a, o, n, k)[0]));
        def(m, d, "strerror", (s, a, o, n, k) -> {
            PosixArgs.one("strerror", a, o, n, k);
            return PyStr.of(Libc.strerror(PosixPath.cint(a[o])));
        });
        def(m, d, "uname", (s, a, o, n, k) -> {
            noArgs("posix.uname", n, k);
            byte[][] u = Libc.uname();
            if (u == null) throw PosixPath.error(Libc.errno());
            PyObject[] v = new PyObject[5];
            for (int i = 0; i < 5; i++) v[i] = PosixPath.decode(u[i]);
            return StructSeq.make(UNAME_RESULT, v);
        });
        def(m, d, "urandom", (s, a, o, n, k) -> {
            PosixArgs.one("urandom", a, o, n, k);
            long size = PosixPath.clong(a[o]);
            if (size < 0) throw PyErr.format(PyExc.ValueError, "negative argument not allowed");
            byte[] b = new byte[(int) size];
            RANDOM.nextBytes(b);
            return PyBytes.of(b);
        });
        def(m, d, "getrandom", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_GETRANDOM, a, o, n, k);
            long size = PosixPath.clong(args[0]);
            if (size < 0) throw PosixPath.error(22);
            byte[] b = Libc.getrandom((int) Math.min(size, Integer.MAX_VALUE - 8), args[1] == null ? 0
                : PosixPath.cint(args[1]));
            if (b == null) throw PosixPath.error(Libc.errno());
            return PyBytes.of(b);
        });
        def(m, d, "ctermid", (s, a, o, n, k) -> {
            PosixArgs.none("ctermid", n, k);
            return PyStr.of("/dev/tty");
        });
        def(m, d, "cpu_count", (s, a, o, n, k) -> {
            noArgs("posix.cpu_count", n, k);
            long c = Libc.sysconf(84);
            return c < 1 ? Py.None : PyInt.of(c);
        });
        def(m, d, "get_terminal_size", (s, a, o, n, k) -> {
            PosixArgs.positional("get_terminal_size", n, k, 0, 1);
            int[] ws = Libc.windowSize(n == 0 ? 1 : PosixPath.fd(a[o]));
            if (ws == null) throw PosixPath.error(Libc.errno());
            return StructSeq.make(TERMINAL_SIZE, PyInt.of(ws[0]), PyInt.of(ws[1]));
        });
        def(m, d, "ttyname", (s, a, o, n, k) -> {
            PosixArgs.one("ttyname", a, o, n, k);
            byte[] b = Libc.ttyname(PosixPath.fd(a[o]));
            if (b == null) throw PosixPath.error(Libc.errno());
            return PosixPath.decode(b);
        });
        def(m, d, "device_encoding", (s, a, o, n, k) -> {
            int fd = PosixPath.fd(PosixArgs.parse(SIG_DEVICE_ENCODING, a, o, n, k)[0]);
            return Libc.isatty(fd) == 1 ? PyStr.of("UTF-8") : Py.None;
        });
    }
}
