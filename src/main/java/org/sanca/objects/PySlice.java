package org.sanca.objects;

import java.math.BigInteger;

/**
 * Python's slice objects and the index arithmetic of sequence slicing.
 * CPython: Objects/sliceobject.c (PySlice_Unpack, PySlice_AdjustIndices, slice.indices).
 */
public final class PySlice extends PyObject {
    public static final PyType TYPE = new PyType("slice");

    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The resolved start, stop, step and slice length for a sequence of the given length. */
    public record Indices(int start, int stop, int step, int length) {}

    private static long clampIndex(PyObject o) {
        if (!(o instanceof PyInt) && !PyNumber.isIndex(o))
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
        return PyNumber.asSize(o, null);
    }

    /** PySlice_Unpack + PySlice_AdjustIndices. */
    public Indices indices(int length) {
        long st;
        if (step == Py.None) st = 1;
        else {
            st = clampIndex(step);
            if (st == 0) throw PyErr.format(PyExc.ValueError, "slice step cannot be zero");
            if (st < -Long.MAX_VALUE) st = -Long.MAX_VALUE;
        }
        long lo, hi;
        if (start == Py.None) lo = st < 0 ? Long.MAX_VALUE : 0;
        else lo = clampIndex(start);
        if (stop == Py.None) hi = st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        else hi = clampIndex(stop);
        if (lo < 0) {
            lo += length;
            if (lo < 0) lo = st < 0 ? -1 : 0;
        } else if (lo >= length) lo = st < 0 ? length - 1 : length;
        if (hi < 0) {
            hi += length;
            if (hi < 0) hi = st < 0 ? -1 : 0;
        } else if (hi >= length) hi = st < 0 ? length - 1 : length;
        long n;
        if (st < 0) n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        else n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        int stepI = (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new Indices((int) lo, (int) hi, stepI, (int) n);
    }

    /** slice.indices(length): _PySlice_GetLongIndices, in unbounded integers. */
    private PyObject indicesMethod(PyObject lenObj) {
        BigInteger len = PyNumber.index(lenObj).bigValue();
        if (len.signum() < 0) throw PyErr.format(PyExc.ValueError, "length should not be negative");
        BigInteger st = step == Py.None ? BigInteger.ONE : bigIndex(step);
        if (st.signum() == 0) throw PyErr.format(PyExc.ValueError, "slice step cannot be zero");
        boolean back = st.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? len.subtract(BigInteger.ONE) : len;
        BigInteger lo = start == Py.None ? (back ? upper : lower) : clamp(bigIndex(start), len, lower, upper);
        BigInteger hi = stop == Py.None ? (back ? lower : upper) : clamp(bigIndex(stop), len, lower, upper);
        return PyTuple.of(PyInt.of(lo), PyInt.of(hi), PyInt.of(st));
    }

    private static BigInteger bigIndex(PyObject o) {
        if (!PyNumber.isIndex(o))
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
        return PyNumber.index(o).bigValue();
    }

    private static BigInteger clamp(BigInteger i, BigInteger len, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) i = i.add(len);
        return i.compareTo(lower) < 0 ? lower : i.compareTo(upper) > 0 ? upper : i;
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            Args.noKeywords("slice", k);
            Args.range("slice", n, 1, 3);
            if (n == 1) return new PySlice(Py.None, a[o], Py.None);
            return new PySlice(a[o], a[o + 1], n == 3 ? a[o + 2] : Py.None);
        };
        TYPE.tp_repr = o -> {
            PySlice s = (PySlice) o;
            return PyStr.of("slice(" + Abstract.repr(s.start) + ", " + Abstract.repr(s.stop) + ", " + Abstract.repr(s.step) + ")");
        };
        TYPE.tp_richcompare = (v, w, op) -> {
            if (!(w instanceof PySlice ws)) return Py.NotImplemented;
            PySlice vs = (PySlice) v;
            return Abstract.richCompare(PyTuple.of(vs.start, vs.stop, vs.step), PyTuple.of(ws.start, ws.stop, ws.step), op);
        };
        TYPE.addMember("start", o -> ((PySlice) o).start);
        TYPE.addMember("stop", o -> ((PySlice) o).stop);
        TYPE.addMember("step", o -> ((PySlice) o).step);
        TYPE.addMethod("indices", (Slots.MethO) (s, len) -> ((PySlice) s).indicesMethod(len));
        TYPE.put("__hash__", PyNone.INSTANCE);
        TYPE.addMethod("__reduce__", (Slots.MethNoArgs) s -> PyTuple.of(TYPE,
                PyTuple.of(((PySlice) s).start, ((PySlice) s).stop, ((PySlice) s).step)));
        TYPE.ready();
    }
}
