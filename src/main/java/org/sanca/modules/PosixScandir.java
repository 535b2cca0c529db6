package org.sanca.modules;

import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;

import org.sanca.modules.PosixPath.Path;

/**
 * os.scandir: the ScandirIterator (an iterator and context manager over a directory stream) and
 * its DirEntry objects, which answer is_dir/is_file/is_symlink from d_type when they can and cache
 * their stat and lstat results.
 * CPython: Modules/posixmodule.c (ScandirIterator, DirEntry).
 */
final class PosixScandir {
    private PosixScandir() {}

    static final PyType ITERATOR = new PyType("posix.ScandirIterator", PyType.DISALLOW_INSTANTIATION);
    static final PyType DIR_ENTRY = new PyType("posix.DirEntry", PyType.DISALLOW_INSTANTIATION);

    private static final int DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;
    private static final int S_IFMT = 0170000, S_IFDIR = 0040000, S_IFREG = 0100000, S_IFLNK = 0120000;

    /** A scandir() call's state: the directory stream and the path entries are named from. */
    private static final class Scandir extends PyObject {
        final Path path;
        final PosixDir dir;

        Scandir(Path path, PosixDir dir) {
            this.path = path;
            this.dir = dir;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }
    }

    /** One DirEntry. */
    private static final class Entry extends PyObject {
        final PyObject name, path;
        final byte[] nameBytes, pathBytes;
        final long ino;
        final int dtype;
        final int dirFd;
        PyObject stat, lstat;

        Entry(PyObject name, PyObject path, byte[] nameBytes, byte[] pathBytes, long ino, int dtype, int dirFd) {
            this.name = name;
            this.path = path;
            this.nameBytes = nameBytes;
            this.pathBytes = pathBytes;
            this.ino = ino;
            this.dtype = dtype;
            this.dirFd = dirFd;
        }

        @Override
        public PyType type() {
            return DIR_ENTRY;
        }
    }

    private static final PosixArgs.Sig SIG_IS_DIR = PosixArgs.sig("is_dir", "*, follow_symlinks=");
    private static final PosixArgs.Sig SIG_IS_FILE = PosixArgs.sig("is_file", "*, follow_symlinks=");
    private static final PosixArgs.Sig SIG_STAT = PosixArgs.sig("stat", "*, follow_symlinks=");

    static {
        ITERATOR.put("__module__", PyStr.of("posix"));
        ITERATOR.tp_iter = o -> o;
        ITERATOR.tp_iternext = PosixScandir::next;
        ITERATOR.addMethod("close", (MethFast) (s, a, o, n, k) -> close(s));
        ITERATOR.addMethod("__enter__", (MethFast) (s, a, o, n, k) -> s);
        ITERATOR.addMethod("__exit__", (MethFast) (s, a, o, n, k) -> close(s));
        ITERATOR.ready();
        DIR_ENTRY.put("__module__", PyStr.of("posix"));
        DIR_ENTRY.addGetter("name", o -> entry(o).name);
        DIR_ENTRY.addGetter("path", o -> entry(o).path);
        DIR_ENTRY.tp_repr = o -> PyStr.of("<DirEntry " + org.sanca.objects.Abstract.repr(entry(o).name).asString()
            + ">");
        DIR_ENTRY.addMethod("__fspath__", (MethFast) (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("__fspath__", n, k);
            return entry(s).path;
        });
        DIR_ENTRY.addMethod("inode", (MethFast) (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("inode", n, k);
            return PyInt.of(entry(s).ino);
        });
        DIR_ENTRY.addMethod("is_dir", (MethFast) (s, a, o, n, k) ->
            PyBool.of(testMode(entry(s), follow(SIG_IS_DIR, a, o, n, k), DT_DIR, S_IFDIR)));
        DIR_ENTRY.addMethod("is_file", (MethFast) (s, a, o, n, k) ->
            PyBool.of(testMode(entry(s), follow(SIG_IS_FILE, a, o, n, k), DT_REG, S_IFREG)));
        DIR_ENTRY.addMethod("is_symlink", (MethFast) (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("is_symlink", n, k);
            return PyBool.of(isSymlink(entry(s)));
        });
        DIR_ENTRY.addMethod("stat", (MethFast) (s, a, o, n, k) -> stat(entry(s), follow(SIG_STAT, a, o, n, k)));
        DIR_ENTRY.addClassMethod("__class_getitem__", (c, a, o, n, k) ->
            org.sanca.objects.Abstract.call(org.sanca.objects.PyGenericAlias.TYPE, c,
                BuiltinsModule.one("DirEntry.__class_getitem__", a, o, n, k)));
        DIR_ENTRY.ready();
    }

