package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.TypeObject;

/**
 * What the runtime asks of the io layer at exit: the streams open() and the standard streams made
 * that may still hold output, flushed as finalizing their objects at shutdown would; and
 * io.UnsupportedOperation.
 * CPython: Modules/_io/_iomodule.c (the UnsupportedOperation type) and Python/pylifecycle.c (flush_std_files).
 */
public final class IoModule {
    private IoModule() {}

    /** io.UnsupportedOperation, an OSError and a ValueError. */
    public static final PyType UNSUPPORTED_OPERATION;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("io"));
        UNSUPPORTED_OPERATION = TypeObject.newType("UnsupportedOperation", PyTuple.of(PyExc.OSError, PyExc.ValueError), ns);
    }

    /** The writing streams open() returned (and the standard ones), which exit flushes. */
    private static final java.util.Set<PyObject> OPEN_FILES =
        java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    /** Flushes every writing stream still open, as finalizing their objects at shutdown would. */
    public static void flushAll() {
        PyObject[] files;
        synchronized (OPEN_FILES) {
            files = OPEN_FILES.toArray(new PyObject[0]);
        }
        for (PyObject f : files) {
            flushQuietly(f);
        }
    }

    /** Remembers a writing stream, so that exit flushes what it still holds. */
    static void track(PyObject stream) {
        OPEN_FILES.add(stream);
    }

    /** Flushes a stream, ignoring errors (CPython's flush_std_files ignores closed streams). */
    public static void flushQuietly(PyObject stream) {
        if (stream == null || stream == Py.None) {
            return;
        }
        try {
            Abstract.callMethod(stream, "flush");
        } catch (RuntimeException e) {
            // Flushing at exit reports nothing.
        }
    }
}
