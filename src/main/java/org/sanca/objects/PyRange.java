package org.sanca.objects;

import org.sanca.objects.Slots.*;

/**
 * Python's range: an immutable arithmetic sequence (long bounds).
 * CPython: Objects/rangeobject.c.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = new PyType("range", PyType.SEQUENCE);

    final long start, stop, step, length;

    private PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
        else n = start > stop ? (start - stop - 1) / -step + 1 : 0;
        this.length = n;
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

    private static long arg(PyObject o) {
        PyInt v = PyNumber.index(o);
        if (!v.fitsLong()) throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C long");
        return v.longValue();
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyRange r = (PyRange) o;
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices((int) Math.min(r.length, Integer.MAX_VALUE));
            return new PyRange(r.item(ix.start()), r.item(ix.start()) + (long) ix.length() * r.step * ix.step(),
                    r.step * ix.step());
        }
        if (!PyNumber.isIndex(key))
            throw PyErr.format(PyExc.TypeError, "range indices must be integers or slices, not %.200s", PyErr.typeName(key));
        long i = PyNumber.asSize(key, PyExc.IndexError);
        if (i < 0) i += r.length;
        if (i < 0 || i >= r.length) throw PyErr.format(PyExc.IndexError, "range object index out of range");
        return PyInt.of(r.item(i));
    }

    /** The position of an int in the range, or -1. */
    private long indexOf(PyObject x) {
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
            o -> PyInt.of(((RangeIterator) o).n - ((RangeIterator) o).i));

    /** Iteration over a range. */
    static final class RangeIterator extends PyObject {
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
        public PyType type() {
            return ITER;
        }
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            Args.noKeywords("range", k);
            if (n == 1) return of(0, arg(a[o]), 1);
            if (n == 2 || n == 3) return of(arg(a[o]), arg(a[o + 1]), n == 3 ? arg(a[o + 2]) : 1);
            if (n == 0) throw PyErr.format(PyExc.TypeError, "range expected at least 1 argument, got 0");
            throw PyErr.format(PyExc.TypeError, "range expected at most 3 arguments, got %d", n);
        };
        TYPE.tp_repr = o -> {
            PyRange r = (PyRange) o;
            return PyStr.of("range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")");
        };
        TYPE.sq_length = o -> {
            long len = ((PyRange) o).length;
            if (len > Integer.MAX_VALUE) throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            return (int) len;
        };
        TYPE.nb_bool = o -> ((PyRange) o).length != 0;
        TYPE.mp_subscript = PyRange::subscript;
        TYPE.sq_contains = (o, x) -> {
            if (x instanceof PyInt) return ((PyRange) o).indexOf(x) >= 0;
            PyObject it = Abstract.getIter(o);
            for (PyObject y; (y = Abstract.next(it)) != null; ) if (Abstract.equals(y, x)) return true;
            return false;
        };
        TYPE.tp_iter = o -> new RangeIterator(((PyRange) o).start, ((PyRange) o).step, ((PyRange) o).length);
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
            return new RangeIterator(r.item(r.length - 1), -r.step, r.length);
        });
        TYPE.addMethod("count", (MethO) (o, x) -> PyInt.of(((PyRange) o).indexOf(x) >= 0 ? 1 : 0));
        TYPE.addMethod("index", (MethO) (o, x) -> {
            long p = ((PyRange) o).indexOf(x);
            if (p < 0) throw PyErr.format(PyExc.ValueError, "%R is not in range", x);
            return PyInt.of(p);
        });
        TYPE.addGetter("start", o -> i(((PyRange) o).start));
        TYPE.addGetter("stop", o -> i(((PyRange) o).stop));
        TYPE.addGetter("step", o -> i(((PyRange) o).step));
        TYPE.ready();
    }

    private static PyObject i(long v) {
        return PyInt.of(v);
    }
}
