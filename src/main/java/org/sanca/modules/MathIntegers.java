package org.sanca.modules;

import java.math.BigInteger;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;

/**
 * The math module's integer functions: gcd, lcm, factorial, comb, perm, isqrt and prod, exact over
 * BigInteger with products by binary splitting, and CPython's messages.
 * CPython: Modules/mathmodule.c (math_gcd, math_lcm, math_factorial, math_comb, math_perm, math_isqrt, math_prod).
 */
final class MathIntegers {
    private MathIntegers() {}

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static void define(PyModule m, PyDict d) {
        BuiltinsModule.def(m, d, "math", "gcd", (s, a, o, n, k) -> {
            Args.noKeywords("math.gcd", k);
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < n; i++) g = g.gcd(big(a[o + i]));
            return PyInt.of(g);
        });
        BuiltinsModule.def(m, d, "math", "lcm", (s, a, o, n, k) -> {
            Args.noKeywords("math.lcm", k);
            BigInteger l = BigInteger.ONE;
            for (int i = 0; i < n; i++) {
                BigInteger v = big(a[o + i]);
                l = l.signum() == 0 || v.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(v)).multiply(v).abs();
            }
            return PyInt.of(l);
        });
        BuiltinsModule.def(m, d, "math", "factorial", (s, a, o, n, k) ->
            PyInt.of(factorial(BuiltinsModule.one("math.factorial", a, o, n, k))));
        BuiltinsModule.def(m, d, "math", "isqrt", (s, a, o, n, k) -> {
            BigInteger v = big(BuiltinsModule.one("math.isqrt", a, o, n, k));
            if (v.signum() < 0) throw PyErr.format(PyExc.ValueError, "isqrt() argument must be nonnegative");
            return PyInt.of(v.sqrt());
        });
        BuiltinsModule.def(m, d, "math", "comb", (s, a, o, n, k) -> {
            Args.noKeywords("math.comb", k);
            Args.exactly("comb", n, 2);
            return comb(a[o], a[o + 1]);
        });
        BuiltinsModule.def(m, d, "math", "perm", (s, a, o, n, k) -> {
            Args.noKeywords("math.perm", k);
            Args.range("perm", n, 1, 2);
            return perm(a[o], n == 2 ? a[o + 1] : Py.None);
        });
        BuiltinsModule.def(m, d, "math", "prod", MathIntegers::prod);
    }

    private static BigInteger big(PyObject x) {
        return PyNumber.index(x).bigValue();
    }

    /** factorial(n): n! for 0 <= n <= sys.maxsize. */
    private static BigInteger factorial(PyObject x) {
        BigInteger v = big(x);
        if (v.signum() < 0) throw PyErr.format(PyExc.ValueError, "factorial() not defined for negative values");
        if (v.compareTo(LONG_MAX) > 0) {
            throw PyErr.format(PyExc.OverflowError, "factorial() argument should not exceed %d", Long.MAX_VALUE);
        }
        return product(1, v.longValueExact());
    }

    /** The product of the integers in [lo, hi], by binary splitting (1 when empty). */
    static BigInteger product(long lo, long hi) {
        if (hi < lo) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** comb(n, k): n! / (k! * (n - k)!), 0 when k > n. */
    private static PyObject comb(PyObject nObj, PyObject kObj) {
        BigInteger n = big(nObj), k = big(kObj);
        if (n.signum() < 0) throw PyErr.format(PyExc.ValueError, "n must be a non-negative integer");
        if (k.signum() < 0) throw PyErr.format(PyExc.ValueError, "k must be a non-negative integer");
        if (k.compareTo(n) > 0) return PyInt.of(0);
        BigInteger j = k.min(n.subtract(k));
        if (j.compareTo(LONG_MAX) > 0) {
            throw PyErr.format(PyExc.OverflowError, "min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        long kk = j.longValueExact();
        if (kk == 0) return PyInt.of(1);
        return PyInt.of(fallingProduct(n, kk).divide(product(1, kk)));
    }

    /** perm(n, k=None): n! / (n - k)!, 0 when k > n; n! when k is None. */
    private static PyObject perm(PyObject nObj, PyObject kObj) {
        if (kObj == Py.None) return PyInt.of(factorial(nObj));
        BigInteger n = big(nObj), k = big(kObj);
        if (n.signum() < 0) throw PyErr.format(PyExc.ValueError, "n must be a non-negative integer");
        if (k.signum() < 0) throw PyErr.format(PyExc.ValueError, "k must be a non-negative integer");
        if (k.compareTo(n) > 0) return PyInt.of(0);
        if (k.compareTo(LONG_MAX) > 0) {
            throw PyErr.format(PyExc.OverflowError, "k must not exceed %d", Long.MAX_VALUE);
        }
        return PyInt.of(fallingProduct(n, k.longValueExact()));
    }

    /** n * (n-1) * ... * (n-k+1). */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (n.compareTo(LONG_MAX) <= 0) {
            long top = n.longValueExact();
            return product(top - k + 1, top);
        }
        return splitFalling(n, 0, k);
    }

    private static BigInteger splitFalling(BigInteger n, long from, long to) {
        if (to - from <= 16) {
            BigInteger r = BigInteger.ONE;
            for (long i = from; i < to; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            return r;
        }
        long mid = from + (to - from) / 2;
        return splitFalling(n, from, mid).multiply(splitFalling(n, mid, to));
    }

    /** prod(iterable, /, *, start=1): the product of start and the items, in order. */
    private static PyObject prod(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        if (n != 1) throw PyErr.format(PyExc.TypeError, "prod() takes exactly 1 positional argument (%d given)", n);
        PyObject[] p = Args.parse("prod", a, o, n, k, new String[] {"iterable", "start"}, 1, 1);
        PyObject r = p[1] == null ? PyInt.of(1) : p[1];
        PyObject it = Abstract.getIter(p[0]);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) r = PyNumber.multiply(r, x);
        return r;
    }
}
