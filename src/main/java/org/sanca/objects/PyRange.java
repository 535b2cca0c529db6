package org.sanca.objects;

import java.math.BigInteger;

import org.sanca.objects.Slots.*;

/**
 * Python's range: an immutable arithmetic sequence (long bounds).
 * CPython: Objects/rangeobject.c.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = new PyType("range", PyType.SEQUENCE);

    final long start, stop, step, length;
    /** The bounds as ints when some of them (or the length) do not fit a long; else null. */
    final java.math.BigInteger[] big;

    private PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
        else n = start > stop ? (start - stop - 1) / -step + 1 : 0;
        this.length = n;
        this.big = null;
    }

    private PyRange(java.math.BigInteger start, java.math.BigInteger stop, java.math.BigInteger step) {
        this.start = this.stop = this.step = this.length = 0;
        this.big = new java.math.BigInteger[] {start, stop, step, BigRange.length(start, stop, step)};
    }

    private static boolean fits(java.math.BigInteger b) {
        return b.bitLength() < 63;
    }

    private static PyObject make(PyInt a, PyInt b, PyInt c) {
        if (c.signum() == 0) throw PyErr.format(PyExc.ValueError, "range() arg 3 must not be zero");
        java.math.BigInteger x = a.bigValue(), y = b.bigValue(), z = c.bigValue();
        if (fits(x) && fits(y) && fits(z) && fits(y.subtract(x))) return new PyRange(x.longValue(), y.longValue(), z.longValue());
        return new PyRange(x, y, z);
    }

    /** range(start, stop, step) from Java. */
    public static PyRange of(long start, long stop, long step) {
        if (step == 0) throw PyErr.format(PyExc.ValueError, "range() arg 3 must not be zero");
        return new PyRange(start, stop, step);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    long item(long i) {
        return start + i * step;
    }


    private static PyObject subscript(PyObject o, PyObject key) {
        PyRange r = (PyRange) o;
        if (key instanceof PySlice sl) return r.slice(sl);
        if (!PyNumber.isIndex(key))
            throw PyErr.format(PyExc.TypeError, "range indices must be integers or slices, not %.200s", PyErr.typeName(key));
        PyInt k = PyNumber.index(key);
        if (r.big == null && k.fitsLong()) {
            long i = k.longValue();
            if (i < 0) i += r.length;
            if (i < 0 || i >= r.length) throw PyErr.format(PyExc.IndexError, "range object index out of range");
            return PyInt.of(r.item(i));
        }
        BigInteger i = k.bigValue(), len = r.bigBound(3);
        if (i.signum() < 0) i = i.add(len);
        if (i.signum() < 0 || i.compareTo(len) >= 0) throw PyErr.format(PyExc.IndexError, "range object index out of range");
        return PyInt.of(r.bigBound(0).add(i.multiply(r.bigBound(2))));
    }

    /** start, stop, step or length (0..3) as a BigInteger. */
    private BigInteger bigBound(int which) {
        if (big != null) return big[which];
        return BigInteger.valueOf(which == 0 ? start : which == 1 ? stop : which == 2 ? step : length);
    }

    /** compute_slice: the sub-range the slice's (clamped) start, stop and step pick out. */
    private PyObject slice(PySlice sl) {
        BigInteger len = bigBound(3);
        BigInteger st = sl.step == Py.None ? BigInteger.ONE : sliceIndex(sl.step);
        if (st.signum() == 0) throw PyErr.format(PyExc.ValueError, "slice step cannot be zero");
        boolean back = st.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO, upper = back ? len.subtract(BigInteger.ONE) : len;
        BigInteger from = sl.start == Py.None ? (back ? upper : lower) : clamp(sliceIndex(sl.start), len, lower, upper);
        BigInteger to = sl.stop == Py.None ? (back ? lower : upper) : clamp(sliceIndex(sl.stop), len, lower, upper);
        BigInteger b0 = bigBound(0), b2 = bigBound(2);
        return make(PyInt.of(b0.add(from.multiply(b2))), PyInt.of(b0.add(to.multiply(b2))), PyInt.of(b2.multiply(st)));
    }

    private static BigInteger sliceIndex(PyObject o) {
        if (!PyNumber.isIndex(o))
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
        return PyNumber.index(o).bigValue();
    }

    private static BigInteger clamp(BigInteger i, BigInteger len, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) i = i.add(len);
        return i.compareTo(lower) < 0 ? lower : i.compareTo(upper) > 0 ? upper : i;
    }

    /** compute_range_item for a range beyond the long range: {start, stop, step, length}[i]. */
    private static PyObject bigItem(java.math.BigInteger[] big, java.math.BigInteger i) {
        if (i.signum() < 0) i = i.add(big[3]);
        if (i.signum() < 0 || i.compareTo(big[3]) >= 0)
            throw PyErr.format(PyExc.IndexError, "range object index out of range");
        return PyInt.of(big[0].add(i.multiply(big[2])));
    }

    /** start, stop or step (0, 1, 2) as an int. */
    PyObject bound(int which) {
        if (big != null) return PyInt.of(big[which]);
        return PyInt.of(which == 0 ? start : which == 1 ? stop : step);
    }

    /** The position of an int in a range with huge bounds, or null. */
    private BigInteger bigPosition(PyInt xi) {
        BigInteger v = xi.bigValue(), d = v.subtract(big[0]);
        boolean inside = big[2].signum() > 0 ? v.compareTo(big[0]) >= 0 && v.compareTo(big[1]) < 0
                : v.compareTo(big[0]) <= 0 && v.compareTo(big[1]) > 0;
        if (!inside || d.mod(big[2].abs()).signum() != 0) return null;
        return d.divide(big[2]);
    }

    /** The position of an int in the range, or -1 (for huge ranges: Long.MAX_VALUE past a long). */
    private long indexOf(PyObject x) {
        if (big != null) {
            if (!(x instanceof PyInt xi)) return -1;
            BigInteger q = bigPosition(xi);
            return q == null ? -1 : fits(q) ? q.longValue() : Long.MAX_VALUE;
        }
        if (!(x instanceof PyInt xi) || !xi.fitsLong()) return -1;
        long v = xi.longValue();
        if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return -1;
        return (v - start) % step == 0 ? (v - start) / step : -1;
    }

    private static boolean eq(PyRange a, PyRange b) {
        if (a.length != b.length) return false;
        if (a.length == 0) return true;
        if (a.start != b.start) return false;
        return a.length == 1 || a.step == b.step;
    }

    static final PyType ITER = Iterators.type("range_iterator", o -> ((RangeIterator) o).next(),
            o -> PyInt.of(((RangeIterator) o).n - ((RangeIterator) o).i), true);

    /** Iteration over a range. */
    static final class RangeIterator extends PyObject implements Iterators.Reducible {
        final long start, step, n;
        long i;

        RangeIterator(long start, long step, long n) {
            this.start = start;
            this.step = step;
            this.n = n;
        }

        PyObject next() {
            return i < n ? PyInt.of(start + step * i++) : null;
        }

        @Override
        public PyObject reduce() {
            PyObject r = BigRange.reduceRange(BigInteger.valueOf(start), BigInteger.valueOf(step), BigInteger.valueOf(n));
            return PyTuple.of(Iterators.builtin("iter"), PyTuple.of(r), PyInt.of(i));
        }

        @Override
        public void setState(long index) {
            i = Math.max(0, Math.min(index, n));
        }

        @Override
        public PyType type() {
            return ITER;
        }
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            Args.noKeywords("range", k);
            PyInt zero = PyInt.of(0), one = PyInt.of(1);
            if (n == 1) return make(zero, PyNumber.index(a[o]), one);
            if (n == 2 || n == 3)
                return make(PyNumber.index(a[o]), PyNumber.index(a[o + 1]), n == 3 ? PyNumber.index(a[o + 2]) : one);
            if (n == 0) throw PyErr.format(PyExc.TypeError, "range expected at least 1 argument, got 0");
            throw PyErr.format(PyExc.TypeError, "range expected at most 3 arguments, got %d", n);
        };
        TYPE.tp_repr = o -> {
            PyRange r = (PyRange) o;
            if (r.big != null)
                return PyStr.of("range(" + r.big[0] + ", " + r.big[1] + (r.big[2].equals(java.math.BigInteger.ONE) ? "" : ", " + r.big[2]) + ")");
            return PyStr.of("range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")");
        };
        TYPE.sq_length = o -> {
            PyRange r = (PyRange) o;
            if (r.big != null && !fits(r.big[3]))
                throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            long len = r.big != null ? r.big[3].longValue() : r.length;
            if (len > Integer.MAX_VALUE) throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            return (int) len;
        };
        TYPE.nb_bool = o -> ((PyRange) o).big != null ? ((PyRange) o).big[3].signum() != 0 : ((PyRange) o).length != 0;
        TYPE.mp_subscript = PyRange::subscript;
        TYPE.sq_contains = (o, x) -> {
            if (x instanceof PyInt) return ((PyRange) o).indexOf(x) >= 0;
            PyObject it = Abstract.getIter(o);
            for (PyObject y; (y = Abstract.next(it)) != null; ) if (Abstract.equals(y, x)) return true;
            return false;
        };
        TYPE.tp_iter = o -> {
            PyRange r = (PyRange) o;
            if (r.big != null) return new BigRange.Iter(r.big[0], r.big[2], r.big[3]);
            return new RangeIterator(r.start, r.step, r.length);
        };
        TYPE.tp_richcompare = (v, w, op) -> {
            if (!(w instanceof PyRange b) || (op != Abstract.EQ && op != Abstract.NE)) return Py.NotImplemented;
            return PyBool.of(eq((PyRange) v, b) == (op == Abstract.EQ));
        };
        TYPE.tp_hash = o -> {
            PyRange r = (PyRange) o;
            if (r.length == 0) return TupleType.hash(new PyObject[] {i(0), Py.None, Py.None});
            if (r.length == 1) return TupleType.hash(new PyObject[] {i(1), i(r.start), Py.None});
            return TupleType.hash(new PyObject[] {i(r.length), i(r.start), i(r.step)});
        };
        TYPE.addMethod("__reversed__", (MethNoArgs) o -> {
            PyRange r = (PyRange) o;
            if (r.big == null) return new RangeIterator(r.item(r.length - 1), -r.step, r.length);
            BigInteger last = r.big[0].add(r.big[3].subtract(BigInteger.ONE).multiply(r.big[2]));
            return new BigRange.Iter(last, r.big[2].negate(), r.big[3]);
        });
        TYPE.addMethod("count", (MethO) (o, x) -> {
            if (isExactInt(x)) return PyInt.of(((PyRange) o).indexOf(x) >= 0 ? 1 : 0);
            long c = 0;
            PyObject it = Abstract.getIter(o);
            for (PyObject y; (y = Abstract.next(it)) != null; ) if (Abstract.equals(y, x)) c++;
            return PyInt.of(c);
        });
        TYPE.addMethod("index", (MethO) PyRange::index);
        TYPE.addMember("start", o -> ((PyRange) o).bound(0));
        TYPE.addMember("stop", o -> ((PyRange) o).bound(1));
        TYPE.addMember("step", o -> ((PyRange) o).bound(2));
        TYPE.addMethod("__reduce__", (MethNoArgs) o -> PyTuple.of(TYPE,
                PyTuple.of(((PyRange) o).bound(0), ((PyRange) o).bound(1), ((PyRange) o).bound(2))));
        TYPE.ready();
    }

    /** range_index: exact ints by arithmetic, anything else by searching the items. */
    private static PyObject index(PyObject o, PyObject x) {
        PyRange r = (PyRange) o;
        if (isExactInt(x)) {
            BigInteger p = r.big != null ? r.bigPosition((PyInt) x) : null;
            long q = r.big != null ? (p == null ? -1 : 0) : r.indexOf(x);
            if (q < 0) throw PyErr.format(PyExc.ValueError, "%R is not in range", x);
            return p != null ? PyInt.of(p) : PyInt.of(q);
        }
        PyObject it = Abstract.getIter(o);
        long i = 0;
        for (PyObject y; (y = Abstract.next(it)) != null; i++) if (Abstract.equals(y, x)) return PyInt.of(i);
        throw PyErr.format(PyExc.ValueError, "sequence.index(x): x not in sequence");
    }

    /** PyLong_CheckExact or PyBool_Check: the values range answers by arithmetic. */
    private static boolean isExactInt(PyObject x) {
        return x.getClass() == PyInt.class || x instanceof PyBool;
    }

    private static PyObject i(long v) {
        return PyInt.of(v);
    }
}
