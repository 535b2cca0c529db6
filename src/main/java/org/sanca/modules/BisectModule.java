package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.Py;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * The _bisect module: binary search and insertion in sorted sequences, with lo/hi bounds and a key function.
 * CPython: Modules/_bisectmodule.c.
 */
public final class BisectModule {
    private BisectModule() {}

    private static final String[] NAMES = {"a", "x", "lo", "hi", "key"};

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        BuiltinsModule.def(m, d, "_bisect", "bisect_right", (s, a, o, n, k) ->
            PyInt.of(search("bisect_right", a, o, n, k, false)));
        BuiltinsModule.def(m, d, "_bisect", "bisect_left", (s, a, o, n, k) ->
            PyInt.of(search("bisect_left", a, o, n, k, true)));
        BuiltinsModule.def(m, d, "_bisect", "insort_right", (s, a, o, n, k) ->
            insort("insort_right", a, o, n, k, false));
        BuiltinsModule.def(m, d, "_bisect", "insort_left", (s, a, o, n, k) ->
            insort("insort_left", a, o, n, k, true));
        return m;
    }

    /** Parses (a, x, lo=0, hi=None, *, key=None); key is null when None. */
    private static PyObject[] parse(String fname, PyObject[] a, int o, int n, PyTuple k) {
        if (n > 4)
            throw PyErr.format(PyExc.TypeError, "%s() takes at most 4 positional arguments (%d given)", fname, n);
        PyObject[] v = Args.parse(fname, a, o, n, k, NAMES, 2);
        if (v[4] == Py.None) v[4] = null;
        return v;
    }

    private static long search(String fname, PyObject[] a, int o, int n, PyTuple k, boolean left) {
        PyObject[] v = parse(fname, a, o, n, k);
        return bisect(v[0], v[1], v, left, v[4]);
    }

    private static PyObject insort(String fname, PyObject[] a, int o, int n, PyTuple k, boolean left) {
        PyObject[] v = parse(fname, a, o, n, k);
        PyObject key = v[4];
        PyObject item = v[1];
        long index = bisect(v[0], key == null ? item : Abstract.call(key, item), v, left, key);
        if (v[0].getClass() == PyList.class) ((PyList) v[0]).insert((int) index, item);
        else Abstract.callMethod(v[0], "insert", PyInt.of(index), item);
        return Py.None;
    }

    /** internal_bisect_left/right over v's lo and hi (hi None or -1 means len(seq)). */
    private static long bisect(PyObject seq, PyObject item, PyObject[] v, boolean left, PyObject key) {
        long lo = v[2] == null ? 0 : PyNumber.asSize(v[2], PyExc.OverflowError);
        long hi = v[3] == null || v[3] == Py.None ? -1 : PyNumber.asSize(v[3], PyExc.OverflowError);
        if (lo < 0) throw PyErr.format(PyExc.ValueError, "lo must be non-negative");
        if (hi == -1) hi = Abstract.len(seq);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject litem = Abstract.getItem(seq, PyInt.of(mid));
            if (key != null) litem = Abstract.call(key, litem);
            boolean lt = left ? Abstract.richCompareBool(litem, item, Abstract.LT)
                : Abstract.richCompareBool(item, litem, Abstract.LT);
            if (lt == left) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
