package org.sanca.objects;

import org.sanca.objects.Slots.*;

/**
 * The slots and methods of tuple: construction, xxHash-based hash, comparison, slicing, iteration.
 * CPython: Objects/tupleobject.c (tuple_new, tuplehash, tuplerichcompare, tuplesubscript, tupleiter).
 */
final class TupleType {
    private TupleType() {}

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L, XXPRIME_2 = 0xC2B2AE3D27D4EB4FL,
            XXPRIME_5 = 0x27D4EB2F165667C5L;

    static PyTuple self(PyObject o) {
        return (PyTuple) o;
    }

    /** tuplehash (3.11, xxHash-based). */
    static long hash(PyObject[] items) {
        long acc = XXPRIME_5;
        for (PyObject item : items) {
            long lane = Abstract.hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyTuple t = self(o);
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(t.items.length);
            if (ix.length() == t.items.length && ix.step() == 1 && o.getClass() == PyTuple.class) return o;
            return PyTuple.wrap(SeqOps.slice(t.items, ix));
        }
        if (!PyNumber.isIndex(key))
            throw PyErr.format(PyExc.TypeError, "tuple indices must be integers or slices, not %.200s", PyErr.typeName(key));
        return t.items[SeqOps.index(key, t.items.length, "tuple index out of range")];
    }

    static void init(PyType t) {
        t.tp_new = (type, a, o, n, k) -> {
            Args.noKeywords("tuple", k);
            Args.range("tuple", n, 0, 1);
            PyTuple r = n == 0 ? PyTuple.EMPTY : PyTuple.fromIterable(a[o]);
            return type == PyTuple.TYPE ? r : new PyTuple.Derived(type, r.items.clone());
        };
        t.tp_repr = o -> PyStr.of(SeqOps.repr(o, self(o).items, self(o).items.length, "(", ")", true));
        t.tp_hash = o -> hash(self(o).items);
        t.tp_richcompare = (v, w, op) -> w instanceof PyTuple wt
                ? SeqOps.compare(self(v).items, self(v).items.length, wt.items, wt.items.length, op) : Py.NotImplemented;
        t.sq_length = o -> self(o).items.length;
        t.mp_subscript = TupleType::subscript;
        t.sq_contains = (o, x) -> {
            for (PyObject y : self(o).items) if (Abstract.equals(y, x)) return true;
            return false;
        };
        t.sq_concat = (v, w) -> {
            if (!(w instanceof PyTuple wt))
                throw PyErr.format(PyExc.TypeError, "can only concatenate tuple (not \"%.200s\") to tuple", PyErr.typeName(w));
            PyObject[] a = self(v).items, b = wt.items;
            if (b.length == 0 && v.getClass() == PyTuple.class) return v;
            if (a.length == 0 && w.getClass() == PyTuple.class) return w;
            PyObject[] r = new PyObject[a.length + b.length];
            System.arraycopy(a, 0, r, 0, a.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return PyTuple.wrap(r);
        };
        t.sq_repeat = (v, n) -> {
            PyObject[] a = self(v).items;
            if (((PyInt) n).signum() > 0 && ((PyInt) n).longValue() == 1 && v.getClass() == PyTuple.class) return v;
            return PyTuple.wrap(SeqOps.repeat(a, a.length, n));
        };
        t.tp_iter = o -> new ArrayIterator(TUPLE_ITER, self(o).items, self(o).items.length).over(o);
        t.addMethod("index", (MethFast) (s, a, o, n, k) -> {
            Args.noKeywords("tuple.index", k);
            return PyInt.of(SeqOps.indexOf(self(s).items, self(s).items.length, a, o, n, "tuple.index(x): x not in tuple"));
        });
        t.addMethod("count", (MethO) (s, x) -> PyInt.of(SeqOps.count(self(s).items, self(s).items.length, x)));
        t.addMethod("__getnewargs__", (MethNoArgs) s -> PyTuple.of(PyTuple.wrap(self(s).items.clone())));
        t.addClassMethod("__class_getitem__", (c, a, o, n, k) -> PyGenericAlias.of(c, a[o]));
        t.ready();
    }

    static final PyType TUPLE_ITER = Iterators.type("tuple_iterator", o -> ((ArrayIterator) o).next(),
            o -> PyInt.of(((ArrayIterator) o).remaining()), true);

    /** An iterator over a fixed array prefix (tuple) . */
    static final class ArrayIterator extends PyObject implements Iterators.Reducible {
        final PyType type;
        final PyObject[] items;
        final int n;
        int i;
        /** The object iterated (tuple, bytes, bytearray) for __reduce__; null once exhausted. */
        PyObject seq;

        ArrayIterator(PyType type, PyObject[] items, int n) {
            this.type = type;
            this.items = items;
            this.n = n;
        }

        PyObject next() {
            if (i < n) return items[i++];
            seq = null;
            return null;
        }

        ArrayIterator over(PyObject seq) {
            this.seq = seq;
            return this;
        }

        @Override
        public PyObject reduce() {
            return Iterators.reduceIter(seq, i, PyTuple.EMPTY);
        }

        @Override
        public void setState(long index) {
            if (seq != null) i = (int) Math.max(0, Math.min(index, n));
        }

        int remaining() {
            return Math.max(0, n - i);
        }

        @Override
        public PyType type() {
            return type;
        }
    }
}
