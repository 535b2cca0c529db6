package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.runtime.Util;

/**
 * _io.FileIO: raw binary I/O on a real file descriptor through libc (open, read, write, lseek,
 * ftruncate, isatty, close), with CPython's mode parsing, errors and repr.
 * CPython: Modules/_io/fileio.c.
 */
final class IoFileIO {
    private IoFileIO() {}

    static final PyType TYPE = new PyType("_io.FileIO", IoBase.RAW, PyType.BASETYPE);
    private static final int O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200, O_TRUNC = 01000,
        O_APPEND = 02000, O_CLOEXEC = 02000000, S_IFMT = 0170000, S_IFDIR = 0040000, EISDIR = 21, ESPIPE = 29;
    private static final String[] NEW_ARGS = {"file", "mode", "closefd", "opener"};

    /** A FileIO's state. */
    static final class State extends IoObject {
        int fd = -1;
        boolean readable, writable, appending, created, closefd = true;
        /** -1 unknown, else 0 or 1. */
        int seekable = -1;
        long blksize;
        /** For a standard stream given as Java streams (an in-process run): those streams, else null. */
        java.io.InputStream javaIn;
        java.io.OutputStream javaOut;
        boolean tty;

        State(PyType t) {
            super(t);
        }
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> new State(t);
        TYPE.tp_init = IoFileIO::init;
        TYPE.tp_repr = IoFileIO::repr;
        TYPE.addMethod("read", (MethFast) (s, a, o, n, k) -> read(open(s), IoBase.size("read", a, o, n, k)));
        TYPE.addMethod("readall", (MethNoArgs) s -> readall(open(s)));
        TYPE.addMethod("readinto", (MethFast) (s, a, o, n, k) -> readinto(open(s), IoBase.one("readinto", a, o, n, k)));
        TYPE.addMethod("write", (MethFast) (s, a, o, n, k) -> write(open(s), IoBase.one("write", a, o, n, k)));
        TYPE.addMethod("seek", (MethFast) IoFileIO::seek);
        TYPE.addMethod("tell", (MethNoArgs) s -> PyInt.of(lseek(open(s), 0, 1)));
        TYPE.addMethod("truncate", (MethFast) IoFileIO::truncate);
        TYPE.addMethod("close", (MethNoArgs) IoFileIO::close);
        TYPE.addMethod("fileno", (MethNoArgs) s -> PyInt.of(open(s).fd));
        TYPE.addMethod("isatty", (MethNoArgs) s -> PyBool.of(isatty(open(s))));
        TYPE.addMethod("readable", (MethNoArgs) s -> PyBool.of(open(s).readable));
        TYPE.addMethod("writable", (MethNoArgs) s -> PyBool.of(open(s).writable));
        TYPE.addMethod("seekable", (MethNoArgs) s -> PyBool.of(seekable(open(s))));
        TYPE.addMethod("_isatty_open_only", (MethNoArgs) s -> PyBool.of(isatty(open(s))));
        TYPE.addGetter("closed", s -> PyBool.of(self(s).fd < 0));
        TYPE.addGetter("closefd", s -> PyBool.of(self(s).closefd));
        TYPE.addGetter("mode", s -> PyStr.of(modeString(self(s))));
        TYPE.addGetter("_blksize", s -> PyInt.of(self(s).blksize));
        TYPE.addGetter("_finalizing", s -> Py.False);
        TYPE.put("__module__", PyStr.of("_io"));
        TYPE.ready();
    }

    private static boolean isatty(State s) {
        return s.javaIn != null || s.javaOut != null ? s.tty : Libc.isatty(s.fd) == 1;
    }

    /** A FileIO for standard stream fd over Java streams, not closing them: what an in-process run's sys.std* use. */
    static State overJava(int fd, java.io.InputStream in, java.io.OutputStream out, boolean tty, String name) {
        State s = new State(TYPE);
        s.fd = fd;
        s.closefd = false;
        s.readable = in != null;
        s.writable = out != null;
        s.javaIn = in;
        s.javaOut = out;
        s.tty = tty;
        s.seekable = 0;
        s.blksize = IoBase.DEFAULT_BUFFER_SIZE;
        s.getDict().setItem(PyStr.of("name"), PyStr.of(name));
        return s;
    }

    static State self(PyObject o) {
        if (o instanceof State s) return s;
        throw PyErr.format(PyExc.TypeError, "descriptor requires a '_io.FileIO' object but received '%.100s'",
            PyErr.typeName(o));
    }

    private static State open(PyObject o) {
        State s = self(o);
        if (s.fd < 0) throw PyErr.format(PyExc.ValueError, "I/O operation on closed file");
        return s;
    }

