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

    static final PyType ITER = Iterators.type("longrange_iterator", o -> ((Iter) o).next(), null);

    /** Iteration over a range with huge bounds. */
    static final class Iter extends PyObject {
        BigInteger next;
        final BigInteger step;
        BigInteger remaining;

        Iter(BigInteger start, BigInteger step, BigInteger length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        PyObject next() {
            if (remaining.signum() <= 0) return null;
            PyObject r = PyInt.of(next);
            next = next.add(step);
            remaining = remaining.subtract(BigInteger.ONE);
            return r;
        }

        @Override
        public PyType type() {
            return ITER;
        }
    }
}
