package org.sanca.modules;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sanca.runtime.Util;
import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;

/**
 * The io layer open() and sys.std* use: the file types' methods (read, readline, readlines,
 * write, flush, close, the context manager and iterator protocols) and open() itself.
 * CPython: Modules/_io/_iomodule.c (io.open) and the _io type method tables.
 */
public final class IoModule {
    private IoModule() {}

    public static final PyType TEXT_IO = new PyType("TextIOWrapper", PyType.BASETYPE);
    public static final PyType BUFFERED_READER = new PyType("BufferedReader", PyType.BASETYPE);
    public static final PyType BUFFERED_WRITER = new PyType("BufferedWriter", PyType.BASETYPE);
    public static final PyType BUFFERED_RANDOM = new PyType("BufferedRandom", PyType.BASETYPE);
    /** io.UnsupportedOperation (CPython also derives it from ValueError; the object model rejects that pair of bases). */
    public static final PyType UNSUPPORTED_OPERATION;

    static {
        for (PyType t : new PyType[] {TEXT_IO, BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM}) {
            t.put("__module__", PyStr.of("_io"));
            setUp(t);
            t.ready();
        }
        org.sanca.objects.PyDict ns = new org.sanca.objects.PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("io"));
        UNSUPPORTED_OPERATION = org.sanca.objects.TypeObject.newType("UnsupportedOperation",
            PyTuple.of(PyExc.OSError), ns);
    }

    private static PyFile self(PyObject o) {
        return (PyFile) o;
    }

    private static long size(String fn, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(fn, k);
        Args.range(fn, n, 0, 1);
        return n == 0 || a[o] == Py.None ? -1 : Util.asLong(a[o]);
    }

    private static void setUp(PyType t) {
        t.tp_iter = o -> {
            self(o).checkOpen();
            return o;
        };
        t.tp_iternext = o -> {
            PyObject line = readline(self(o), -1);
            return Abstract.len(line) == 0 ? null : line;
        };
        t.tp_repr = IoModule::repr;
        t.addMethod("read", (MethFast) (s, a, o, n, k) -> read(self(s), size("read", a, o, n, k)));
        t.addMethod("readline", (MethFast) (s, a, o, n, k) -> readline(self(s), size("readline", a, o, n, k)));
        t.addMethod("readlines", (MethFast) (s, a, o, n, k) -> readlines(self(s)));
        t.addMethod("write", (MethFast) (s, a, o, n, k) -> {
            BuiltinsModule.one("write", a, o, n, k);
            return write(self(s), a[o]);
        });
        t.addMethod("writelines", (MethFast) (s, a, o, n, k) -> {
            PyObject it = Abstract.getIter(BuiltinsModule.one("writelines", a, o, n, k));
            for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
                write(self(s), line);
            }
            return Py.None;
        });
        t.addMethod("flush", (MethFast) (s, a, o, n, k) -> {
            self(s).checkOpen();
            self(s).flush();
            return Py.None;
        });
        t.addMethod("close", (MethFast) (s, a, o, n, k) -> {
            self(s).close();
            return Py.None;
        });
        t.addMethod("__enter__", (MethFast) (s, a, o, n, k) -> {
            self(s).checkOpen();
            return s;
        });
        t.addMethod("__exit__", (MethFast) (s, a, o, n, k) -> {
            self(s).close();
            return Py.None;
        });
        t.addMethod("readable", (MethFast) (s, a, o, n, k) -> PyBool.of(self(s).readable()));
        t.addMethod("writable", (MethFast) (s, a, o, n, k) -> PyBool.of(self(s).writable()));
        t.addMethod("seekable", (MethFast) (s, a, o, n, k) -> Py.False);
        t.addMethod("isatty", (MethFast) (s, a, o, n, k) -> Py.False);
        t.addMethod("fileno", (MethFast) (s, a, o, n, k) -> fileno(self(s)));
        t.addGetter("closed", s -> PyBool.of(self(s).closed));
        t.addGetter("name", s -> PyStr.of(self(s).name));
        t.addGetter("mode", s -> PyStr.of(self(s).mode));
        if (t == TEXT_IO) {
            t.addGetter("encoding", s -> PyStr.of(self(s).name.startsWith("<") ? "utf-8" : "UTF-8"));
            t.addGetter("errors", s -> PyStr.of("strict"));
            t.addGetter("line_buffering", s -> Py.False);
            t.addGetter("buffer", s -> self(s).buffer());
        }
    }

    private static PyObject fileno(PyFile f) {
        return switch (f.name) {
            case "<stdin>" -> PyInt.of(0);
            case "<stdout>" -> PyInt.of(1);
            case "<stderr>" -> PyInt.of(2);
            default -> throw PyFile.unsupported("fileno");
        };
    }

    private static PyObject repr(PyObject o) {
        PyFile f = self(o);
        if (f.type == TEXT_IO) {
            String enc = f.name.startsWith("<") ? "utf-8" : "UTF-8";
            return PyStr.of("<_io.TextIOWrapper name=" + Abstract.repr(PyStr.of(f.name)).asString()
                + " mode=" + Abstract.repr(PyStr.of(f.mode)).asString() + " encoding='" + enc + "'>");
        }
        return PyStr.of("<_io." + f.type.getName() + " name=" + Abstract.repr(PyStr.of(f.name)).asString() + ">");
    }

    private static PyObject read(PyFile f, long size) {
        return f.binary ? PyBytes.of(f.readBytes(size)) : PyStr.of(f.readText(size));
    }

    private static PyObject readline(PyFile f, long limit) {
        return f.binary ? PyBytes.of(f.readLineBytes(limit)) : PyStr.of(f.readLineText(limit));
    }

    private static PyObject readlines(PyFile f) {
        PyList lines = new PyList();
        for (PyObject line = readline(f, -1); Abstract.len(line) > 0; line = readline(f, -1)) {
            lines.append(line);
        }
        return lines;
    }

    private static PyObject write(PyFile f, PyObject v) {
        if (f.binary) {
            if (!(v instanceof PyBytes b)) {
                PyObject bytes = Abstract.call(PyBytes.TYPE, v);
                f.writeBytes(((PyBytes) bytes).toByteArray());
                return PyInt.of(Abstract.len(v));
            }
            f.writeBytes(b.toByteArray());
            return PyInt.of(b.toByteArray().length);
        }
        if (!(v instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "write() argument must be str, not %s", PyErr.typeName(v));
        }
        f.writeText(s.asString());
        return PyInt.of(s.length());
    }

    // ---- standard streams and open() -------------------------------------------------------

    /** The files open() returned that may still hold buffered output. */
    private static final java.util.Set<PyObject> OPEN_FILES =
        java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    /** Flushes every file still open, as finalizing their objects at shutdown would. */
    public static void flushAll() {
        PyObject[] files;
        synchronized (OPEN_FILES) {
            files = OPEN_FILES.toArray(new PyObject[0]);
        }
        for (PyObject f : files) {
            flushQuietly(f);
        }
    }

    /** Remembers a buffered writer open() made, so that exit flushes what it still holds. */
    static void track(PyObject buffered) {
        OPEN_FILES.add(buffered);
    }

    /** A standard stream object: sys.stdin, sys.stdout or sys.stderr. */
    public static PyFile stdStream(String name, InputStream in, OutputStream out, PyFile.Buffering buffering) {
        return new PyFile(TEXT_IO, name, in != null ? "r" : "w", in, out, false, buffering);
    }

    /** Flushes a stream if it is one of ours (else calls its flush method), ignoring errors. */
    public static void flushQuietly(PyObject stream) {
        if (stream == null || stream == Py.None) {
            return;
        }
        try {
            if (stream instanceof PyFile f) {
                f.flush();
            } else if (stream instanceof IoBuffered.State b) {
                IoBuffered.flushWrites(b);
            } else {
                Abstract.callMethod(stream, "flush");
            }
        } catch (RuntimeException e) {
            // Flushing at exit reports nothing, as CPython's flush_std_files ignores closed streams.
        }
    }

    /** Decodes bytes read from a file as UTF-8 text. */
    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
