package org.sanca.modules;

import java.nio.charset.StandardCharsets;

import org.sanca.objects.Abstract;
import org.sanca.objects.Codecs;
import org.sanca.objects.Py;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * posix's argument converters and errors: paths (str, bytes, os.PathLike or a file descriptor) to
 * filesystem bytes, names back to str or bytes, os.fspath, C ints, and OSError from errno.
 * CPython: Modules/posixmodule.c (path_converter, PyOS_FSPath, fildes_converter, path_error).
 */
final class PosixPath {
    private PosixPath() {}

    /**
     * A converted path argument: {@code object} is what errors name, {@code bytes} the filesystem
     * bytes (null for a file descriptor), {@code fd} the descriptor (-1 when a path). Any int is a
     * descriptor, -1 and other negative ones too (CPython's -1 sentinel would hand NULL to libc).
     */
    record Path(PyObject object, byte[] bytes, int fd, boolean isBytes) {
        boolean isFd() {
            return bytes == null;
        }
    }

    private static final PyStr FSPATH = PyStr.of("__fspath__");

    /** The default path '.' of listdir and scandir. */
    static final Path DOT = new Path(Py.None, new byte[] {'.'}, -1, false);

    /**
     * path_converter: {@code arg} named {@code argName} of function {@code fn}; {@code allowFd}
     * accepts an int, {@code nullable} accepts None (giving null).
     */
    static Path path(String fn, String argName, PyObject arg, boolean allowFd, boolean nullable) {
        if (arg == Py.None && nullable) return null;
        PyObject o = arg;
        if (!(o instanceof PyStr) && !(o instanceof PyBytes)) {
            if (allowFd && PyNumber.isIndex(o)) return new Path(o, null, fd(o), false);
            PyObject f = Abstract.lookupSpecial(o, FSPATH);
            if (f == null) throw pathTypeError(fn, argName, o, allowFd, nullable);
            o = Abstract.call(f);
            if (!(o instanceof PyStr) && !(o instanceof PyBytes))
                throw PyErr.format(PyExc.TypeError, "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                    PyErr.typeName(arg), PyErr.typeName(o));
        }
        if (o instanceof PyStr s) {
            byte[] b = encode(s);
            if (indexOfNul(b) >= 0) throw PyErr.format(PyExc.ValueError, "embedded null byte");
            return new Path(o, b, -1, false);
        }
        byte[] b = ((PyBytes) o).toByteArray();
        if (indexOfNul(b) >= 0)
            throw PyErr.format(PyExc.ValueError, "%s: embedded null character in %s", fn, argName);
        return new Path(o, b, -1, true);
    }

    private static PyException pathTypeError(String fn, String argName, PyObject o, boolean allowFd, boolean nullable) {
        String kinds = allowFd && nullable ? "string, bytes, os.PathLike, integer or None"
            : allowFd ? "string, bytes, os.PathLike or integer"
            : nullable ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
        return PyErr.format(PyExc.TypeError, "%s: %s should be %s, not %.200s", fn, argName, kinds, PyErr.typeName(o));
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) if (b[i] == 0) return i;
        return -1;
    }

    /** os.fspath (PyOS_FSPath). */
    static PyObject fspath(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) return o;
        PyObject f = Abstract.lookupSpecial(o, FSPATH);
        if (f == null)
            throw PyErr.format(PyExc.TypeError, "expected str, bytes or os.PathLike object, not %.200s",
                PyErr.typeName(o));
        PyObject r = Abstract.call(f);
        if (!(r instanceof PyStr) && !(r instanceof PyBytes))
            throw PyErr.format(PyExc.TypeError, "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                PyErr.typeName(o), PyErr.typeName(r));
        return r;
    }

    /** PyUnicode_FSConverter: str, bytes or os.PathLike to NUL-free filesystem bytes. */
    static byte[] fsConverter(PyObject o) {
        PyObject p = fspath(o);
        byte[] b = p instanceof PyStr s ? encode(s) : ((PyBytes) p).toByteArray();
        if (indexOfNul(b) >= 0) throw PyErr.format(PyExc.ValueError, "embedded null byte");
        return b;
    }

