package org.sanca.modules;

import java.math.BigInteger;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.runtime.StructSeq;

import org.sanca.modules.PosixPath.Path;

/**
 * posix's functions on paths: stat and stat_result, listdir, getcwd/chdir, mkdir/rmdir/unlink,
 * rename, links, access, chmod, chown, truncate, statvfs, mkfifo/mknod; dir_fd and follow_symlinks
 * through the *at calls.
 * CPython: Modules/posixmodule.c.
 */
final class PosixFiles {
    private PosixFiles() {}

    static final PyType STAT_RESULT = StructSeq.type("os", "stat_result", 10, "st_mode", "st_ino", "st_dev",
        "st_nlink", "st_uid", "st_gid", "st_size", null, null, null, "st_atime", "st_mtime", "st_ctime",
        "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev");

    static final PyType STATVFS_RESULT = StructSeq.type("os", "statvfs_result", 10, "f_bsize", "f_frsize",
        "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid");

    private static final String[] TIME_NAMES = {"st_atime", "st_mtime", "st_ctime"};

    static {
        org.sanca.objects.Slots.NewFunc structseqNew = STAT_RESULT.tp_new;
        STAT_RESULT.tp_new = (t, a, o, n, k) -> {
            PyObject r = structseqNew.call(t, a, o, n, k);
            PyDict hidden = r.getDict();
            for (int i = 0; i < 3; i++) {
                PyStr key = PyStr.of(TIME_NAMES[i]);
                if (hidden.getItem(key) == Py.None) hidden.setItem(key, ((PyTuple) r).get(7 + i));
            }
            return r;
        };
    }

    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

    private static final PosixArgs.Sig SIG_STAT = PosixArgs.sig("stat", "path, *, dir_fd=, follow_symlinks=");
    private static final PosixArgs.Sig SIG_LSTAT = PosixArgs.sig("lstat", "path, *, dir_fd=");
    private static final PosixArgs.Sig SIG_RMDIR = PosixArgs.sig("rmdir", "path, *, dir_fd=");
    private static final PosixArgs.Sig SIG_UNLINK = PosixArgs.sig("unlink", "path, *, dir_fd=");
    private static final PosixArgs.Sig SIG_REMOVE = PosixArgs.sig("remove", "path, *, dir_fd=");
    private static final PosixArgs.Sig SIG_READLINK = PosixArgs.sig("readlink", "path, *, dir_fd=");
    private static final PosixArgs.Sig SIG_RENAME = PosixArgs.sig("rename", "src, dst, *, src_dir_fd=, dst_dir_fd=");
    private static final PosixArgs.Sig SIG_REPLACE = PosixArgs.sig("replace", "src, dst, *, src_dir_fd=, dst_dir_fd=");
    private static final PosixArgs.Sig SIG_CHMOD = PosixArgs.sig("chmod", "path, mode, *, dir_fd=, follow_symlinks=");
    private static final PosixArgs.Sig SIG_CHOWN =
        PosixArgs.sig("chown", "path, uid, gid, *, dir_fd=, follow_symlinks=");
    private static final PosixArgs.Sig SIG_MKFIFO = PosixArgs.sig("mkfifo", "path, mode=, *, dir_fd=");
    private static final PosixArgs.Sig SIG_MKNOD = PosixArgs.sig("mknod", "path, mode=, device=, *, dir_fd=");
    private static final PosixArgs.Sig SIG_LCHOWN = PosixArgs.sig("lchown", "path, uid, gid");
    private static final PosixArgs.Sig SIG_FSTAT = PosixArgs.sig("fstat", "fd");
    private static final PosixArgs.Sig SIG_LISTDIR = PosixArgs.sig("listdir", "path=");
    private static final PosixArgs.Sig SIG_CHDIR = PosixArgs.sig("chdir", "path");
    private static final PosixArgs.Sig SIG_MKDIR = PosixArgs.sig("mkdir", "path, mode=, *, dir_fd=");
    private static final PosixArgs.Sig SIG_SYMLINK =
        PosixArgs.sig("symlink", "src, dst, target_is_directory=, *, dir_fd=");
    private static final PosixArgs.Sig SIG_LINK =
        PosixArgs.sig("link", "src, dst, *, src_dir_fd=, dst_dir_fd=, follow_symlinks=");
    private static final PosixArgs.Sig SIG_ACCESS =
        PosixArgs.sig("access", "path, mode, *, dir_fd=, effective_ids=, follow_symlinks=");
    private static final PosixArgs.Sig SIG_STATVFS = PosixArgs.sig("statvfs", "path");
    private static final PosixArgs.Sig SIG_TRUNCATE = PosixArgs.sig("truncate", "path, length");

