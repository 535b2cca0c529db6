package org.sanca.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.sanca.objects.Slots.*;

/**
 * The arithmetic, comparison, hashing, parsing and methods of float.
 * CPython: Objects/floatobject.c (float_add, float_divmod, float_pow, float_richcompare, float_hash, float_new).
 */
final class FloatOps {
    private FloatOps() {}

    /** CONVERT_TO_DOUBLE: float or int operand as a double, or NaN-boxed null when not a number. */
    private static boolean isNum(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    private static double d(PyObject o) {
        return o instanceof PyFloat f ? f.value : IntOps.toDouble((PyInt) o);
    }

    interface DoubleOp {
        PyObject apply(double a, double b);
    }

    private static BinaryFunc op(DoubleOp f) {
        return (v, w) -> isNum(v) && isNum(w) ? f.apply(d(v), d(w)) : Py.NotImplemented;
    }

    static PyObject truediv(double a, double b) {
        if (b == 0) throw PyErr.format(PyExc.ZeroDivisionError, "float division by zero");
        return PyFloat.of(a / b);
    }

    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else mod = Math.copySign(0.0, wx);
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else floordiv = Math.copySign(0.0, vx / wx);
        return new double[] {floordiv, mod};
    }

    static PyObject floordiv(double a, double b) {
        if (b == 0) throw PyErr.format(PyExc.ZeroDivisionError, "float floor division by zero");
        return PyFloat.of(divmod(a, b)[0]);
    }