    // ---- the filesystem encoding: UTF-8 with surrogateescape -------------------------------

    private static final PyStr UTF8 = PyStr.of("utf-8"), SURROGATEESCAPE = PyStr.of("surrogateescape");

    /**
     * os.fsencode for a str. Text with surrogates goes through str.encode, which reads code points:
     * a lone surrogate pair ('\ud83d\ude00', two code points) must fail as in CPython, not pass as U+1F600.
     */
    static byte[] encode(PyStr s) {
        String v = s.asString();
        for (int i = 0; i < v.length(); i++) {
            if (Character.isSurrogate(v.charAt(i)))
                return PyBytes.fromObject(Abstract.callMethod(s, "encode", UTF8, SURROGATEESCAPE));
        }
        return v.getBytes(StandardCharsets.UTF_8);
    }

    /** os.fsdecode for bytes. */
    static PyStr decode(byte[] b) {
        for (byte x : b) {
            if (x < 0) return PyStr.of(Codecs.decode(b, "utf-8", "surrogateescape"));
        }
        return PyStr.of(new String(b, StandardCharsets.ISO_8859_1));
    }

    /** A name found through {@code p}: bytes when the path was bytes, else str. */
    static PyObject name(Path p, byte[] b) {
        return p != null && p.isBytes() ? PyBytes.of(b) : decode(b);
    }

    // ---- integers ---------------------------------------------------------------------------

    /** A C int argument (clinic's "int" converter). */
    static int cint(PyObject o) {
        PyInt i = PyNumber.index(o);
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE)
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
        return (int) i.longValue();
    }

    /** A file descriptor argument (fildes_converter). */
    static int fd(PyObject o) {
        return cint(o);
    }

    /** _Py_Dev_Converter: a dev_t, an unsigned 64-bit value. */
    static long device(PyObject o) {
        if (!(o instanceof PyInt i)) throw PyErr.format(PyExc.TypeError, "an integer is required");
        if (i.signum() < 0) throw PyErr.format(PyExc.OverflowError, "can't convert negative int to unsigned");
        if (i.bigValue().bitLength() > 64) throw PyErr.format(PyExc.OverflowError, "int too big to convert");
        return i.bigValue().longValue();
    }

    /** A Py_ssize_t / off_t argument. */
    static long clong(PyObject o) {
        return PyNumber.asSize(o, PyExc.OverflowError);
    }

    // ---- errors -----------------------------------------------------------------------------

    /** OSError (or its errno subclass) for {@code errno}, naming nothing. */
    static PyException error(int errno) {
        return PyErr.raise(PyExc.OSError, PyInt.of(errno), PyStr.of(Libc.strerror(errno)));
    }

    /** OSError for the last errno, naming {@code p}'s path (or its fd) when not null. */
    static PyException error(Path p) {
        return error(Libc.errno(), p == null ? null : p.object());
    }

    /** OSError for {@code errno} naming {@code filename} (none when null). */
    static PyException error(int errno, PyObject filename) {
        if (filename == null) return error(errno);
        return PyErr.raise(PyExc.OSError, PyInt.of(errno), PyStr.of(Libc.strerror(errno)), filename);
    }

    /** OSError for the last errno naming two paths, as rename gives them: 'a' -> 'b'. */
    static PyException error2(Path p1, Path p2) {
        int errno = Libc.errno();
        return PyErr.raise(PyExc.OSError, PyInt.of(errno), PyStr.of(Libc.strerror(errno)), p1.object(), Py.None,
            p2.object());
    }

    /** OSError for the last errno, unless {@code r} is not negative. */
    static void check(long r) {
        if (r < 0) throw error(Libc.errno());
    }

    /** OSError naming {@code p} for the last errno, unless {@code r} is not negative. */
    static void check(long r, Path p) {
        if (r < 0) throw error(p);
    }
}
