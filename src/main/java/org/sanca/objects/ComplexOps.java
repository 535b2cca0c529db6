package org.sanca.objects;

import org.sanca.objects.Slots.*;

/**
 * The arithmetic, repr and hash of complex.
 * CPython: Objects/complexobject.c (complex_repr, _Py_c_pow, complex_hash, complex_richcompare).
 */
final class ComplexOps {
    private ComplexOps() {}

    /** The operand as (re, im), or null when it is not a number. */
    private static double[] c(PyObject o) {
        if (o instanceof PyComplex z) return new double[] {z.real, z.imag};
        if (o instanceof PyFloat f) return new double[] {f.value, 0};
        if (o instanceof PyInt i) return new double[] {IntOps.toDouble(i), 0};
        return null;
    }

    interface CxOp {
        PyObject apply(double ar, double ai, double br, double bi);
    }

    private static BinaryFunc op(CxOp f) {
        return (v, w) -> {
            double[] a = c(v), b = c(w);
            return a == null || b == null ? Py.NotImplemented : f.apply(a[0], a[1], b[0], b[1]);
        };
    }

    static PyObject div(double ar, double ai, double br, double bi) {
        double abs_br = Math.abs(br), abs_bi = Math.abs(bi);
        if (br == 0 && bi == 0) throw PyErr.format(PyExc.ZeroDivisionError, "complex division by zero");
        if (abs_br >= abs_bi) {
            double ratio = bi / br, denom = br + bi * ratio;
            return PyComplex.of((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (abs_bi >= abs_br) {
            double ratio = br / bi, denom = br * ratio + bi;
            return PyComplex.of((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return PyComplex.of(Double.NaN, Double.NaN);
    }

    /** complex_pow: pow(a, b) with the integer-exponent fast path and CPython's errors. */
    static PyObject pow(double ar, double ai, double br, double bi) {
        double[] r = new double[2];
        boolean domain = bi == 0 && br == Math.floor(br) && Math.abs(br) <= 100
                ? powi(ar, ai, (int) br, r) : cpow(ar, ai, br, bi, r);
        if (domain) throw PyErr.format(PyExc.ZeroDivisionError, "0.0 to a negative or complex power");
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1]))
            throw PyErr.format(PyExc.OverflowError, "complex exponentiation");
        return PyComplex.of(r[0], r[1]);
    }

    /** _Py_c_pow into r; true where C sets EDOM (zero to a negative or complex power, cos/sin of inf). */
    private static boolean cpow(double ar, double ai, double br, double bi, double[] r) {
        if (br == 0 && bi == 0) {
            r[0] = 1;
            return false;
        }
        if (ar == 0 && ai == 0) return bi != 0 || br < 0;
        double vabs = Math.hypot(ar, ai), len = Math.pow(vabs, br), at = Math.atan2(ai, ar), phase = at * br;
        if (bi != 0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        r[0] = len * Math.cos(phase);
        r[1] = len * Math.sin(phase);
        return Double.isInfinite(phase);
    }

    /** c_powi: repeated squaring for |n| <= 100, 1 / x**-n for negative n; true on division by zero. */
    private static boolean powi(double ar, double ai, int n, double[] r) {
        double rr = 1, ri = 0, pr = ar, pi = ai;
        for (int m = Math.abs(n), mask = 1; mask > 0 && m >= mask; mask <<= 1) {
            if ((m & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = 2 * pr * pi;
            pr = t;
        }
        if (n >= 0) {
            r[0] = rr;
            r[1] = ri;
            return false;
        }
        if (rr == 0 && ri == 0) return true;
        PyComplex q = (PyComplex) div(1, 0, rr, ri);
        r[0] = q.real;
        r[1] = q.imag;
        return false;
    }

    /** complex(str): "1+2j", "(3j)", "-1.5e3-inf j" forms, as complex_from_string_inner accepts. */
    static double[] parse(PyStr orig) {
        String s = withoutUnderscores(orig).strip();
        if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1).strip();
        try {
            if (s.isEmpty()) throw new NumberFormatException();
            if (!(s.endsWith("j") || s.endsWith("J"))) return new double[] {part(s), 0};
            String body = s.substring(0, s.length() - 1);
            int split = -1;
            for (int i = body.length() - 1; i > 0; i--) {
                char c = body.charAt(i);
                if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                    split = i;
                    break;
                }
            }
            if (split < 0) return new double[] {0, imagPart(body)};
            return new double[] {part(body.substring(0, split)), imagPart(body.substring(split))};
        } catch (NumberFormatException | PyException e) {
            throw PyErr.format(PyExc.ValueError, "complex() arg is a malformed string");
        }
    }

    /** The text with underscores between digits removed (_Py_string_to_number_with_underscores); others are an error. */
    private static String withoutUnderscores(PyStr orig) {
        String text = orig.value;
        if (text.indexOf('_') < 0) return text;
        StringBuilder sb = new StringBuilder(text.length());
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' ? !Character.isDigit(prev) : prev == '_' && !Character.isDigit(c)) {
                throw PyErr.format(PyExc.ValueError, "could not convert string to complex: %R", orig);
            }
            if (c != '_') sb.append(c);
            prev = c;
        }
        if (prev == '_') throw PyErr.format(PyExc.ValueError, "could not convert string to complex: %R", orig);
        return sb.toString();
    }

    private static double imagPart(String s) {
        if (s.isEmpty() || s.equals("+")) return 1;
        if (s.equals("-")) return -1;
        return part(s);
    }

    private static double part(String s) {
        if (s.isEmpty() || StrMethods.isSpace(s.charAt(0)) || StrMethods.isSpace(s.charAt(s.length() - 1)))
            throw new NumberFormatException();
        return FloatOps.parse(s, PyStr.of(s));
    }

    static String repr(PyComplex z) {
        String re = FloatFormat.repr(z.real), im = FloatFormat.repr(z.imag);
        if (z.real == 0 && Math.copySign(1, z.real) > 0) return fmtPart(im) + "j";
        String sign = z.imag < 0 || (z.imag == 0 && Math.copySign(1, z.imag) < 0) || Double.isNaN(z.imag) && im.startsWith("-") ? "" : "+";
        return "(" + fmtPart(re) + sign + fmtPart(im) + "j)";
    }

    private static String fmtPart(String s) {
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** complex_new_impl: complex(real=0, imag=0), strings, __complex__, and numbers. */
    private static PyObject newComplex(PyType type, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("complex", a, o, n, k, new String[] {"real", "imag"}, 0);
        PyObject r = v[0] == null ? PyInt.of(0) : v[0], i = v[1];
        if (r.getClass() == PyComplex.class && i == null && type == PyComplex.TYPE) return r;
        if (r instanceof PyStr str) {
            if (i != null) throw PyErr.format(PyExc.TypeError, "complex() can't take second arg if first is a string");
            double[] z = parse(str);
            return make(type, z[0], z[1]);
        }
        if (i instanceof PyStr) throw PyErr.format(PyExc.TypeError, "complex() second arg can't be a string");
        PyObject special = Abstract.lookupSpecial(r, PyStr.of("__complex__"));
        if (special != null) {
            r = Abstract.call(special);
            if (!(r instanceof PyComplex))
                throw PyErr.format(PyExc.TypeError, "__complex__ returned non-complex (type %.200s)", PyErr.typeName(r));
        }
        if (!isNumber(r))
            throw PyErr.format(PyExc.TypeError, "complex() first argument must be a string or a number, not '%.200s'",
                    PyErr.typeName(r));
        if (i != null && !isNumber(i))
            throw PyErr.format(PyExc.TypeError, "complex() second argument must be a number, not '%.200s'",
                    PyErr.typeName(i));
        double re, im;
        boolean reComplex = r instanceof PyComplex;
        if (r instanceof PyComplex z) {
            re = z.real;
            im = z.imag;
        } else {
            re = PyNumber.toFloat(r).value;
            im = 0;
        }
        if (i == null) return make(type, re, im);
        double imag;
        if (i instanceof PyComplex zi) {
            re -= zi.imag;
            imag = zi.real;
        } else {
            imag = PyNumber.toFloat(i).value;
        }
        return make(type, re, reComplex ? imag + im : imag);
    }

    /** A complex, a float or an object with __float__ or __index__. */
    private static boolean isNumber(PyObject x) {
        return x instanceof PyComplex || x.type().nb_float != null || x.type().nb_index != null;
    }

    private static PyObject make(PyType type, double re, double im) {
        return type == PyComplex.TYPE ? PyComplex.of(re, im) : new PyComplex.Derived(type, re, im);
    }

    static void init(PyType t) {
        t.tp_new = ComplexOps::newComplex;
        t.tp_repr = o -> PyStr.of(repr((PyComplex) o));
        t.tp_hash = o -> {
            PyComplex z = (PyComplex) o;
            long h = PyHash.hashDouble(z.real) + PyHash.IMAG * PyHash.hashDouble(z.imag);
            return h == -1 ? -2 : h;
        };
        t.tp_richcompare = (v, w, op) -> {
            double[] b = c(w);
            if (b == null || (op != Abstract.EQ && op != Abstract.NE)) return Py.NotImplemented;
            PyComplex a = (PyComplex) v;
            boolean eq = w instanceof PyInt ? a.imag == 0 && Abstract.richCompareBool(PyFloat.of(a.real), w, Abstract.EQ)
                    : a.real == b[0] && a.imag == b[1];
            return PyBool.of(eq == (op == Abstract.EQ));
        };
        t.nb[PyNumber.ADD] = op((ar, ai, br, bi) -> PyComplex.of(ar + br, ai + bi));
        t.nb[PyNumber.SUBTRACT] = op((ar, ai, br, bi) -> PyComplex.of(ar - br, ai - bi));
        t.nb[PyNumber.MULTIPLY] = op((ar, ai, br, bi) -> PyComplex.of(ar * br - ai * bi, ar * bi + ai * br));
        t.nb[PyNumber.TRUE_DIVIDE] = op(ComplexOps::div);
        t.nb[PyNumber.POWER] = op(ComplexOps::pow);
        t.nb_power = (v, w, m) -> {
            double[] a = c(v), b = c(w);
            if (a == null || b == null) return Py.NotImplemented;
            if (m != Py.None) throw PyErr.format(PyExc.ValueError, "complex modulo");
            return pow(a[0], a[1], b[0], b[1]);
        };
        t.nb_negative = o -> PyComplex.of(-((PyComplex) o).real, -((PyComplex) o).imag);
        t.nb_positive = o -> o;
        t.nb_absolute = o -> PyFloat.of(Math.hypot(((PyComplex) o).real, ((PyComplex) o).imag));
        t.nb_bool = o -> ((PyComplex) o).real != 0 || ((PyComplex) o).imag != 0;
        t.addMember("real", o -> PyFloat.of(((PyComplex) o).real));
        t.addMember("imag", o -> PyFloat.of(((PyComplex) o).imag));
        t.addMethod("__format__", (MethO) (o, spec) -> FormatSpec.formatComplex((PyComplex) o,
                StrType.arg(spec, "__format__() argument")));
        t.addMethod("__complex__", (MethNoArgs) o -> o.getClass() == PyComplex.class ? o
                : PyComplex.of(((PyComplex) o).real, ((PyComplex) o).imag));
        t.addMethod("__getnewargs__", (MethNoArgs) o -> PyTuple.of(PyFloat.of(((PyComplex) o).real),
                PyFloat.of(((PyComplex) o).imag)));
        t.addMethod("conjugate", (MethNoArgs) o -> PyComplex.of(((PyComplex) o).real, -((PyComplex) o).imag));
        t.ready();
    }
}