    static PyObject mod(double vx, double wx) {
        if (wx == 0) throw PyErr.format(PyExc.ZeroDivisionError, "float modulo");
        double mod = vx % wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) mod += wx;
        } else mod = Math.copySign(0.0, wx);
        return PyFloat.of(mod);
    }

    static PyObject divmodObj(PyObject v, PyObject w) {
        if (!isNum(v) || !isNum(w)) return Py.NotImplemented;
        double b = d(w);
        if (b == 0) throw PyErr.format(PyExc.ZeroDivisionError, "float divmod()");
        double[] r = divmod(d(v), b);
        return PyTuple.of(PyFloat.of(r[0]), PyFloat.of(r[1]));
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) < 9007199254740992.0 && w == Math.floor(w) && ((long) w & 1) != 0;
    }

    /** float_pow for two doubles. */
    static PyObject pow(double iv, double iw) {
        if (iw == 0) return PyFloat.of(1.0);
        if (Double.isNaN(iv)) return PyFloat.of(iv);
        if (Double.isNaN(iw)) return PyFloat.of(iv == 1.0 ? 1.0 : iw);
        if (Double.isInfinite(iw)) {
            iv = Math.abs(iv);
            if (iv == 1.0) return PyFloat.of(1.0);
            return PyFloat.of((iw > 0) == (iv > 1) ? Math.abs(iw) : 0.0);
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iv > 0) return PyFloat.of(iw > 0 ? iv : 0.0);
            return PyFloat.of(iw > 0 ? (odd ? iv : -iv) : (odd ? -0.0 : 0.0));
        }
        if (iv == 0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0) throw PyErr.format(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return PyFloat.of(odd ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0) {
            if (iw != Math.floor(iw)) return ComplexOps.pow(iv, 0, iw, 0);
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) return PyFloat.of(negate ? -1.0 : 1.0);
        double ix = Math.pow(iv, iw);
        if (Double.isInfinite(ix))
            throw PyErr.raise(PyExc.OverflowError, PyInt.of(34), PyStr.of("Numerical result out of range"));
        return PyFloat.of(negate ? -ix : ix);
    }

    /** float_richcompare: exact comparison of a float with a float or an int. */
    static PyObject compare(PyObject v, PyObject w, int op) {
        double a = ((PyFloat) v).value;
        int c;
        if (w instanceof PyFloat f) {
            return cmpResult(a, f.value, op);
        } else if (w instanceof PyInt i) {
            if (i.big == null && Math.abs(i.value) <= (1L << 53)) return cmpResult(a, (double) i.value, op);
            if (Double.isNaN(a)) return PyBool.of(op == Abstract.NE);
            if (Double.isInfinite(a)) c = a > 0 ? 1 : -1;
            else c = new BigDecimal(a).compareTo(new BigDecimal(i.bigValue()));
        } else return Py.NotImplemented;
        return PyBool.of(test(c, op));
    }

    private static PyObject cmpResult(double a, double b, int op) {
        return PyBool.of(switch (op) {
            case Abstract.LT -> a < b;
            case Abstract.LE -> a <= b;
            case Abstract.EQ -> a == b;
            case Abstract.NE -> a != b;
            case Abstract.GT -> a > b;
            default -> a >= b;
        });
    }

    static boolean test(int c, int op) {
        return switch (op) {
            case Abstract.LT -> c < 0;
            case Abstract.LE -> c <= 0;
            case Abstract.EQ -> c == 0;
            case Abstract.NE -> c != 0;
            case Abstract.GT -> c > 0;
            default -> c >= 0;
        };
    }

    static long hash(PyObject o) {
        double v = ((PyFloat) o).value;
        if (Double.isNaN(v)) return Py.identityHash(o);
        return PyHash.hashDouble(v);
    }

    /** float(x): __float__, __index__, or parsing a str/bytes. */
    static PyFloat floatFromObject(PyObject o) {
        if (o.getClass() == PyFloat.class) return (PyFloat) o;
        if (o.getClass() == PyStr.class) return PyFloat.of(parse(((PyStr) o).value, o));
        PyType t = o.type();
        if (t.nb_float != null) {
            PyObject r = t.nb_float.call(o);
            if (r instanceof PyFloat rf) return r.getClass() == PyFloat.class ? rf : PyFloat.of(rf.value);
            throw PyErr.format(PyExc.TypeError, "%.50s.__float__ returned non-float (type %.50s)", PyErr.typeName(o),
                    PyErr.typeName(r));
        }
        if (t.nb_index != null) return PyFloat.of(IntOps.toDouble(PyNumber.index(o)));
        if (o instanceof PyStr s) return PyFloat.of(parse(s.value, s));
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView)
            return PyFloat.of(parse(new String(PyBytes.fromObject(o), java.nio.charset.StandardCharsets.ISO_8859_1), o));
        throw PyErr.format(PyExc.TypeError, "float() argument must be a string or a real number, not '%.200s'",
                PyErr.typeName(o));
    }

    /** PyOS_string_to_double as float() uses it: whitespace, underscores between digits, inf and nan. */
    static double parse(String text, PyObject orig) {
        String s = asciiDigits(text).strip();
        int i = 0, n = s.length();
        while (i < n && StrMethods.isSpace(s.charAt(i))) i++;
        while (n > i && StrMethods.isSpace(s.charAt(n - 1))) n--;
        s = s.substring(i, n);
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        boolean neg = s.startsWith("-");
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (lower.equals("nan")) return neg ? -Double.NaN : Double.NaN;
        String clean = validDecimal(body);
        if (clean == null) throw PyErr.format(PyExc.ValueError, "could not convert string to float: %R", orig);
        double v = Double.parseDouble(clean);
        return neg ? -v : v;
    }

    /** Unicode decimal digits as ASCII digits and Unicode spaces as ' ' (_PyUnicode_TransformDecimalAndSpaceToASCII). */
    private static String asciiDigits(String text) {
        int n = text.length(), i = 0;
        while (i < n && text.charAt(i) < 128) i++;
        if (i == n) return text;
        StringBuilder sb = new StringBuilder(n).append(text, 0, i);
        for (int j = i; j < n; ) {
            int c = text.codePointAt(j);
            j += Character.charCount(c);
            if (c < 128) sb.append((char) c);
            else if (UnicodeCtype.isDecimal(c)) sb.append((char) ('0' + Character.digit(c, 10)));
            else if (StrMethods.isSpace(c)) sb.append(' ');
            else sb.append('?');
        }
        return sb.toString();
    }

    /** The literal without underscores if it is a valid decimal float literal, else null. */
    private static String validDecimal(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0, n = s.length();
        int digits = scanDigits(s, i, out);
        if (digits < 0) return null;
        i += digits;
        int intDigits = countDigits(s, 0, i);
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            out.append('.');
            i++;
            int f = scanDigits(s, i, out);
            if (f < 0) return null;
            fracDigits = countDigits(s, i, i + f);
            i += f;
        }
        if (intDigits + fracDigits == 0) return null;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            out.append('e');
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) out.append(s.charAt(i++));
            int e = scanDigits(s, i, out);
            if (e <= 0) return null;
            i += e;
        }
        return i == n ? out.toString() : null;
    }

    /** Scans digits with single underscores between them; returns chars consumed or -1 if malformed. */
    private static int scanDigits(String s, int start, StringBuilder out) {
        int i = start;
        boolean lastDigit = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                lastDigit = true;
            } else if (c == '_' && lastDigit && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                lastDigit = false;
            } else break;
            i++;
        }
        return i - start;
    }

    private static int countDigits(String s, int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) if (s.charAt(i) != '_') c++;
        return c;
    }

    private static PyObject newFloat(PyType type, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("float", k);
        Args.range("float", n, 0, 1);
        PyFloat r = n == 0 ? PyFloat.of(0.0) : floatFromObject(a[o]);
        return type == PyFloat.TYPE ? r : new PyFloat.Derived(type, r.value);
    }

    /** int(float): truncation with CPython's errors for inf and nan. */
    static PyInt toInt(double v) {
        if (Double.isNaN(v)) throw PyErr.format(PyExc.ValueError, "cannot convert float NaN to integer");
        if (Double.isInfinite(v)) throw PyErr.format(PyExc.OverflowError, "cannot convert float infinity to integer");
        if (Math.abs(v) < 9.2e18) return PyInt.of((long) v);
        return PyInt.of(new BigDecimal(v).toBigInteger());
    }

    static void init(PyType t) {
        t.tp_new = FloatOps::newFloat;
        t.tp_repr = o -> PyStr.of(FloatFormat.repr(((PyFloat) o).value));
        t.tp_hash = FloatOps::hash;
        t.tp_richcompare = FloatOps::compare;
        t.nb[PyNumber.ADD] = op((a, b) -> PyFloat.of(a + b));
        t.nb[PyNumber.SUBTRACT] = op((a, b) -> PyFloat.of(a - b));
        t.nb[PyNumber.MULTIPLY] = op((a, b) -> PyFloat.of(a * b));
        t.nb[PyNumber.TRUE_DIVIDE] = op(FloatOps::truediv);
        t.nb[PyNumber.FLOOR_DIVIDE] = op(FloatOps::floordiv);
        t.nb[PyNumber.REMAINDER] = op(FloatOps::mod);
        t.nb[PyNumber.POWER] = op(FloatOps::pow);
        t.nb_power = (v, w, m) -> {
            if (m != Py.None)
                throw PyErr.format(PyExc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
            return isNum(v) && isNum(w) ? pow(d(v), d(w)) : Py.NotImplemented;
        };
        t.nb_negative = o -> PyFloat.of(-((PyFloat) o).value);
        t.nb_positive = o -> o.getClass() == PyFloat.class ? o : PyFloat.of(((PyFloat) o).value);
        t.nb_absolute = o -> PyFloat.of(Math.abs(((PyFloat) o).value));
        t.nb_bool = o -> ((PyFloat) o).value != 0;
        t.nb_int = o -> toInt(((PyFloat) o).value);
        t.nb_float = o -> o.getClass() == PyFloat.class ? o : PyFloat.of(((PyFloat) o).value);
        FloatMethods.register(t);
        t.ready();
    }
}
