package org.sanca.objects;

/**
 * Argument checking and parsing for builtins written in Java, with CPython's messages.
 * CPython: Python/getargs.c (_PyArg_CheckPositional, _PyArg_NoKeywords, _PyArg_UnpackKeywords).
 */
public final class Args {
    private Args() {}

    /** _PyArg_NoKeywords. */
    public static void noKeywords(String fname, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0)
            throw PyErr.format(PyExc.TypeError, "%.200s() takes no keyword arguments", fname);
    }

    /** _PyArg_CheckPositional with min == max. */
    public static void exactly(String fname, int nargs, int n) {
        range(fname, nargs, n, n);
    }

    /** _PyArg_CheckPositional: "pop expected at most 1 argument, got 2". */
    public static void range(String fname, int nargs, int min, int max) {
        if (nargs < min)
            throw PyErr.format(PyExc.TypeError, "%.200s expected %s%d argument%s, got %d", fname,
                    min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        if (nargs > max)
            throw PyErr.format(PyExc.TypeError, "%.200s expected %s%d argument%s, got %d", fname,
                    min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    }

    /** Argument Clinic's Py_ssize_t converter: __index__, OverflowError beyond the C ssize_t range. */
    public static long ssize(PyObject o) {
        PyInt i = PyNumber.index(o);
        if (!i.fitsLong()) throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        return i.longValue();
    }

    /** The positional arguments as a tuple (METH_VARARGS style). */
    public static PyTuple tuple(PyObject[] a, int o, int n) {
        if (n == 0) return PyTuple.EMPTY;
        PyObject[] t = new PyObject[n];
        System.arraycopy(a, o, t, 0, n);
        return new PyTuple(t);
    }

    /** The keyword arguments as a new dict (null when there are none). */
    public static PyDict kwargs(PyObject[] a, int o, int n, PyTuple kwnames) {
        if (kwnames == null || kwnames.size() == 0) return null;
        PyDict d = new PyDict();
        for (int i = 0; i < kwnames.size(); i++) d.setItem(kwnames.get(i), a[o + n + i]);
        return d;
    }

    /**
     * Argument Clinic-style parsing: binds positional and keyword arguments to names; absent optional
     * arguments are null. The first {@code required} names must be given.
     */
    public static PyObject[] parse(String fname, PyObject[] a, int o, int n, PyTuple kw, String[] names, int required) {
        return parse(fname, a, o, n, kw, names, required, names.length);
    }

    /** As parse, where only the first maxPositional names may be given by position. */
    public static PyObject[] parse(String fname, PyObject[] a, int o, int n, PyTuple kw, String[] names, int required,
            int maxPositional) {
        return parse(fname, a, o, n, kw, names, required, maxPositional, 0);
    }

    /**
     * As parse, where the first posOnly names are positional-only; errors are checked in _PyArg_UnpackKeywords's
     * order: too many arguments, too few positional ones, a missing required one, one given twice, an unknown name.
     */
    public static PyObject[] parse(String fname, PyObject[] a, int o, int n, PyTuple kw, String[] names, int required,
            int maxPositional, int posOnly) {
        int nkw = kw == null ? 0 : kw.size();
        checkCounts(fname, n, nkw, names.length, required, maxPositional, posOnly);
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(a, o, out, 0, n);
        String twice = null, unknown = null;
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kw.get(i)).value;
            int j = indexOf(names, k, posOnly);
            if (j < 0) {
                if (unknown == null) unknown = k;
            } else if (j < n) {
                if (twice == null || j < indexOf(names, twice, posOnly)) twice = k;
            } else {
                out[j] = a[o + n + i];
            }
        }
        for (int i = 0; i < required; i++)
            if (out[i] == null)
                throw PyErr.format(PyExc.TypeError, "%.200s() missing required argument '%s' (pos %d)", fname, names[i],
                        i + 1);
        if (twice != null)
            throw PyErr.format(PyExc.TypeError, "argument for %.200s() given by name ('%s') and position (%d)",
                    fname, twice, indexOf(names, twice, posOnly) + 1);
        if (unknown != null)
            throw PyErr.format(PyExc.TypeError, "'%s' is an invalid keyword argument for %.200s()", unknown, fname);
        return out;
    }

    private static void checkCounts(String fname, int n, int nkw, int maxArgs, int required, int maxPositional,
            int posOnly) {
        if (n + nkw > maxArgs)
            throw PyErr.format(PyExc.TypeError, "%.200s() takes at most %d %sargument%s (%d given)", fname, maxArgs,
                    n == 0 ? "keyword " : "", maxArgs == 1 ? "" : "s", n + nkw);
        if (n > maxPositional) {
            if (maxPositional == 0)
                throw PyErr.format(PyExc.TypeError, "%.200s() takes no positional arguments", fname);
            throw PyErr.format(PyExc.TypeError, "%.200s() takes %s %d positional argument%s (%d given)", fname,
                    required < maxPositional ? "at most" : "exactly", maxPositional, maxPositional == 1 ? "" : "s", n);
        }
        int minPosOnly = Math.min(posOnly, required);
        if (n < minPosOnly)
            throw PyErr.format(PyExc.TypeError, "%.200s() takes %s %d positional argument%s (%d given)", fname,
                    minPosOnly < maxPositional ? "at least" : "exactly", minPosOnly, minPosOnly == 1 ? "" : "s", n);
    }

    private static int indexOf(String[] names, String k, int from) {
        for (int i = from; i < names.length; i++) if (names[i].equals(k)) return i;
        return -1;
    }
}
