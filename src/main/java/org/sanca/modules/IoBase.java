package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyByteArray;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.runtime.Util;

/**
 * The abstract _io classes _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase: the default
 * methods every file object inherits (close, context manager, iteration, readline, readlines,
 * writelines, the _check* helpers) and the shared argument and error helpers of the _io module.
 * CPython: Modules/_io/iobase.c, Modules/_io/bufferedio.c (_BufferedIOBase), Modules/_io/textio.c (_TextIOBase).
 */
final class IoBase {
    private IoBase() {}

    static final PyType IOBASE = new PyType("_io._IOBase", PyType.OBJECT, PyType.BASETYPE);
    static final PyType RAW = new PyType("_io._RawIOBase", IOBASE, PyType.BASETYPE);
    static final PyType BUFFERED = new PyType("_io._BufferedIOBase", IOBASE, PyType.BASETYPE);
    static final PyType TEXT = new PyType("_io._TextIOBase", IOBASE, PyType.BASETYPE);
    static final int DEFAULT_BUFFER_SIZE = 8192;

    static {
        IOBASE.tp_new = (t, a, o, n, k) -> new IoObject(t);
        IOBASE.tp_iter = o -> {
            checkClosed(o);
            return o;
        };
        IOBASE.tp_iternext = o -> {
            PyObject line = Abstract.callMethod(o, "readline");
            if (!(line instanceof PyBytes) && !(line instanceof PyByteArray) && !(line instanceof PyStr))
                throw PyErr.format(PyExc.OSError, "readline() should have returned a str object, not '%.200s'",
                    PyErr.typeName(line));
            return Abstract.len(line) == 0 ? null : line;
        };
        baseMethods();
        rawMethods();
        for (String m : new String[] {"detach", "read", "read1", "write"}) BUFFERED.addMethod(m, unsupportedMethod(m));
        BUFFERED.addMethod("readinto", (MethFast) (s, a, o, n, k) -> bufferedReadinto(s, one("readinto", a, o, n, k), "read"));
        BUFFERED.addMethod("readinto1", (MethFast) (s, a, o, n, k) -> bufferedReadinto(s, one("readinto1", a, o, n, k), "read1"));
        for (String m : new String[] {"detach", "read", "readline", "write"}) TEXT.addMethod(m, unsupportedMethod(m));
        for (String g : new String[] {"encoding", "newlines", "errors"}) TEXT.addGetter(g, s -> Py.None);
        for (PyType t : new PyType[] {IOBASE, RAW, BUFFERED, TEXT}) {
            t.put("__module__", PyStr.of("_io"));
            t.ready();
        }
    }

    // ---- errors and argument helpers shared by the _io classes -------------------------------------

    static PyException unsupported(String message) {
        return PyErr.raise(IoOpen.UNSUPPORTED_OPERATION, PyStr.of(message));
    }

    static PyException closedFile() {
        return PyErr.format(PyExc.ValueError, "I/O operation on closed file.");
    }

    private static MethFast unsupportedMethod(String name) {
        return (s, a, o, n, k) -> {
            throw unsupported(name);
        };
    }

    static PyObject one(String fn, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(fn, k);
        Args.exactly(fn, n, 1);
        return a[o];
    }

    /** An optional size argument (None or absent is -1), as _Py_convert_optional_to_ssize_t. */
    static long size(String fn, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(fn, k);
        Args.range(fn, n, 0, 1);
        return n == 0 ? -1 : sizeOf(a[o]);
    }

    static long sizeOf(PyObject v) {
        if (v == Py.None) return -1;
        if (!(v instanceof PyInt) && v.type().nb_index == null)
            throw PyErr.format(PyExc.TypeError, "argument should be integer or None, not '%.200s'", PyErr.typeName(v));
        return Util.asLong(PyNumber_index(v));
    }

    static PyObject PyNumber_index(PyObject v) {
        return org.sanca.objects.PyNumber.index(v);
    }

