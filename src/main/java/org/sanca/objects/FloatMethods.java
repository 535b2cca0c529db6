package org.sanca.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.sanca.objects.Slots.*;

/**
 * The methods of float: is_integer, as_integer_ratio, hex/fromhex, __round__, __format__, ...
 * CPython: Objects/floatobject.c (float_methods).
 */
final class FloatMethods {
    private FloatMethods() {}

    private static double v(PyObject o) {
        return ((PyFloat) o).value;
    }

    private static PyObject round(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("__round__", k);
        Args.range("__round__", n, 0, 1);
        double x = v(self);
        if (n == 0 || a[o] == Py.None) {
            double r = Math.rint(x);
            return FloatOps.toInt(r);
        }
        long nd = PyNumber.asSize(a[o], null);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) return PyFloat.of(x);
        if (nd > 323) return PyFloat.of(x);
        if (nd < -308) return PyFloat.of(0.0 * x);
        double r = new BigDecimal(x).setScale((int) nd, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) throw PyErr.format(PyExc.OverflowError, "rounded value too large to represent");
        return PyFloat.of(r == 0 ? Math.copySign(0.0, x) : r);
    }

    private static PyObject ratio(PyObject self) {
        double x = v(self);
        if (Double.isInfinite(x)) throw PyErr.format(PyExc.OverflowError, "cannot convert Infinity to integer ratio");
        if (Double.isNaN(x)) throw PyErr.format(PyExc.ValueError, "cannot convert NaN to integer ratio");
        BigDecimal b = new BigDecimal(x);
        BigInteger num = b.unscaledValue(), den = BigInteger.ONE;
        if (b.scale() > 0) den = BigInteger.TEN.pow(b.scale());
        else num = num.multiply(BigInteger.TEN.pow(-b.scale()));
        BigInteger g = num.gcd(den);
        if (g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }

    static String hex(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        x = Math.abs(x);
        if (x == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(x);
        long mant = bits & ((1L << 52) - 1);
        int exp = (int) (bits >>> 52);
        String m = String.format("%013x", mant);
        if (exp == 0) return sign + "0x0." + m + "p-1022";
        int e = exp - 1023;
        return sign + "0x1." + m + "p" + (e >= 0 ? "+" : "") + e;
    }

    private static PyObject fromhex(PyObject cls, PyObject s) {
        if (!(s instanceof PyStr str)) throw PyErr.format(PyExc.TypeError, "bad argument type for built-in operation");
        String t = str.value.strip();
        double r;
        try {
            String u = t.toLowerCase(java.util.Locale.ROOT);
            String body = u.replaceFirst("^[+-]", "");
            if (body.equals("inf") || body.equals("infinity")) r = Double.POSITIVE_INFINITY;
            else if (body.equals("nan")) r = Double.NaN;
            else {
                if (!body.startsWith("0x")) body = "0x" + body;
                if (!body.contains("p")) body = body + "p0";
                char last = body.charAt(body.length() - 1);
                if (last == 'd' || last == 'f') throw new NumberFormatException();
                r = Double.parseDouble(body);
                if (Double.isInfinite(r))
                    throw PyErr.format(PyExc.OverflowError, "hexadecimal value too large to represent as a float");
            }
            if (u.startsWith("-")) r = -r;
        } catch (NumberFormatException e) {
            throw PyErr.format(PyExc.ValueError, "invalid hexadecimal floating-point string");
        }
        PyFloat f = PyFloat.of(r);
        return cls == PyFloat.TYPE ? f : Abstract.call(cls, f);
    }

    /** The single argument of a METH_O|METH_CLASS method of float. */
    private static PyObject classMethodArg(String name, PyObject[] a, int o, int n, PyTuple k) {
        if (k != null && k.size() > 0) throw PyErr.format(PyExc.TypeError, "float.%s() takes no keyword arguments", name);
        if (n != 1) throw PyErr.format(PyExc.TypeError, "float.%s() takes exactly one argument (%d given)", name, n);
        return a[o];
    }

    static void register(PyType t) {
        t.addMethod("is_integer", (MethNoArgs) s -> PyBool.of(!Double.isInfinite(v(s)) && v(s) == Math.floor(v(s))));
        t.addMethod("as_integer_ratio", (MethNoArgs) FloatMethods::ratio);
        t.addMethod("hex", (MethNoArgs) s -> PyStr.of(hex(v(s))));
        t.addClassMethod("fromhex", (c, a, o, n, k) -> fromhex(c, classMethodArg("fromhex", a, o, n, k)));
        t.addMethod("conjugate", (MethNoArgs) s -> PyFloat.of(v(s)));
        t.addMethod("__round__", (MethFast) FloatMethods::round);
        t.addMethod("__trunc__", (MethNoArgs) s -> FloatOps.toInt(v(s)));
        t.addMethod("__floor__", (MethNoArgs) s -> FloatOps.toInt(Math.floor(v(s))));
        t.addMethod("__ceil__", (MethNoArgs) s -> FloatOps.toInt(Math.ceil(v(s))));
        t.addMethod("__getnewargs__", (MethNoArgs) s -> PyTuple.of(PyFloat.of(v(s))));
        t.addMethod("__format__", (MethO) (s, spec) -> {
            PyStr sp = StrType.arg(spec, "__format__() argument");
            return sp.isEmpty() && !(s instanceof PyFloat f && f.getClass() == PyFloat.class) ? Abstract.str(s)
                    : FormatSpec.formatFloat(v(s), sp);
        });
        t.addMethod("__divmod__", (MethO) FloatOps::divmodObj);
        t.addMethod("__rdivmod__", (MethO) (s, w) -> FloatOps.divmodObj(w, s));
        t.addClassMethod("__getformat__", (c, a, o, n, k) -> {
            String kind = StrType.arg(classMethodArg("__getformat__", a, o, n, k), "__getformat__() argument").value;
            if (!kind.equals("double") && !kind.equals("float"))
                throw PyErr.format(PyExc.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
            return PyStr.of("IEEE, little-endian");
        });
        t.addGetter("real", s -> PyFloat.of(v(s)));
        t.addGetter("imag", s -> PyFloat.of(0.0));
    }
}