    // ---- construction ----------------------------------------------------------------------------

    private static void init(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("FileIO", a, o, n, k, NEW_ARGS, 1);
        State s = self(self);
        if (s.fd >= 0) {
            if (s.closefd) Libc.close(s.fd);
            s.fd = -1;
        }
        PyObject file = v[0];
        String mode = v[1] == null ? "r" : modeArg(v[1]);
        boolean closefd = v[2] == null || Abstract.isTrue(v[2]);
        PyObject opener = v[3] == null ? Py.None : v[3];
        int fd = -1;
        if (file instanceof PyInt || (!(file instanceof PyStr) && !(file instanceof PyBytes) && file.type().nb_index != null
                && Abstract.lookupAttr(file, "__fspath__") == null)) {
            long f = Util.asLong(file);
            if (f < 0) throw PyErr.format(PyExc.ValueError, "negative file descriptor");
            fd = (int) f;
        }
        int flags = parseMode(s, mode);
        if (fd >= 0) {
            s.closefd = closefd;
        } else {
            if (!closefd) throw PyErr.format(PyExc.ValueError, "Cannot use closefd=False with file name");
            s.closefd = true;
            fd = openPath(file, flags, opener);
        }
        s.fd = fd;
        s.ioClosed = false;
        afterOpen(s, file);
    }

    private static String modeArg(PyObject m) {
        if (!(m instanceof PyStr ms))
            throw PyErr.format(PyExc.TypeError, "FileIO() argument 'mode' must be str, not %.50s", PyErr.typeName(m));
        return ms.asString();
    }