    /** Calls self.closed and raises ValueError when it is true (_PyIOBase_check_closed). */
    static void checkClosed(PyObject self) {
        if (isTrue(Abstract.getAttr(self, "closed"))) throw closedFile();
    }

    static boolean isTrue(PyObject o) {
        return Abstract.isTrue(o);
    }

    private static void checkFlag(PyObject self, String method, String message) {
        if (Abstract.callMethod(self, method) != Py.True) throw unsupported(message);
    }

    static void checkReadable(PyObject self) {
        checkFlag(self, "readable", "File or stream is not readable.");
    }

    static void checkWritable(PyObject self) {
        checkFlag(self, "writable", "File or stream is not writable.");
    }

    static void checkSeekable(PyObject self) {
        checkFlag(self, "seekable", "File or stream is not seekable.");
    }

    /** The bytes of a bytes-like argument. */
    static byte[] bytesOf(PyObject o) {
        return PyBytes.fromObject(o);
    }

    /** Copies data into the writable buffer b (bytearray or memoryview) at its start. */
    static void fill(PyObject b, byte[] data, int len) {
        if (len == 0) return;
        if (b instanceof org.sanca.objects.PyMemoryView) {
            for (int i = 0; i < len; i++) Abstract.setItem(b, PyInt.of(i), PyInt.of(data[i] & 0xff));
            return;
        }
        byte[] part = len == data.length ? data : java.util.Arrays.copyOf(data, len);
        Abstract.setItem(b, new org.sanca.objects.PySlice(PyInt.of(0), PyInt.of(len), Py.None), PyBytes.of(part));
    }

    // ---- _IOBase ---------------------------------------------------------------------------------

    private static boolean ownClosed(PyObject s) {
        return s instanceof IoObject io && io.ioClosed;
    }

    private static void baseMethods() {
        PyType t = IOBASE;
        t.addMethod("seek", unsupportedMethod("seek"));
        t.addMethod("tell", (MethNoArgs) s -> Abstract.callMethod(s, "seek", PyInt.of(0), PyInt.of(1)));
        t.addMethod("truncate", unsupportedMethod("truncate"));
        t.addMethod("fileno", unsupportedMethod("fileno"));
        t.addMethod("flush", (MethNoArgs) s -> {
            if (ownClosed(s)) throw closedFile();
            return Py.None;
        });
        t.addMethod("close", (MethNoArgs) s -> {
            if (ownClosed(s)) return Py.None;
            try {
                Abstract.callMethod(s, "flush");
            } finally {
                if (s instanceof IoObject io) io.ioClosed = true;
            }
            return Py.None;
        });
        t.addGetter("closed", s -> PyBool.of(ownClosed(s)));
        t.addGetter("__dict__", PyObject::getDict);
        for (String m : new String[] {"seekable", "readable", "writable"}) t.addMethod(m, (MethNoArgs) s -> Py.False);
        t.addMethod("isatty", (MethNoArgs) s -> {
            checkClosed(s);
            return Py.False;
        });
        t.addMethod("_checkClosed", (MethFast) (s, a, o, n, k) -> {
            checkClosed(s);
            return Py.None;
        });
        t.addMethod("_checkReadable", (MethFast) (s, a, o, n, k) -> { checkReadable(s); return Py.True; });
        t.addMethod("_checkWritable", (MethFast) (s, a, o, n, k) -> { checkWritable(s); return Py.True; });
        t.addMethod("_checkSeekable", (MethFast) (s, a, o, n, k) -> { checkSeekable(s); return Py.True; });
        t.addMethod("__enter__", (MethNoArgs) s -> {
            checkClosed(s);
            return s;
        });
        t.addMethod("__exit__", (MethFast) (s, a, o, n, k) -> Abstract.callMethod(s, "close"));
        t.addMethod("readline", (MethFast) (s, a, o, n, k) -> readline(s, size("readline", a, o, n, k)));
        t.addMethod("readlines", (MethFast) (s, a, o, n, k) -> readlines(s, size("readlines", a, o, n, k)));
        t.addMethod("writelines", (MethFast) (s, a, o, n, k) -> writelines(s, one("writelines", a, o, n, k)));
    }