    private static final PosixArgs.Sig SIG_SCANDIR = PosixArgs.sig("scandir", "path=");

    static void populate(PyModule m, PyDict d) {
        d.setItem(PyStr.of("DirEntry"), DIR_ENTRY);
        PosixFiles.def(m, d, "scandir", PosixScandir::scandir);
    }

    private static Entry entry(PyObject o) {
        return (Entry) o;
    }

    private static boolean follow(PosixArgs.Sig sig, PyObject[] a, int o, int n, PyTuple k) {
        return PosixFiles.flag(PosixArgs.parse(sig, a, o, n, k)[0], true);
    }

    private static PyObject scandir(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = PosixArgs.parse(SIG_SCANDIR, a, o, n, k);
        Path p = args[0] == null ? null : PosixPath.path("scandir", "path", args[0], true, true);
        Path where = p == null ? PosixPath.DOT : p;
        return new Scandir(where, PosixDir.open(where));
    }

    private static PyObject close(PyObject s) {
        ((Scandir) s).dir.close();
        return Py.None;
    }

    private static PyObject next(PyObject o) {
        Scandir it = (Scandir) o;
        Libc.Dirent e;
        try {
            e = it.dir.next();
        } catch (PyException ex) {
            it.dir.close();
            throw ex;
        }
        if (e == null) {
            it.dir.close();
            return null;
        }
        return makeEntry(it.path, e);
    }

    private static Entry makeEntry(Path dir, Libc.Dirent e) {
        byte[] nameBytes = e.name();
        PyObject name = dir.isBytes() ? PyBytes.of(nameBytes) : PosixPath.decode(nameBytes);
        if (dir.isFd()) return new Entry(name, name, nameBytes, nameBytes, e.ino(), e.type(), dir.fd());
        byte[] base = dir.bytes();
        boolean slash = base.length == 0 || base[base.length - 1] == '/';
        byte[] full = new byte[base.length + (slash ? 0 : 1) + nameBytes.length];
        System.arraycopy(base, 0, full, 0, base.length);
        if (!slash) full[base.length] = '/';
        System.arraycopy(nameBytes, 0, full, full.length - nameBytes.length, nameBytes.length);
        PyObject path = dir.isBytes() ? PyBytes.of(full) : PosixPath.decode(full);
        return new Entry(name, path, nameBytes, full, e.ino(), e.type(), Libc.AT_FDCWD);
    }

    // ---- the entry's file type --------------------------------------------------------------

    private static boolean isSymlink(Entry e) {
        if (e.dtype != DT_UNKNOWN) return e.dtype == DT_LNK;
        return (mode(lstat(e)) & S_IFMT) == S_IFLNK;
    }

    /** DirEntry_test_mode: d_type when it decides, else the (cached) stat; a vanished file is neither. */
    private static boolean testMode(Entry e, boolean follow, int dtype, int sfmt) {
        boolean needStat = e.dtype == DT_UNKNOWN || (follow && isSymlink(e));
        if (!needStat) return e.dtype == dtype;
        try {
            return (mode(stat(e, follow)) & S_IFMT) == sfmt;
        } catch (PyException ex) {
            if (ex.matches(PyExc.FileNotFoundError)) return false;
            throw ex;
        }
    }

    private static long mode(PyObject statResult) {
        return ((PyInt) ((PyTuple) statResult).get(0)).longValue();
    }

    private static PyObject stat(Entry e, boolean follow) {
        if (!follow) return lstat(e);
        if (e.stat == null) e.stat = isSymlink(e) ? fetch(e, true) : lstat(e);
        return e.stat;
    }

    private static PyObject lstat(Entry e) {
        if (e.lstat == null) e.lstat = fetch(e, false);
        return e.lstat;
    }

    private static PyObject fetch(Entry e, boolean follow) {
        byte[] p = e.dirFd == Libc.AT_FDCWD ? e.pathBytes : e.nameBytes;
        Libc.Stat st = Libc.statx(e.dirFd, p, follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        if (st == null) throw PosixPath.error(Libc.errno(), e.path);
        return PosixFiles.statResult(st);
    }
}