    private static int parseMode(State s, String mode) {
        boolean rwa = false, plus = false;
        int flags = 0;
        s.readable = s.writable = s.appending = s.created = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) throw badMode();
                    rwa = true;
                    switch (c) {
                        case 'x' -> { s.created = s.writable = true; flags |= O_EXCL | O_CREAT; }
                        case 'r' -> s.readable = true;
                        case 'w' -> { s.writable = true; flags |= O_CREAT | O_TRUNC; }
                        default -> { s.writable = s.appending = true; flags |= O_APPEND | O_CREAT; }
                    }
                }
                case '+' -> {
                    if (plus) throw badMode();
                    s.readable = s.writable = plus = true;
                }
                case 'b' -> {}
                default -> throw PyErr.format(PyExc.ValueError, "invalid mode: %.200s", mode);
            }
        }
        if (!rwa) throw badMode();
        flags |= s.readable && s.writable ? O_RDWR : s.readable ? 0 : O_WRONLY;
        return flags | O_CLOEXEC;
    }

    private static PyException badMode() {
        return PyErr.format(PyExc.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    }

    private static int openPath(PyObject file, int flags, PyObject opener) {
        if (opener == Py.None) {
            byte[] path = PosixPath.fsConverter(file);
            int fd = Libc.openat(-100, path, flags, 0666);
            if (fd < 0) throw PosixPath.error(Libc.errno(), file);
            return fd;
        }
        PyObject r = Abstract.call(opener, file, PyInt.of(flags));
        if (!(r instanceof PyInt)) throw PyErr.format(PyExc.TypeError, "expected integer from opener");
        long fd = Util.asLong(r);
        if (fd < 0) throw PyErr.format(PyExc.ValueError, "opener returned %d", fd);
        return (int) fd;
    }

    private static void afterOpen(State s, PyObject file) {
        Libc.Stat st = Libc.statx(s.fd, null, Libc.AT_EMPTY_PATH);
        if (st != null) {
            if ((st.mode() & S_IFMT) == S_IFDIR) {
                int fd = s.fd;
                s.fd = -1;
                if (s.closefd) Libc.close(fd);
                throw PyErr.raise(PyExc.OSError, PyInt.of(EISDIR), PyStr.of(Libc.strerror(EISDIR)), file);
            }
            s.blksize = st.blksize() > 1 ? st.blksize() : IoBase.DEFAULT_BUFFER_SIZE;
        } else {
            s.blksize = IoBase.DEFAULT_BUFFER_SIZE;
        }
        s.getDict().setItem(PyStr.of("name"), file);
        if (s.appending) Libc.lseek(s.fd, 0, 2);
    }

    static String modeString(State s) {
        if (s.created) return s.readable ? "xb+" : "xb";
        if (s.appending) return s.readable ? "ab+" : "ab";
        if (s.readable) return s.writable ? "rb+" : "rb";
        return "wb";
    }

    private static PyObject repr(PyObject o) {
        State s = self(o);
        String type = s.type() == TYPE ? "_io.FileIO" : s.type().getName();
        if (s.fd < 0) return PyStr.of("<" + type + " [closed]>");
        PyObject name = Abstract.lookupAttr(o, "name");
        String head = "<" + type + (name == null ? " fd=" + s.fd : " name=" + Abstract.repr(name).asString());
        return PyStr.of(head + " mode='" + modeString(s) + "' closefd=" + (s.closefd ? "True" : "False") + ">");
    }

    // ---- I/O -------------------------------------------------------------------------------------

    private static PyException error() {
        return PosixPath.error(Libc.errno());
    }

    private static void checkReadable(State s) {
        if (!s.readable) throw IoBase.unsupported("File not open for reading");
    }

    private static PyObject read(State s, long size) {
        checkReadable(s);
        if (size < 0) return readall(s);
        if (s.javaIn != null) return PyBytes.of(IoJavaStreams.read(s.javaIn, (int) Math.min(size, Integer.MAX_VALUE - 8)));
        byte[] b = Libc.read(s.fd, (int) Math.min(size, Integer.MAX_VALUE - 8));
        if (b == null) {
            if (Libc.errno() == 11) return Py.None;
            throw error();
        }
        return PyBytes.of(b);
    }

    private static PyObject readall(State s) {
        checkReadable(s);
        if (s.javaIn != null) return PyBytes.of(IoJavaStreams.readAll(s.javaIn));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            byte[] b = Libc.read(s.fd, 65536);
            if (b == null) {
                if (Libc.errno() == 11) {
                    if (out.size() == 0) return Py.None;
                    break;
                }
                throw error();
            }
            if (b.length == 0) break;
            out.writeBytes(b);
        }
        return PyBytes.of(out.toByteArray());
    }

    private static PyObject readinto(State s, PyObject buffer) {
        checkReadable(s);
        int len = Abstract.len(buffer);
        byte[] b = s.javaIn != null ? IoJavaStreams.read(s.javaIn, len) : Libc.read(s.fd, len);
        if (b == null) {
            if (Libc.errno() == 11) return Py.None;
            throw error();
        }
        IoBase.fill(buffer, b, b.length);
        return PyInt.of(b.length);
    }

    private static PyObject write(State s, PyObject data) {
        if (!s.writable) throw IoBase.unsupported("File not open for writing");
        byte[] b = IoBase.bytesOf(data);
        if (s.javaOut != null) return PyInt.of(IoJavaStreams.write(s.javaOut, b));
        long n = Libc.write(s.fd, b);
        if (n < 0) {
            if (Libc.errno() == 11) return Py.None;
            throw error();
        }
        return PyInt.of(n);
    }

    private static long lseek(State s, long pos, int whence) {
        if (s.javaIn != null || s.javaOut != null) throw PosixPath.error(ESPIPE);
        long r = Libc.lseek(s.fd, pos, whence);
        if (r < 0) throw error();
        return r;
    }

    private static boolean seekable(State s) {
        if (s.seekable < 0 && (s.javaIn != null || s.javaOut != null)) s.seekable = 0;
        if (s.seekable < 0) s.seekable = Libc.lseek(s.fd, 0, 1) < 0 ? 0 : 1;
        return s.seekable == 1;
    }

    private static PyObject seek(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("seek", k);
        Args.range("seek", n, 1, 2);
        State s = open(self);
        if (a[o] instanceof org.sanca.objects.PyFloat)
            throw PyErr.format(PyExc.TypeError, "an integer is required");
        long pos = Util.asLong(IoBase.PyNumber_index(a[o]));
        int whence = n > 1 ? (int) Util.asLong(a[o + 1]) : 0;
        return PyInt.of(lseek(s, pos, whence));
    }

    private static PyObject truncate(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("truncate", k);
        Args.range("truncate", n, 0, 1);
        State s = open(self);
        if (!s.writable) throw IoBase.unsupported("File not open for writing");
        long size = n == 0 || a[o] == Py.None ? lseek(s, 0, 1) : Util.asLong(a[o]);
        if (s.javaIn != null || s.javaOut != null) throw PosixPath.error(ESPIPE);
        if (Libc.ftruncate(s.fd, size) < 0) throw error();
        return PyInt.of(size);
    }

    private static PyObject close(PyObject self) {
        State s = self(self);
        PyException pending = null;
        s.ioClosed = true;
        if (s.fd >= 0) {
            int fd = s.fd;
            s.fd = -1;
            if (s.closefd && Libc.close(fd) < 0 && pending == null) pending = error();
        }
        if (pending != null) throw pending;
        return Py.None;
    }
}
