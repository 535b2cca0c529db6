package org.sanca.objects;

import java.math.BigInteger;

/**
 * The arithmetic of ranges whose bounds do not fit a long (range(1 << 1000)), and their iterator.
 * CPython: Objects/rangeobject.c (compute_range_length, compute_range_item, longrangeiter).
 */
final class BigRange {
    private BigRange() {}

    static BigInteger length(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger lo, hi, st;
        if (step.signum() > 0) {
            lo = start;
            hi = stop;
            st = step;
        } else {
            lo = stop;
            hi = start;
            st = step.negate();
        }
        if (lo.compareTo(hi) >= 0) return BigInteger.ZERO;
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE);
    }

    static final PyType ITER = Iterators.type("longrange_iterator", o -> ((Iter) o).next(),
            o -> PyInt.of(((Iter) o).length.subtract(((Iter) o).index)), true);

    /** range(start, start + length * step, step), the range a range iterator pickles with. */
    static PyObject reduceRange(BigInteger start, BigInteger step, BigInteger length) {
        return Abstract.call(PyRange.TYPE, PyInt.of(start), PyInt.of(start.add(length.multiply(step))), PyInt.of(step));
    }

    /** Iteration over a range with huge bounds. */
    static final class Iter extends PyObject implements Iterators.Reducible {
        final BigInteger start, step, length;
        BigInteger index = BigInteger.ZERO;

        Iter(BigInteger start, BigInteger step, BigInteger length) {
            this.start = start;
            this.step = step;
            this.length = length;
        }

        PyObject next() {
            if (index.compareTo(length) >= 0) return null;
            PyObject r = PyInt.of(start.add(index.multiply(step)));
            index = index.add(BigInteger.ONE);
            return r;
        }

        @Override
        public PyObject reduce() {
            return PyTuple.of(Iterators.builtin("iter"), PyTuple.of(reduceRange(start, step, length)), PyInt.of(index));
        }

        @Override
        public void setState(long position) {
            BigInteger p = BigInteger.valueOf(position);
            index = p.signum() < 0 ? BigInteger.ZERO : p.min(length);
        }

        @Override
        public PyType type() {
            return ITER;
        }
    }
}
