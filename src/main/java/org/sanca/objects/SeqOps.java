package org.sanca.objects;

/**
 * Helpers shared by the array-backed sequences (tuple, list): repr, comparison, index normalisation.
 * CPython: Objects/tupleobject.c and listobject.c (tuplerichcompare, list_richcompare, list_repr).
 */
final class SeqOps {
    private SeqOps() {}

    /** "(1, 2)" / "[1, 2]" with recursion shown as "..." . */
    static String repr(PyObject self, PyObject[] a, int n, String open, String close, boolean tuple) {
        if (n == 0) return open + close;
        if (!Abstract.reprEnter(self)) return open + "..." + close;
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Abstract.repr(a[i]).value);
            }
            if (tuple && n == 1) sb.append(',');
            return sb.append(close).toString();
        } finally {
            Abstract.reprLeave(self);
        }
    }

    /** Lexicographic rich comparison of two item arrays. */
    static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        if ((op == Abstract.EQ || op == Abstract.NE) && na != nb) return PyBool.of(op == Abstract.NE);
        int i = 0;
        for (; i < na && i < nb; i++) if (!Abstract.equals(a[i], b[i])) break;
        if (i >= na || i >= nb) return PyBool.of(FloatOps.test(Integer.compare(na, nb), op));
        if (op == Abstract.EQ) return Py.False;
        if (op == Abstract.NE) return Py.True;
        return Abstract.richCompare(a[i], b[i], op);
    }

    /** An index argument normalised against n, or IndexError with msg. */
    /** PySequence_Fast: the items of a tuple or iterable, with msg as the TypeError when o is not iterable. */
    static PyObject[] fast(PyObject o, String msg) {
        if (o instanceof PyTuple t) return t.items;
        PyObject it;
        try {
            it = Abstract.getIter(o);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) throw e;
            throw PyErr.format(PyExc.TypeError, "%s", msg);
        }
        return PyTuple.fromIterable(it).items;
    }

    static int index(PyObject key, int n, String msg) {
        long i = PyNumber.asSize(key, PyExc.IndexError);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyErr.format(PyExc.IndexError, "%s", msg);
        return (int) i;
    }

    static int count(PyObject[] a, int n, PyObject x) {
        int c = 0;
        for (int i = 0; i < n; i++) if (Abstract.equals(a[i], x)) c++;
        return c;
    }

    /** list.index / tuple.index with optional start and stop. */
    static int indexOf(PyObject[] a, int n, PyObject[] args, int o, int nargs, String what) {
        Args.range("index", nargs, 1, 3);
        long start = nargs > 1 ? sliceIndex(args[o + 1]) : 0;
        long stop = nargs > 2 ? sliceIndex(args[o + 2]) : n;
        if (start < 0) start = Math.max(0, start + n);
        if (stop < 0) stop = Math.max(0, stop + n);
        for (long i = start; i < Math.min(stop, n); i++) if (Abstract.equals(a[(int) i], args[o])) return (int) i;
        throw PyErr.format(PyExc.ValueError, "%s", what);
    }

    /** _PyEval_SliceIndexNotNone: an __index__ value, clamped to the long range. */
    private static long sliceIndex(PyObject o) {
        if (!PyNumber.isIndex(o))
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or have an __index__ method");
        return PyNumber.asSize(o, null);
    }

    static PyObject[] slice(PyObject[] a, PySlice.Indices ix) {
        PyObject[] r = new PyObject[ix.length()];
        if (ix.step() == 1) System.arraycopy(a, ix.start(), r, 0, ix.length());
        else for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step()) r[i] = a[j];
        return r;
    }

    /** Repeats a[0..n) count times. */
    static PyObject[] repeat(PyObject[] a, int n, PyObject countObj) {
        long count = PyNumber.asSize(countObj, PyExc.OverflowError);
        if (count <= 0 || n == 0) return new PyObject[0];
        if (count > (Integer.MAX_VALUE - 8) / n) throw PyErr.noMemory();
        PyObject[] r = new PyObject[(int) (count * n)];
        for (int i = 0; i < count; i++) System.arraycopy(a, 0, r, i * n, n);
        return r;
    }
}
