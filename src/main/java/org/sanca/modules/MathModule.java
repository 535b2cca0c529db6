package org.sanca.modules;

import java.math.BigInteger;
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
 * The math module's common functions and constants over Java's StrictMath, with CPython's
 * "math domain error" and "math range error" checks.
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
        MathMore.unary(m, d, "sqrt", x -> x < 0 ? Double.NaN : Math.sqrt(x));
        MathMore.unary(m, d, "exp", Math::exp);
        MathMore.unary(m, d, "sin", Math::sin);
        MathMore.unary(m, d, "cos", Math::cos);
        MathMore.unary(m, d, "tan", Math::tan);
        MathMore.unary(m, d, "asin", Math::asin);
        MathMore.unary(m, d, "acos", Math::acos);
        MathMore.unary(m, d, "atan", Math::atan);
        MathMore.unary(m, d, "sinh", Math::sinh);
        MathMore.unary(m, d, "cosh", Math::cosh);
        MathMore.unary(m, d, "tanh", Math::tanh);
        MathMore.unary(m, d, "fabs", Math::abs);
        MathMore.unary(m, d, "log2", x -> x <= 0 ? Double.NaN : Math.log(x) / Math.log(2));
        MathMore.unary(m, d, "log10", x -> x <= 0 ? Double.NaN : Math.log10(x));
        MathMore.unary(m, d, "degrees", Math::toDegrees);
        MathMore.unary(m, d, "radians", Math::toRadians);
        BuiltinsModule.def(m, d, "math", "log", MathModule::log);
        BuiltinsModule.def(m, d, "math", "pow", (s, a, o, n, k) -> {
            MathMore.two("pow", n, k);
            return MathMore.pow(toDouble(a[o]), toDouble(a[o + 1]));
        });
        BuiltinsModule.def(m, d, "math", "atan2", (s, a, o, n, k) -> {
            MathMore.two("atan2", n, k);
            return PyFloat.of(Math.atan2(toDouble(a[o]), toDouble(a[o + 1])));
        });
        BuiltinsModule.def(m, d, "math", "hypot", (s, a, o, n, k) -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double v = toDouble(a[o + i]);
                sum += v * v;
            }
            return PyFloat.of(Math.sqrt(sum));
        });
        BuiltinsModule.def(m, d, "math", "floor", (s, a, o, n, k) -> rounding(MathMore.one("floor", a, o, n, k),
            "__floor__", Math::floor));
        BuiltinsModule.def(m, d, "math", "ceil", (s, a, o, n, k) -> rounding(MathMore.one("ceil", a, o, n, k),
            "__ceil__", Math::ceil));
        BuiltinsModule.def(m, d, "math", "trunc", (s, a, o, n, k) -> {
            PyObject x = MathMore.one("trunc", a, o, n, k);
            PyObject f = Abstract.lookupSpecial(x, PyStr.of("__trunc__"));
            if (f == null) {
                throw PyErr.format(PyExc.TypeError, "type %s doesn't define __trunc__ method", PyErr.typeName(x));
            }
            return Abstract.call(f);
        });
        predicates(m, d);
        integers(m, d);
        MathMore.install(m, d);
        return m;
    }

    static double toDouble(PyObject x) {
        return PyNumber.asDouble(x);
    }

    private static PyObject log(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("log", k);
        Args.range("log", n, 1, 2);
        double num = logOf(a[o]);
        if (n == 1) {
            return PyFloat.of(num);
        }
        double den = logOf(a[o + 1]);
        if (den == 0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "float division by zero");
        }
        return PyFloat.of(num / den);
    }

    private static double logOf(PyObject x) {
        if (x instanceof PyInt i && !i.fitsLong()) {
            BigInteger b = i.bigValue();
            if (b.signum() <= 0) {
                throw PyErr.format(PyExc.ValueError, "math domain error");
            }
            int shift = b.bitLength() - 60;
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double v = toDouble(x);
        if (v <= 0) {
            throw PyErr.format(PyExc.ValueError, "math domain error");
        }
        return Math.log(v);
    }

    private static PyObject rounding(PyObject x, String dunder, DoubleUnaryOperator f) {
        if (x.type() != PyFloat.TYPE) {
            PyObject method = Abstract.lookupSpecial(x, PyStr.of(dunder));
            if (method != null) {
                return Abstract.call(method);
            }
        }
        double v = f.applyAsDouble(toDouble(x));
        if (Double.isNaN(v)) {
            throw PyErr.format(PyExc.ValueError, "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw PyErr.format(PyExc.OverflowError, "cannot convert float infinity to integer");
        }
        return PyNumber.toInt(PyFloat.of(v));
    }

    private static void predicates(PyModule m, PyDict d) {
        BuiltinsModule.def(m, d, "math", "isnan", (s, a, o, n, k) ->
            PyBool.of(Double.isNaN(toDouble(MathMore.one("isnan", a, o, n, k)))));
        BuiltinsModule.def(m, d, "math", "isinf", (s, a, o, n, k) ->
            PyBool.of(Double.isInfinite(toDouble(MathMore.one("isinf", a, o, n, k)))));
        BuiltinsModule.def(m, d, "math", "isfinite", (s, a, o, n, k) ->
            PyBool.of(Double.isFinite(toDouble(MathMore.one("isfinite", a, o, n, k)))));
        BuiltinsModule.def(m, d, "math", "copysign", (s, a, o, n, k) -> {
            MathMore.two("copysign", n, k);
            return PyFloat.of(Math.copySign(toDouble(a[o]), toDouble(a[o + 1])));
        });
        BuiltinsModule.def(m, d, "math", "isclose", MathModule::isclose);
    }

    private static final String[] ISCLOSE_KW = {"a", "b", "rel_tol", "abs_tol"};

    private static PyObject isclose(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] p = Args.parse("isclose", a, o, n, k, ISCLOSE_KW, 2, 2);
        double x = toDouble(p[0]), y = toDouble(p[1]);
        double rel = p[2] == null ? 1e-9 : toDouble(p[2]);
        double abs = p[3] == null ? 0.0 : toDouble(p[3]);
        if (rel < 0 || abs < 0) {
            throw PyErr.format(PyExc.ValueError, "tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.of(true);
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.of(false);
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    private static BigInteger bigIndex(PyObject x) {
        return PyNumber.index(x).bigValue();
    }

    private static void integers(PyModule m, PyDict d) {
        BuiltinsModule.def(m, d, "math", "gcd", (s, a, o, n, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                g = g.gcd(bigIndex(a[o + i]));
            }
            return PyInt.of(g);
        });
        BuiltinsModule.def(m, d, "math", "factorial", (s, a, o, n, k) -> {
            PyObject x = MathMore.one("factorial", a, o, n, k);
            if (x instanceof PyFloat) {
                throw PyErr.format(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            }
            BigInteger v = bigIndex(x);
            if (v.signum() < 0) {
                throw PyErr.format(PyExc.ValueError, "factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= v.longValueExact(); i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyInt.of(r);
        });
        BuiltinsModule.def(m, d, "math", "isqrt", (s, a, o, n, k) -> {
            BigInteger v = bigIndex(MathMore.one("isqrt", a, o, n, k));
            if (v.signum() < 0) {
                throw PyErr.format(PyExc.ValueError, "isqrt() argument must be nonnegative");
            }
            return PyInt.of(v.sqrt());
        });
        BuiltinsModule.def(m, d, "math", "prod", (s, a, o, n, k) -> {
            PyObject[] p = Args.parse("prod", a, o, n, k, new String[] {"iterable", "start"}, 1, 1);
            PyObject r = p[1] == null ? PyInt.of(1) : p[1];
            PyObject it = Abstract.getIter(p[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                r = PyNumber.multiply(r, x);
            }
            return r;
        });
    }
}