    /** _IOBase.readline: peek for the newline when the object can, else one byte at a time. */
    private static PyObject readline(PyObject self, long limit) {
        boolean peek = Abstract.lookupAttr(self, "peek") != null;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            long want = 1;
            if (peek) {
                byte[] ahead = bytesOf(Abstract.callMethod(self, "peek", PyInt.of(1)));
                if (ahead.length == 0) break;
                int i = 0;
                while (i < ahead.length && (limit < 0 || i < limit - out.size()) && ahead[i++] != '\n') {}
                want = i;
            }
            PyObject b = Abstract.callMethod(self, "read", PyInt.of(want));
            if (b == Py.None) break;
            if (!(b instanceof PyBytes)) throw PyErr.format(PyExc.OSError,
                "read() should have returned a bytes object, not '%.200s'", PyErr.typeName(b));
            byte[] got = bytesOf(b);
            if (got.length == 0) break;
            out.writeBytes(got);
            if (got[got.length - 1] == '\n') break;
        }
        return PyBytes.of(out.toByteArray());
    }

    static PyObject readlines(PyObject self, long hint) {
        PyList lines = new PyList();
        long total = 0;
        PyObject it = Abstract.getIter(self);
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            lines.append(line);
            total += Abstract.len(line);
            if (hint > 0 && total >= hint) break;
        }
        return lines;
    }

    private static PyObject writelines(PyObject self, PyObject lines) {
        checkClosed(self);
        PyObject it = Abstract.getIter(lines);
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it))
            Abstract.callMethod(self, "write", line);
        return Py.None;
    }

    // ---- _RawIOBase ------------------------------------------------------------------------------

    private static void rawMethods() {
        RAW.addMethod("read", (MethFast) (s, a, o, n, k) -> rawRead(s, size("read", a, o, n, k)));
        RAW.addMethod("readall", (MethNoArgs) IoBase::rawReadall);
        RAW.addMethod("readinto", unsupportedMethod("readinto"));
        RAW.addMethod("write", unsupportedMethod("write"));
    }

    private static PyObject rawRead(PyObject self, long n) {
        if (n < 0) return Abstract.callMethod(self, "readall");
        PyByteArray b = new PyByteArray(new byte[(int) n]);
        PyObject got = Abstract.callMethod(self, "readinto", b);
        if (got == Py.None) return Py.None;
        long m = Util.asLong(got);
        if (m < 0 || m > n) throw PyErr.format(PyExc.ValueError, "readinto returned %d outside buffer size %d", m, n);
        return PyBytes.of(java.util.Arrays.copyOf(b.toByteArray(), (int) m));
    }

    private static PyObject rawReadall(PyObject self) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            PyObject data = Abstract.callMethod(self, "read", PyInt.of(DEFAULT_BUFFER_SIZE));
            if (data == Py.None) {
                if (out.size() == 0) return Py.None;
                break;
            }
            if (!(data instanceof PyBytes)) throw PyErr.format(PyExc.TypeError, "read() should return bytes");
            byte[] b = bytesOf(data);
            if (b.length == 0) break;
            out.writeBytes(b);
        }
        return PyBytes.of(out.toByteArray());
    }

    // ---- _BufferedIOBase -------------------------------------------------------------------------

    private static PyObject bufferedReadinto(PyObject self, PyObject buffer, String method) {
        int len = Abstract.len(buffer);
        PyObject data = Abstract.callMethod(self, method, PyInt.of(len));
        if (!(data instanceof PyBytes)) throw PyErr.format(PyExc.TypeError, "read() should return bytes");
        byte[] b = bytesOf(data);
        if (b.length > len) throw PyErr.format(PyExc.ValueError,
            "read() returned too much data: %d bytes requested, %d returned", len, b.length);
        fill(buffer, b, b.length);
        return PyInt.of(b.length);
    }
}
