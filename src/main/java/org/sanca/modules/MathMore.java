package org.sanca.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;

/**
 * The math module's exactly specified float functions (frexp, ldexp, modf, fmod, remainder, nextafter, ulp, an
 * exact fsum), its integer combinatorics (lcm, comb, perm) and the inverse hyperbolic and log1p family.
 * CPython: Modules/mathmodule.c.
 */
final class MathMore {
    private MathMore() {}

    /** Adds the functions to the math module's dict. */
    static void install(PyModule m, PyDict d) {
        def(m, d, "frexp", (s, a, o, n, k) -> frexp(MathModule.toDouble(one("frexp", a, o, n, k))));
        def(m, d, "ldexp", (s, a, o, n, k) -> {
            two("ldexp", n, k);
            return ldexp(MathModule.toDouble(a[o]), a[o + 1]);
        });
        def(m, d, "modf", (s, a, o, n, k) -> modf(MathModule.toDouble(one("modf", a, o, n, k))));
        def(m, d, "fmod", (s, a, o, n, k) -> {
            two("fmod", n, k);
            double x = MathModule.toDouble(a[o]), y = MathModule.toDouble(a[o + 1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) return PyFloat.of(x);
            return domainChecked(x % y, x, y);
        });
        def(m, d, "remainder", (s, a, o, n, k) -> {
            two("remainder", n, k);
            double x = MathModule.toDouble(a[o]), y = MathModule.toDouble(a[o + 1]);
            return domainChecked(Math.IEEEremainder(x, y), x, y);
        });
        def(m, d, "nextafter", (s, a, o, n, k) -> {
            two("nextafter", n, k);
            return PyFloat.of(Math.nextAfter(MathModule.toDouble(a[o]), MathModule.toDouble(a[o + 1])));
        });
        def(m, d, "ulp", (s, a, o, n, k) -> PyFloat.of(Math.ulp(MathModule.toDouble(one("ulp", a, o, n, k)))));
        def(m, d, "fsum", (s, a, o, n, k) -> fsum(one("fsum", a, o, n, k)));
        def(m, d, "lcm", (s, a, o, n, k) -> {
            Args.noKeywords("lcm", k);
            BigInteger r = BigInteger.ONE;
            for (int i = 0; i < n; i++) {
                BigInteger v = PyNumber.index(a[o + i]).bigValue().abs();
                r = r.signum() == 0 || v.signum() == 0 ? BigInteger.ZERO : r.divide(r.gcd(v)).multiply(v);
            }
            return PyInt.of(r);
        });
        def(m, d, "comb", (s, a, o, n, k) -> {
            two("comb", n, k);
            BigInteger[] nk = counts(a[o], a[o + 1]);
            if (nk[1].compareTo(nk[0]) > 0) return PyInt.of(0);
            return PyInt.of(fallingFactorial(nk[0], nk[1].min(nk[0].subtract(nk[1]))).divide(factorial(nk[1].min(nk[0].subtract(nk[1])))));
        });
        def(m, d, "perm", (s, a, o, n, k) -> {
            Args.noKeywords("perm", k);
            Args.range("perm", n, 1, 2);
            if (n == 1 || a[o + 1] == org.sanca.objects.Py.None) {
                BigInteger v = PyNumber.index(a[o]).bigValue();
                if (v.signum() < 0) throw PyErr.format(PyExc.ValueError, "factorial() not defined for negative values");
                return PyInt.of(factorial(v));
            }
            BigInteger[] nk = counts(a[o], a[o + 1]);
            return PyInt.of(nk[1].compareTo(nk[0]) > 0 ? BigInteger.ZERO : fallingFactorial(nk[0], nk[1]));
        });
        unary(m, d, "expm1", StrictMath::expm1);
        unary(m, d, "log1p", x -> x <= -1 ? Double.NaN : StrictMath.log1p(x));
        unary(m, d, "cbrt", StrictMath::cbrt);
        unary(m, d, "exp2", x -> StrictMath.pow(2, x));
        unary(m, d, "acosh", MathMore::acosh);
        unary(m, d, "asinh", MathMore::asinh);
        unary(m, d, "atanh", x -> Math.abs(x) >= 1 ? Double.NaN : 0.5 * StrictMath.log1p(2 * x / (1 - x)));
    }

    /** The single argument of a math function, with its messages naming it math.NAME(). */
    static PyObject one(String name, PyObject[] a, int o, int n, PyTuple k) {
        return BuiltinsModule.one("math." + name, a, o, n, k);
    }

    /** Checks the two positional arguments of a math function. */
    static void two(String name, int n, PyTuple k) {
        Args.noKeywords("math." + name, k);
        Args.exactly(name, n, 2);
    }

    /** math.pow: C99's special cases for infinities and NaNs, then domain and range errors. */
    static PyObject pow(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            double r = StrictMath.pow(x, y);
            if (Double.isNaN(r) || (Double.isInfinite(r) && x == 0))
                throw PyErr.format(PyExc.ValueError, "math domain error");
            if (Double.isInfinite(r)) throw PyErr.format(PyExc.OverflowError, "math range error");
            return PyFloat.of(r);
        }
        if (Double.isNaN(x)) return PyFloat.of(y == 0 ? 1.0 : x);
        if (Double.isNaN(y)) return PyFloat.of(x == 1 ? 1.0 : y);
        if (Double.isInfinite(x)) {
            boolean oddY = Double.isFinite(y) && Math.abs(y) % 2 == 1;
            if (y == 0) return PyFloat.of(1.0);
            return PyFloat.of(y > 0 ? (oddY ? x : Math.abs(x)) : (oddY ? Math.copySign(0.0, x) : 0.0));
        }
        double ax = Math.abs(x);
        if (ax == 1) return PyFloat.of(1.0);
        if (y > 0 == ax > 1) return PyFloat.of(Double.POSITIVE_INFINITY);
        return PyFloat.of(0.0);
    }