    static void populate(PyModule m, PyDict d) {
        d.setItem(PyStr.of("stat_result"), STAT_RESULT);
        def(m, d, "stat", (s, a, o, n, k) -> stat(SIG_STAT, a, o, n, k, true));
        def(m, d, "lstat", (s, a, o, n, k) -> stat(SIG_LSTAT, a, o, n, k, false));
        def(m, d, "fstat", (s, a, o, n, k) -> {
            int fd = PosixPath.fd(PosixArgs.parse(SIG_FSTAT, a, o, n, k)[0]);
            Libc.Stat st = Libc.statx(fd, null, Libc.AT_EMPTY_PATH);
            if (st == null) throw PosixPath.error(Libc.errno());
            return statResult(st);
        });
        def(m, d, "listdir", PosixFiles::listdir);
        def(m, d, "getcwd", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("posix.getcwd", n, k);
            return PosixPath.decode(getcwd());
        });
        def(m, d, "getcwdb", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("posix.getcwdb", n, k);
            return org.sanca.objects.PyBytes.of(getcwd());
        });
        def(m, d, "chdir", PosixFiles::chdir);
        def(m, d, "mkdir", PosixFiles::mkdir);
        def(m, d, "rmdir", (s, a, o, n, k) -> unlink(SIG_RMDIR, a, o, n, k, Libc.AT_REMOVEDIR));
        def(m, d, "unlink", (s, a, o, n, k) -> unlink(SIG_UNLINK, a, o, n, k, 0));
        def(m, d, "remove", (s, a, o, n, k) -> unlink(SIG_REMOVE, a, o, n, k, 0));
        def(m, d, "rename", (s, a, o, n, k) -> rename(SIG_RENAME, a, o, n, k));
        def(m, d, "replace", (s, a, o, n, k) -> rename(SIG_REPLACE, a, o, n, k));
        def(m, d, "readlink", PosixFiles::readlink);
        def(m, d, "symlink", PosixFiles::symlink);
        def(m, d, "link", PosixFiles::link);
        def(m, d, "access", PosixFiles::access);
        def(m, d, "chmod", PosixFiles::chmod);
        def(m, d, "truncate", PosixFiles::truncate);
        def(m, d, "chown", (s, a, o, n, k) -> chown(SIG_CHOWN, a, o, n, k, true));
        def(m, d, "lchown", (s, a, o, n, k) -> chown(SIG_LCHOWN, a, o, n, k, false));
        def(m, d, "statvfs", PosixFiles::statvfs);
        def(m, d, "mkfifo", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_MKFIFO, a, o, n, k);
            Path p = PosixPath.path("mkfifo", "path", args[0], false, false);
            int mode = args[1] == null ? 0666 : PosixPath.cint(args[1]);
            PosixPath.check(Libc.mkfifoat(dirFd(args[2]), p.bytes(), mode));
            return Py.None;
        });
        def(m, d, "mknod", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_MKNOD, a, o, n, k);
            Path p = PosixPath.path("mknod", "path", args[0], false, false);
            int mode = args[1] == null ? 0600 : PosixPath.cint(args[1]);
            long device = args[2] == null ? 0 : PosixPath.device(args[2]);
            PosixPath.check(Libc.mknodat(dirFd(args[3]), p.bytes(), mode, device));
            return Py.None;
        });
        d.setItem(PyStr.of("statvfs_result"), STATVFS_RESULT);
        PosixUtime.populate(m, d);
    }

    static void def(PyModule m, PyDict d, String name, MethFast f) {
        BuiltinsModule.def(m, d, "posix", name, f);
    }

    /** dir_fd_converter: None is the current directory. */
    static int dirFd(PyObject o) {
        if (o == null || o == Py.None) return Libc.AT_FDCWD;
        if (!PyNumber.isIndex(o))
            throw PyErr.format(PyExc.TypeError, "argument should be integer or None, not %.200s", PyErr.typeName(o));
        return PosixPath.fd(o);
    }

    static boolean flag(PyObject o, boolean dflt) {
        return o == null ? dflt : Abstract.isTrue(o);
    }

    // ---- stat -------------------------------------------------------------------------------

    private static PyObject stat(PosixArgs.Sig sig, PyObject[] a, int o, int n, PyTuple k, boolean followDefault) {
        String fn = sig.fn();
        PyObject[] args = PosixArgs.parse(sig, a, o, n, k);
        Path p = PosixPath.path(fn, "path", args[0], true, false);
        int dirFd = dirFd(args[1]);
        boolean follow = followDefault && flag(args.length > 2 ? args[2] : null, true);
        Libc.Stat st = stat(fn, p, dirFd, follow);
        if (st == null) throw PosixPath.error(p);
        return statResult(st);
    }

    /** stat, lstat or fstat as {@code p} and the flags ask; null with errno set. */
    static Libc.Stat stat(String fn, Path p, int dirFd, boolean follow) {
        if (p.isFd()) {
            if (dirFd != Libc.AT_FDCWD)
                throw PyErr.format(PyExc.ValueError, "%s: can't specify dir_fd without matching path", fn);
            return Libc.statx(p.fd(), null, Libc.AT_EMPTY_PATH);
        }
        return Libc.statx(dirFd, p.bytes(), follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
    }

    static PyObject statResult(Libc.Stat s) {
        return StructSeq.make(STAT_RESULT, PyInt.of(s.mode()), unsigned(s.ino()), unsigned(s.dev()),
            PyInt.of(s.nlink()), PyInt.of(s.uid()), PyInt.of(s.gid()), PyInt.of(s.size()),
            PyInt.of(s.atimeSec()), PyInt.of(s.mtimeSec()), PyInt.of(s.ctimeSec()),
            seconds(s.atimeSec(), s.atimeNsec()), seconds(s.mtimeSec(), s.mtimeNsec()),
            seconds(s.ctimeSec(), s.ctimeNsec()), nanos(s.atimeSec(), s.atimeNsec()),
            nanos(s.mtimeSec(), s.mtimeNsec()), nanos(s.ctimeSec(), s.ctimeNsec()),
            PyInt.of(s.blksize()), PyInt.of(s.blocks()), unsigned(s.rdev()));
    }

    /** An unsigned 64-bit C value (ino_t, dev_t) as a non-negative int. */
    private static PyObject unsigned(long v) {
        return v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
    }

    private static PyObject seconds(long sec, long nsec) {
        return PyFloat.of(sec + nsec * 1e-9);
    }

    private static PyObject nanos(long sec, long nsec) {
        long hi = Math.multiplyHigh(sec, 1_000_000_000L), lo = sec * 1_000_000_000L;
        if ((hi == 0 && lo >= 0 || hi == -1 && lo < 0) && lo + nsec >= lo) return PyInt.of(lo + nsec);
        return PyInt.of(BigInteger.valueOf(sec).multiply(BILLION).add(BigInteger.valueOf(nsec)));
    }

    // ---- directories ------------------------------------------------------------------------

    private static PyObject listdir(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = PosixArgs.parse(SIG_LISTDIR, a, o, n, k);
        Path p = args[0] == null ? null : PosixPath.path("listdir", "path", args[0], true, true);
        PyList out = new PyList();
        try (PosixDir dir = PosixDir.open(p == null ? PosixPath.DOT : p)) {
            for (Libc.Dirent e; (e = dir.next()) != null; ) {
                out.append(PosixPath.name(p, e.name()));
            }
        }
        return out;
    }

    private static byte[] getcwd() {
        byte[] b = Libc.getcwd();
        if (b == null) throw PosixPath.error(Libc.errno());
        return b;
    }

    private static PyObject chdir(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        Path p = PosixPath.path("chdir", "path", PosixArgs.parse(SIG_CHDIR, a, o, n, k)[0],
            true, false);
        PosixPath.check(p.isFd() ? Libc.fchdir(p.fd()) : Libc.chdir(p.bytes()), p);
        return Py.None;
    }

    private static PyObject mkdir(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = PosixArgs.parse(SIG_MKDIR, a, o, n, k);
        Path p = PosixPath.path("mkdir", "path", args[0], false, false);
        int mode = args[1] == null ? 0777 : PosixPath.cint(args[1]);
        PosixPath.check(Libc.mkdirat(dirFd(args[2]), p.bytes(), mode), p);
        return Py.None;
    }

    private static PyObject unlink(PosixArgs.Sig sig, PyObject[] a, int o, int n, PyTuple k, int flags) {
        PyObject[] args = PosixArgs.parse(sig, a, o, n, k);
        Path p = PosixPath.path(sig.fn(), "path", args[0], false, false);
        PosixPath.check(Libc.unlinkat(dirFd(args[1]), p.bytes(), flags), p);
        return Py.None;
    }

    private static PyObject rename(PosixArgs.Sig sig, PyObject[] a, int o, int n, PyTuple k) {
        String fn = sig.fn();
        PyObject[] args = PosixArgs.parse(sig, a, o, n, k);
        Path src = PosixPath.path(fn, "src", args[0], false, false);
        Path dst = PosixPath.path(fn, "dst", args[1], false, false);
        if (Libc.renameat(dirFd(args[2]), src.bytes(), dirFd(args[3]), dst.bytes()) < 0)
            throw PosixPath.error2(src, dst);
        return Py.None;
    }

    private static PyObject readlink(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = PosixArgs.parse(SIG_READLINK, a, o, n, k);
        Path p = PosixPath.path("readlink", "path", args[0], false, false);
        byte[] target = Libc.readlinkat(dirFd(args[1]), p.bytes());
        if (target == null) throw PosixPath.error(p);
        return PosixPath.name(p, target);
    }

    private static PyObject symlink(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = PosixArgs.parse(SIG_SYMLINK, a, o, n, k);
        Path src = PosixPath.path("symlink", "src", args[0], false, false);
        Path dst = PosixPath.path("symlink", "dst", args[1], false, false);
        if (Libc.symlinkat(src.bytes(), dirFd(args[3]), dst.bytes()) < 0) throw PosixPath.error2(src, dst);
        return Py.None;
    }

    private static PyObject link(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = PosixArgs.parse(SIG_LINK, a, o, n, k);
        Path src = PosixPath.path("link", "src", args[0], false, false);
        Path dst = PosixPath.path("link", "dst", args[1], false, false);
        int flags = flag(args[4], true) ? Libc.AT_SYMLINK_FOLLOW : 0;
        if (Libc.linkat(dirFd(args[2]), src.bytes(), dirFd(args[3]), dst.bytes(), flags) < 0)
            throw PosixPath.error2(src, dst);
        return Py.None;
    }

    private static PyObject access(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = PosixArgs.parse(SIG_ACCESS, a, o, n, k);
        Path p = PosixPath.path("access", "path", args[0], false, false);
        int flags = (flag(args[3], false) ? Libc.AT_EACCESS : 0)
            | (flag(args[4], true) ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        return PyBool.of(Libc.faccessat(dirFd(args[2]), p.bytes(), PosixPath.cint(args[1]), flags) == 0);
    }

    private static PyObject chmod(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = PosixArgs.parse(SIG_CHMOD, a, o, n, k);
        Path p = PosixPath.path("chmod", "path", args[0], true, false);
        int mode = PosixPath.cint(args[1]);
        if (p.isFd()) {
            PosixPath.check(Libc.fchmod(p.fd(), mode), p);
        } else {
            int flags = flag(args[3], true) ? 0 : Libc.AT_SYMLINK_NOFOLLOW;
            PosixPath.check(Libc.fchmodat(dirFd(args[2]), p.bytes(), mode, flags), p);
        }
        return Py.None;
    }

    private static PyObject chown(PosixArgs.Sig sig, PyObject[] a, int o, int n, PyTuple k, boolean followDefault) {
        String fn = sig.fn();
        PyObject[] args = PosixArgs.parse(sig, a, o, n, k);
        Path p = PosixPath.path(fn, "path", args[0], followDefault, false);
        int uid = id(args[1], "uid"), gid = id(args[2], "gid");
        if (p.isFd()) {
            PosixPath.check(Libc.fchown(p.fd(), uid, gid), p);
        } else {
            boolean follow = followDefault && flag(args.length > 4 ? args[4] : null, true);
            int flags = follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW;
            PosixPath.check(Libc.fchownat(dirFd(args.length > 3 ? args[3] : null), p.bytes(), uid, gid, flags), p);
        }
        return Py.None;
    }

    /** _Py_Uid_Converter / _Py_Gid_Converter: -1 means "unchanged". */
    static int id(PyObject o, String what) {
        if (!PyNumber.isIndex(o))
            throw PyErr.format(PyExc.TypeError, "%s should be integer, not %.200s", what, PyErr.typeName(o));
        PyInt i = PyNumber.index(o);
        if (!i.fitsLong())
            throw PyErr.format(PyExc.OverflowError, "%s is %s", what,
                i.signum() < 0 ? "less than minimum" : "greater than maximum");
        long v = i.longValue();
        if (v == -1) return -1;
        if (v < 0 || v > 0xfffffffeL) throw PyErr.format(PyExc.OverflowError, "%s is less than minimum", what);
        return (int) v;
    }

    private static PyObject statvfs(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        Path p = PosixPath.path("statvfs", "path", PosixArgs.parse(SIG_STATVFS, a, o, n, k)[0],
            true, false);
        long[] v = Libc.statvfs(p.fd(), p.isFd() ? null : p.bytes());
        if (v == null) throw PosixPath.error(p);
        return statvfsResult(v);
    }

    /** A statvfs_result from Libc.statvfs's words (f_fsid, the ninth, comes last). */
    static PyObject statvfsResult(long[] v) {
        return StructSeq.make(STATVFS_RESULT, PyInt.of(v[0]), PyInt.of(v[1]), PyInt.of(v[2]), PyInt.of(v[3]),
            PyInt.of(v[4]), PyInt.of(v[5]), PyInt.of(v[6]), PyInt.of(v[7]), PyInt.of(v[9]), PyInt.of(v[10]),
            PyInt.of(v[8]));
    }

    private static PyObject truncate(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = PosixArgs.parse(SIG_TRUNCATE, a, o, n, k);
        Path p = PosixPath.path("truncate", "path", args[0], true, false);
        long length = PosixPath.clong(args[1]);
        PosixPath.check(p.isFd() ? Libc.ftruncate(p.fd(), length) : Libc.truncate(p.bytes(), length), p);
        return Py.None;
    }
}
