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
        t.tp_new = NEW;
        t.tp_init = INIT;
        t.tp_str = OSErrors::str;
        for (String f : new String[] {"errno", "strerror", "filename", "filename2"}) field(t, f);
        t.addGetSet("characters_written", o -> {
            PyObject v = self(o).getAttrField("characters_written");
            if (v == Py.None) throw PyErr.format(PyExc.AttributeError, "characters_written");
            return v;
        }, (o, v) -> {
            if (v == null) {
                if (self(o).getAttrField("characters_written") == Py.None)
                    throw PyErr.format(PyExc.AttributeError, "characters_written");
                self(o).setAttrField("characters_written", Py.None);
                return;
            }
            self(o).setAttrField("characters_written", PyInt.of(PyNumber.asSize(v, PyExc.ValueError)));
        });
        t.addMethod("__reduce__", (Slots.MethNoArgs) OSErrors::reduce);
    }

    /** OSError_new: maps errno to a subclass; parses the arguments unless a subclass's __init__ will. */
    private static final Slots.NewFunc NEW = (ty, a, o, n, k) -> {
        boolean useInit = useInit(ty);
        if (!useInit) {
            Args.noKeywords(ty.getName(), k);
            if (ty == PyExc.OSError && n >= 2 && n <= 5 && a[o] instanceof PyInt errno && errno.fitsLong()) {
                PyType sub = ERRNO_MAP.get(errno.longValue());
                if (sub != null) ty = sub;
            }
        }
        PyBaseException e = PyExc.instantiate(ty);
        if (!useInit) fill(e, a, o, n);
        return e;
    };

    /** OSError_init: does the parsing only for subclasses that define __init__ but not __new__. */
    private static final Slots.InitFunc INIT = (s, a, o, n, k) -> {
        if (!useInit(s.type())) return;
        Args.noKeywords(s.type().getName(), k);
        fill(self(s), a, o, n);
    };

    /** oserror_use_init: a subclass overriding __init__ but not __new__ gets its arguments there. */
    private static boolean useInit(PyType t) {
        return t.tp_init != INIT && t.tp_new == NEW;
    }

    /** oserror_init: (errno, strerror[, filename[, winerror[, filename2]]]); a filename shortens args to two. */
    private static void fill(PyBaseException e, PyObject[] a, int o, int n) {
        e.args = Args.tuple(a, o, n);
        if (n < 2 || n > 5) return;
        e.setAttrField("errno", a[o]);
        e.setAttrField("strerror", a[o + 1]);
        PyObject filename = n >= 3 ? a[o + 2] : Py.None;
        if (filename == Py.None) return;
        if (e.type() == PyExc.BlockingIOError && isNumber(filename)) {
            e.setAttrField("characters_written", PyInt.of(PyNumber.asSize(filename, PyExc.ValueError)));
            return;
        }
        e.setAttrField("filename", filename);
        if (n == 5 && a[o + 4] != Py.None) e.setAttrField("filename2", a[o + 4]);
        e.args = PyTuple.of(a[o], a[o + 1]);
    }

    /** PyNumber_Check. */
    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.nb_index != null || t.nb_int != null || t.nb_float != null || o instanceof PyComplex;
    }

    /** OSError_reduce: the filenames go back into args. */
    private static PyObject reduce(PyObject s) {
        PyBaseException e = self(s);
        PyTuple args = e.args;
        PyObject fn = e.getAttrField("filename"), fn2 = e.getAttrField("filename2");
        if (args.size() == 2 && fn != Py.None) {
            args = fn2 != Py.None ? PyTuple.of(args.get(0), args.get(1), fn, Py.None, fn2)
                    : PyTuple.of(args.get(0), args.get(1), fn);
        }
        PyDict d = e.dict;
        return d == null || d.size() == 0 ? PyTuple.of(s.type(), args) : PyTuple.of(s.type(), args, d);
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