    private static void def(PyModule m, PyDict d, String name, org.sanca.objects.Slots.MethFast f) {
        BuiltinsModule.def(m, d, "math", name, f);
    }

    /** A function of one float: NaN from a non-NaN argument is a domain error, infinity from a finite one a range error. */
    static void unary(PyModule m, PyDict d, String name, DoubleUnaryOperator f) {
        def(m, d, name, (s, a, o, n, k) -> {
            double x = MathModule.toDouble(one(name, a, o, n, k));
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) throw PyErr.format(PyExc.ValueError, "math domain error");
            if (Double.isInfinite(r) && Double.isFinite(x)) throw PyErr.format(PyExc.OverflowError, "math range error");
            return PyFloat.of(r);
        });
    }

    private static PyObject domainChecked(double r, double x, double y) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y))
            throw PyErr.format(PyExc.ValueError, "math domain error");
        return PyFloat.of(r);
    }

    private static double acosh(double x) {
        if (x < 1) return Double.NaN;
        if (x > 1e8) return StrictMath.log(x) + Math.log(2);
        double t = x - 1;
        return StrictMath.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static double asinh(double x) {
        double a = Math.abs(x);
        if (!Double.isFinite(a) || a < 0x1p-28) return x;
        double r = a > 1e8 ? StrictMath.log(a) + Math.log(2) : StrictMath.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    private static PyObject frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) return PyTuple.of(PyFloat.of(x), PyInt.of(0));
        int shift = 0;
        if (Math.getExponent(x) < Double.MIN_EXPONENT) {
            x *= 0x1p54;
            shift = 54;
        }
        int e = Math.getExponent(x) + 1;
        return PyTuple.of(PyFloat.of(Math.scalb(x, -e)), PyInt.of(e - shift));
    }

    private static PyObject ldexp(double x, PyObject exp) {
        if (!(exp instanceof PyInt e))
            throw PyErr.format(PyExc.TypeError, "Expected an int as second argument to ldexp.");
        if (x == 0 || !Double.isFinite(x)) return PyFloat.of(x);
        int shift = e.signum() < 0 ? (e.fitsLong() && e.longValue() > -4000 ? (int) e.longValue() : -4000)
                : (e.fitsLong() && e.longValue() < 4000 ? (int) e.longValue() : 4000);
        double r = Math.scalb(x, shift);
        if (Double.isInfinite(r)) throw PyErr.format(PyExc.OverflowError, "math range error");
        return PyFloat.of(r);
    }

    private static PyObject modf(double x) {
        if (Double.isInfinite(x)) return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(PyFloat.of(Math.copySign(x - whole, x)), PyFloat.of(whole));
    }

    /** The correctly rounded sum: exact over the finite values, with CPython's rules for infinities and NaNs. */
    private static PyObject fsum(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        BigDecimal sum = BigDecimal.ZERO;
        double special = 0, infs = 0;
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            double v = MathModule.toDouble(x);
            if (!Double.isFinite(v)) {
                special += v;
                if (Double.isInfinite(v)) infs += v;
                continue;
            }
            sum = sum.add(new BigDecimal(v));
            if (special == 0 && Double.isInfinite(sum.doubleValue()))
                throw PyErr.format(PyExc.OverflowError, "intermediate overflow in fsum");
        }
        if (special != 0) {
            if (Double.isNaN(infs)) throw PyErr.format(PyExc.ValueError, "-inf + inf in fsum");
            return PyFloat.of(special);
        }
        return PyFloat.of(sum.doubleValue());
    }

    private static BigInteger[] counts(PyObject n, PyObject k) {
        BigInteger nv = PyNumber.index(n).bigValue(), kv = PyNumber.index(k).bigValue();
        if (nv.signum() < 0) throw PyErr.format(PyExc.ValueError, "n must be a non-negative integer");
        if (kv.signum() < 0) throw PyErr.format(PyExc.ValueError, "k must be a non-negative integer");
        return new BigInteger[] {nv, kv};
    }

    /** n * (n-1) * ... * (n-k+1), by halves so the multiplications stay balanced. */
    private static BigInteger fallingFactorial(BigInteger n, BigInteger k) {
        if (k.signum() == 0) return BigInteger.ONE;
        if (k.equals(BigInteger.ONE)) return n;
        BigInteger half = k.shiftRight(1);
        return fallingFactorial(n, half).multiply(fallingFactorial(n.subtract(half), k.subtract(half)));
    }

    private static BigInteger factorial(BigInteger n) {
        return fallingFactorial(n, n);
    }
}
