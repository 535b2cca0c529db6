package org.sanca.modules;

import java.lang.invoke.MethodHandle;
import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * The math module: CPython 3.11's functions and constants, the transcendental ones from the C library
 * (as CPython's are, so results agree to the bit), with CPython's "math domain error" and "math range
 * error" rules (math_1, math_2) and its special cases.
 * CPython: Modules/mathmodule.c.
 */
public final class MathModule {
    private MathModule() {}

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("pi"), PyFloat.of(Math.PI));
        d.setItem(PyStr.of("e"), PyFloat.of(Math.E));
        d.setItem(PyStr.of("tau"), PyFloat.of(2 * Math.PI));
        d.setItem(PyStr.of("inf"), PyFloat.of(Double.POSITIVE_INFINITY));
        d.setItem(PyStr.of("nan"), PyFloat.of(Double.NaN));
        libm(m, d);
        unary(m, d, "sqrt", Math::sqrt, false);
        plain(m, d, "fabs", Math::abs);
        plain(m, d, "degrees", x -> x * (180.0 / Math.PI));
        plain(m, d, "radians", x -> x * (Math.PI / 180.0));
        plain(m, d, "gamma", MathSpecial::gamma);
        plain(m, d, "lgamma", MathSpecial::lgamma);
        plain(m, d, "ulp", MathModule::ulp);
        binary(m, d, "copysign", Math::copySign);
        binary(m, d, "remainder", Math::IEEEremainder);
        binary(m, d, "nextafter", Math::nextAfter);
        binary(m, d, "fmod", (x, y) -> Double.isInfinite(y) && Double.isFinite(x) ? x : x % y);
        binary(m, d, "pow", MathModule::pow);
        logs(m, d);
        rounding(m, d);
        predicates(m, d);
        floats(m, d);
        MathIntegers.define(m, d);
        return m;
    }

    /** The functions CPython takes from libm: name, C function, and whether infinity from a finite x is overflow. */
    private static void libm(PyModule m, PyDict d) {
        String[] overflowing = {"cosh", "exp", "exp2", "expm1", "sinh"};
        String[] others = {"acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "erf", "erfc", "sin",
            "tan", "tanh", "log1p"};
        for (String f : overflowing) cfunc(m, d, f, true);
        for (String f : others) cfunc(m, d, f, false);
        MethodHandle atan2 = Libm.binary("atan2");
        binary(m, d, "atan2", (x, y) -> Libm.call(atan2, x, y));
    }

    private static void cfunc(PyModule m, PyDict d, String name, boolean canOverflow) {
        MethodHandle h = Libm.unary(name);
        unary(m, d, name, x -> Libm.call(h, x), canOverflow);
    }

    /** A function of one float with math_1's error rules. */
    private static void unary(PyModule m, PyDict d, String name, DoubleUnaryOperator f, boolean canOverflow) {
        BuiltinsModule.def(m, d, "math", name, (s, a, o, n, k) -> {
            double x = toDouble(BuiltinsModule.one("math." + name, a, o, n, k));
            return PyFloat.of(math1(x, f.applyAsDouble(x), canOverflow));
        });
    }

    /** A function of one float that raises its own errors, if any. */
    private static void plain(PyModule m, PyDict d, String name, DoubleUnaryOperator f) {
        BuiltinsModule.def(m, d, "math", name, (s, a, o, n, k) ->
            PyFloat.of(f.applyAsDouble(toDouble(BuiltinsModule.one("math." + name, a, o, n, k)))));
    }

    /** math_1: NaN from a non-NaN is a domain error; infinity from a finite x overflow or a singularity. */
    static double math1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw MathSpecial.domainError();
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? MathSpecial.rangeError() : MathSpecial.domainError();
        }
        return r;
    }

    /** A function of two floats with math_2's error rules. */
    private static void binary(PyModule m, PyDict d, String name, DoubleBinaryOperator f) {
        BuiltinsModule.def(m, d, "math", name, (s, a, o, n, k) -> {
            Args.noKeywords("math." + name, k);
            if (n != 2) throw PyErr.format(PyExc.TypeError, "%s expected 2 arguments, got %d", name, n);
            double x = toDouble(a[o]), y = toDouble(a[o + 1]);
            double r = f.applyAsDouble(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw MathSpecial.domainError();
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) throw MathSpecial.rangeError();
            return PyFloat.of(r);
        });
    }

    static double toDouble(PyObject x) {
        return PyNumber.asDouble(x);
    }

    /** math.pow: IEEE specials decided here, finite ** finite by libm; 0 ** negative is a domain error. */
    private static double pow(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            double r = Libm.pow(x, y);
            if (Double.isInfinite(r) && x == 0.0) throw MathSpecial.domainError();
            return r;
        }
        if (Double.isNaN(x)) return y == 0.0 ? 1.0 : x;
        if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
        if (Double.isInfinite(x)) {
            boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
            if (y > 0.0) return oddY ? x : Math.abs(x);
            if (y == 0.0) return 1.0;
            return oddY ? Math.copySign(0.0, x) : 0.0;
        }
        if (Math.abs(x) == 1.0) return 1.0;
        if (y > 0.0 && Math.abs(x) > 1.0) return y;
        if (y < 0.0 && Math.abs(x) < 1.0) return -y;
        return 0.0;
    }

    private static double ulp(double x) {
        if (Double.isNaN(x)) return x;
        x = Math.abs(x);
        if (Double.isInfinite(x)) return x;
        double up = Math.nextUp(x);
        return Double.isInfinite(up) ? x - Math.nextDown(x) : up - x;
    }

    private static final MethodHandle LOG2 = Libm.unary("log2"), LOG10 = Libm.unary("log10");

    private static void logs(PyModule m, PyDict d) {
        BuiltinsModule.def(m, d, "math", "log", (s, a, o, n, k) -> {
            Args.noKeywords("math.log", k);
            if (n < 1 || n > 2) throw PyErr.format(PyExc.TypeError, "math.log requires 1 to 2 arguments");
            double num = logHelper(a[o], null);
            if (n == 1) return PyFloat.of(num);
            double den = logHelper(a[o + 1], null);
            if (den == 0) throw PyErr.format(PyExc.ZeroDivisionError, "float division by zero");
            return PyFloat.of(num / den);
        });
        BuiltinsModule.def(m, d, "math", "log2", (s, a, o, n, k) ->
            PyFloat.of(logHelper(BuiltinsModule.one("math.log2", a, o, n, k), LOG2)));
        BuiltinsModule.def(m, d, "math", "log10", (s, a, o, n, k) ->
            PyFloat.of(logHelper(BuiltinsModule.one("math.log10", a, o, n, k), LOG10)));
    }

    /** loghelper: ints of any size (via their frexp when too big for a float), else math_1 over the C function. */
    private static double logHelper(PyObject arg, MethodHandle f) {
        if (arg instanceof PyInt i) {
            if (i.signum() <= 0) throw MathSpecial.domainError();
            BigInteger b = i.bigValue();
            if (b.bitLength() <= 1024) {
                double x = b.doubleValue();
                if (Double.isFinite(x)) return log(f, x);
            }
            int shift = b.bitLength() - 64;
            BigInteger top = b.shiftRight(shift);
            if (b.getLowestSetBit() < shift) top = top.setBit(0);
            double x = Math.scalb(top.doubleValue(), -64);
            long e = shift + 64L;
            if (x == 1.0) {
                x = 0.5;
                e++;
            }
            return log(f, x) + log(f, 2.0) * e;
        }
        double x = toDouble(arg);
        return math1(x, log(f, x), false);
    }

    private static double log(MethodHandle f, double x) {
        return f == null ? Libm.log(x) : Libm.call(f, x);
    }

    private static void rounding(PyModule m, PyDict d) {
        BuiltinsModule.def(m, d, "math", "floor", (s, a, o, n, k) ->
            round(BuiltinsModule.one("math.floor", a, o, n, k), "__floor__", Math::floor));
        BuiltinsModule.def(m, d, "math", "ceil", (s, a, o, n, k) ->
            round(BuiltinsModule.one("math.ceil", a, o, n, k), "__ceil__", Math::ceil));
        BuiltinsModule.def(m, d, "math", "trunc", (s, a, o, n, k) -> {
            PyObject x = BuiltinsModule.one("math.trunc", a, o, n, k);
            PyObject f = Abstract.lookupSpecial(x, PyStr.of("__trunc__"));
            if (f == null) {
                throw PyErr.format(PyExc.TypeError, "type %s doesn't define __trunc__ method", PyErr.typeName(x));
            }
            return Abstract.call(f);
        });
    }

    private static PyObject round(PyObject x, String dunder, DoubleUnaryOperator f) {
        if (x.type() != PyFloat.TYPE) {
            PyObject method = Abstract.lookupSpecial(x, PyStr.of(dunder));
            if (method != null) return Abstract.call(method);
        }
        double v = f.applyAsDouble(toDouble(x));
        if (Double.isNaN(v)) throw PyErr.format(PyExc.ValueError, "cannot convert float NaN to integer");
        if (Double.isInfinite(v)) throw PyErr.format(PyExc.OverflowError, "cannot convert float infinity to integer");
        return PyNumber.toInt(PyFloat.of(v));
    }

    private static void predicates(PyModule m, PyDict d) {
        BuiltinsModule.def(m, d, "math", "isnan", (s, a, o, n, k) ->
            PyBool.of(Double.isNaN(toDouble(BuiltinsModule.one("math.isnan", a, o, n, k)))));
        BuiltinsModule.def(m, d, "math", "isinf", (s, a, o, n, k) ->
            PyBool.of(Double.isInfinite(toDouble(BuiltinsModule.one("math.isinf", a, o, n, k)))));
        BuiltinsModule.def(m, d, "math", "isfinite", (s, a, o, n, k) ->
            PyBool.of(Double.isFinite(toDouble(BuiltinsModule.one("math.isfinite", a, o, n, k)))));
        BuiltinsModule.def(m, d, "math", "isclose", MathModule::isclose);
    }

    private static final String[] ISCLOSE_KW = {"a", "b", "rel_tol", "abs_tol"};

    private static PyObject isclose(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        if (n > 2) {
            throw PyErr.format(PyExc.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", n);
        }
        PyObject[] p = Args.parse("isclose", a, o, n, k, ISCLOSE_KW, 2, 2);
        double x = toDouble(p[0]), y = toDouble(p[1]);
        double rel = p[2] == null ? 1e-9 : toDouble(p[2]);
        double abs = p[3] == null ? 0.0 : toDouble(p[3]);
        if (rel < 0 || abs < 0) throw PyErr.format(PyExc.ValueError, "tolerances must be non-negative");
        if (x == y) return PyBool.of(true);
        if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.of(false);
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    /** frexp, ldexp, modf, fsum, hypot, dist. */
    private static void floats(PyModule m, PyDict d) {
        BuiltinsModule.def(m, d, "math", "frexp", (s, a, o, n, k) -> {
            double x = toDouble(BuiltinsModule.one("math.frexp", a, o, n, k));
            return PyTuple.of(PyFloat.of(MathSpecial.frexpMantissa(x)), PyInt.of(MathSpecial.frexpExponent(x)));
        });
        BuiltinsModule.def(m, d, "math", "modf", (s, a, o, n, k) -> {
            double x = toDouble(BuiltinsModule.one("math.modf", a, o, n, k));
            if (Double.isInfinite(x)) return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(PyFloat.of(Double.isNaN(x) ? x : Math.copySign(x - ip, x)), PyFloat.of(ip));
        });
        BuiltinsModule.def(m, d, "math", "ldexp", (s, a, o, n, k) -> {
            Args.noKeywords("math.ldexp", k);
            if (n != 2) throw PyErr.format(PyExc.TypeError, "ldexp expected 2 arguments, got %d", n);
            return PyFloat.of(ldexp(toDouble(a[o]), a[o + 1]));
        });
        BuiltinsModule.def(m, d, "math", "fsum", (s, a, o, n, k) -> {
            MathSpecial.Fsum sum = new MathSpecial.Fsum();
            PyObject it = Abstract.getIter(BuiltinsModule.one("math.fsum", a, o, n, k));
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) sum.add(toDouble(x));
            return PyFloat.of(sum.result());
        });
        BuiltinsModule.def(m, d, "math", "hypot", (s, a, o, n, k) -> {
            Args.noKeywords("math.hypot", k);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = Math.abs(toDouble(a[o + i]));
            return PyFloat.of(norm(v));
        });
        BuiltinsModule.def(m, d, "math", "dist", (s, a, o, n, k) -> {
            Args.noKeywords("math.dist", k);
            if (n != 2) throw PyErr.format(PyExc.TypeError, "dist expected 2 arguments, got %d", n);
            PyTuple p = tuple(a[o]), q = tuple(a[o + 1]);
            if (p.size() != q.size()) {
                throw PyErr.format(PyExc.ValueError, "both points must have the same number of dimensions");
            }
            double[] v = new double[p.size()];
            for (int i = 0; i < v.length; i++) v[i] = Math.abs(toDouble(p.get(i)) - toDouble(q.get(i)));
            return PyFloat.of(norm(v));
        });
    }

    private static PyTuple tuple(PyObject o) {
        return o instanceof PyTuple t ? t : PyTuple.fromIterable(Abstract.getIter(o));
    }

    private static double norm(double[] v) {
        double max = 0.0;
        boolean nan = false;
        for (double x : v) {
            nan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return MathSpecial.vectorNorm(v, v.length, max, nan);
    }

    /** ldexp(x, i): x * 2**i, i an int of any size. */
    private static double ldexp(double x, PyObject i) {
        if (!(i instanceof PyInt e)) {
            throw PyErr.format(PyExc.TypeError, "Expected an int as second argument to ldexp.");
        }
        if (x == 0.0 || !Double.isFinite(x)) return x;
        BigInteger b = e.bigValue();
        if (b.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) throw MathSpecial.rangeError();
        if (b.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) return Math.copySign(0.0, x);
        double r = Math.scalb(x, b.intValue());
        if (Double.isInfinite(r)) throw MathSpecial.rangeError();
        return r;
    }
}
