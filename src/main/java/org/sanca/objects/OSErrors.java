package org.sanca.objects;

import static org.sanca.objects.PyBaseException.field;
import static org.sanca.objects.PyBaseException.self;

import java.util.HashMap;
import java.util.Map;

/**
 * OSError: errno, strerror, filename, filename2, and the mapping of errno values to subclasses.
 * CPython: Objects/exceptions.c (OSError_new, oserror_init, OSError_str, errnomap).
 */
final class OSErrors {
    private OSErrors() {}

    private static final Map<Long, PyType> ERRNO_MAP = new HashMap<>();

    private static void map(PyType t, long... errnos) {
        for (long e : errnos) ERRNO_MAP.put(e, t);
    }

    static void init() {
        map(PyExc.BlockingIOError, 11, 114, 115);
        map(PyExc.ChildProcessError, 10);
        map(PyExc.BrokenPipeError, 32, 108);
        map(PyExc.ConnectionAbortedError, 103);
        map(PyExc.ConnectionRefusedError, 111);
        map(PyExc.ConnectionResetError, 104);
        map(PyExc.FileExistsError, 17);
        map(PyExc.FileNotFoundError, 2);
        map(PyExc.IsADirectoryError, 21);
        map(PyExc.NotADirectoryError, 20);
        map(PyExc.InterruptedError, 4);
        map(PyExc.PermissionError, 13, 1);
        map(PyExc.ProcessLookupError, 3);
        map(PyExc.TimeoutError, 110);
        PyType t = PyExc.OSError;
        t.tp_new = (ty, a, o, n, k) -> {
            if (ty == PyExc.OSError && n >= 2 && a[o] instanceof PyInt errno && errno.fitsLong()) {
                PyType sub = ERRNO_MAP.get(errno.longValue());
                if (sub != null) ty = sub;
            }
            PyBaseException e = PyExc.instantiate(ty);
            fill(e, a, o, n);
            return e;
        };
        t.tp_init = (s, a, o, n, k) -> {
            if (k != null && k.size() > 0)
                throw PyErr.format(PyExc.TypeError, "%s() takes no keyword arguments", s.type().getName());
        };
        t.tp_str = OSErrors::str;
        for (String f : new String[] {"errno", "strerror", "filename", "filename2"}) field(t, f);
        PyExc.BlockingIOError.addGetSet("characters_written", o -> {
            PyObject v = self(o).getAttrField("characters_written");
            if (v == Py.None) throw PyErr.format(PyExc.AttributeError, "characters_written");
            return v;
        }, (o, v) -> self(o).setAttrField("characters_written", v == null ? Py.None : v));
    }

    private static void fill(PyBaseException e, PyObject[] a, int o, int n) {
        e.args = Args.tuple(a, o, n);
        if (n >= 2 && n <= 5) {
            e.setAttrField("errno", a[o]);
            e.setAttrField("strerror", a[o + 1]);
            if (n >= 3) {
                e.setAttrField("filename", a[o + 2]);
                if (n >= 5) e.setAttrField("filename2", a[o + 4]);
                e.args = PyTuple.of(a[o], a[o + 1]);
            }
        }
    }

    private static PyObject str(PyObject s) {
        PyBaseException e = self(s);
        PyObject errno = e.getAttrField("errno"), strerror = e.getAttrField("strerror");
        PyObject fn = e.getAttrField("filename"), fn2 = e.getAttrField("filename2");
        if (fn != Py.None) {
            String base = "[Errno " + Abstract.str(errno).value + "] " + Abstract.str(strerror).value + ": "
                    + Abstract.repr(fn).value;
            if (fn2 != Py.None) base += " -> " + Abstract.repr(fn2).value;
            return PyStr.of(base);
        }
        if (errno != Py.None && strerror != Py.None)
            return PyStr.of("[Errno " + Abstract.str(errno).value + "] " + Abstract.str(strerror).value);
        return PyBaseException.str(s);
    }
}
