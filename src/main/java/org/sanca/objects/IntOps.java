package org.sanca.objects;

import java.math.BigInteger;

import org.sanca.objects.Slots.*;

/**
 * The arithmetic, comparison, hashing and conversions of int, with a long fast path and BigInteger beyond.
 * CPython: Objects/longobject.c (long_add, l_divmod, long_pow, long_hash, long_true_divide, PyLong_FromString).
 */
final class IntOps {
    private IntOps() {}

    /** The clinic 'int' converter: __index__ as a Java int, OverflowError beyond 32 bits. */
    static int asCInt(PyObject o) {
        return PyNumber.index(o).intValue();
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    /** sys.get_int_max_str_digits(): decimal conversions of more digits fail (0: no limit). */
    static volatile int maxStrDigits = 4300;

    static PyInt self(PyObject o) {
        return (PyInt) o;
    }

    static PyInt big(BigInteger b) {
        return PyInt.of(b);
    }

    // ---- binary operators (both operands int, else NotImplemented) ---------------------------------------

    static PyObject add(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return Py.NotImplemented;
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) return PyInt.of(r);
        }
        return big(a.bigValue().add(b.bigValue()));
    }

    static PyObject sub(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return Py.NotImplemented;
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) return PyInt.of(r);
        }
        return big(a.bigValue().subtract(b.bigValue()));
    }

    static PyObject mul(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return Py.NotImplemented;
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value), lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
        }
        return big(a.bigValue().multiply(b.bigValue()));
    }

    static PyObject floordiv(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return Py.NotImplemented;
        if (b.signum() == 0) throw PyErr.format(PyExc.ZeroDivisionError, "integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1))
            return PyInt.of(Math.floorDiv(a.value, b.value));
        return big(divmodBig(a.bigValue(), b.bigValue())[0]);
    }

    static PyObject mod(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return Py.NotImplemented;
        if (b.signum() == 0) throw PyErr.format(PyExc.ZeroDivisionError, "integer modulo by zero");
        if (a.big == null && b.big == null) return PyInt.of(b.value == -1 ? 0 : Math.floorMod(a.value, b.value));
        return big(divmodBig(a.bigValue(), b.bigValue())[1]);
    }

    static PyObject divmod(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return Py.NotImplemented;
        if (b.signum() == 0) throw PyErr.format(PyExc.ZeroDivisionError, "integer division or modulo by zero");
        BigInteger[] qr = divmodBig(a.bigValue(), b.bigValue());
        return PyTuple.of(big(qr[0]), big(qr[1]));
    }

    static BigInteger[] divmodBig(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    static PyObject truediv(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return Py.NotImplemented;
        if (b.signum() == 0) throw PyErr.format(PyExc.ZeroDivisionError, "division by zero");
        if (a.big == null && b.big == null && Math.abs(a.value) <= (1L << 53) && Math.abs(b.value) <= (1L << 53))
            return PyFloat.of((double) a.value / (double) b.value);
        double r = correctlyRoundedQuotient(a.bigValue(), b.bigValue());
        if (Double.isInfinite(r))
            throw PyErr.format(PyExc.OverflowError, "integer division result too large for a float");
        return PyFloat.of(r);
    }

    /** a / b rounded once, half-even, to the nearest double (subnormals included); infinity when it overflows. */
    static double correctlyRoundedQuotient(BigInteger a, BigInteger b) {
        boolean neg = a.signum() * b.signum() < 0;
        BigInteger x = a.abs(), y = b.abs();
        if (x.signum() == 0) return neg ? -0.0 : 0.0;
        int e = x.bitLength() - y.bitLength() - 55;
        BigInteger[] qr = e >= 0 ? x.divideAndRemainder(y.shiftLeft(e)) : x.shiftLeft(-e).divideAndRemainder(y);
        BigInteger q = qr[0];
        int bits = q.bitLength();
        int precision = Math.min(53, bits + e + 1074);
        int shift = bits - precision;
        if (shift > bits + 1) return neg ? -0.0 : 0.0;
        BigInteger m = q.shiftRight(shift);
        int c = q.subtract(m.shiftLeft(shift)).shiftLeft(1).compareTo(BigInteger.ONE.shiftLeft(shift));
        if (c > 0 || (c == 0 && (qr[1].signum() != 0 || m.testBit(0)))) m = m.add(BigInteger.ONE);
        int exp = e + shift;
        double r = exp > 1100 ? Double.POSITIVE_INFINITY : Math.scalb(m.doubleValue(), Math.max(exp, -1200));
        return neg ? -r : r;
    }

    static PyObject pow(PyObject v, PyObject w, PyObject m) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return Py.NotImplemented;
        if (m != Py.None) {
            if (!(m instanceof PyInt mi)) return Py.NotImplemented;
            return powMod(a, b, mi);
        }
        if (b.signum() < 0) return FloatOps.pow(toDouble(a), toDouble(b));
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) return a;
            if (a.big == null && a.value == -1) return PyInt.of(b.big.testBit(0) ? -1 : 1);
            throw PyErr.noMemory();
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value, r = 1;
            boolean ok = true;
            long bb = base, ee = e;
            while (ee > 0 && ok) {
                if ((ee & 1) != 0) {
                    long hi = Math.multiplyHigh(r, bb);
                    long lo = r * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) ok = false;
                    r = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = Math.multiplyHigh(bb, bb);
                    long lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) ok = false;
                    bb = lo;
                }
            }
            if (ok) return PyInt.of(r);
        }
        if (e > Integer.MAX_VALUE) throw PyErr.noMemory();
        return big(a.bigValue().pow((int) e));
    }

    private static PyObject powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) throw PyErr.format(PyExc.ValueError, "pow() 3rd argument cannot be 0");
        BigInteger mod = m.bigValue(), base = a.bigValue(), exp = b.bigValue();
        boolean negMod = mod.signum() < 0;
        BigInteger am = mod.abs();
        if (am.equals(BigInteger.ONE)) return PyInt.of(0);
        if (exp.signum() < 0) {
            try {
                base = base.mod(am).modInverse(am);
            } catch (ArithmeticException e) {
                throw PyErr.format(PyExc.ValueError, "base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = base.modPow(exp, am);
        if (negMod && r.signum() != 0) r = r.subtract(am);
        return big(r);
    }

    static PyObject lshift(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return Py.NotImplemented;
        if (b.signum() < 0) throw PyErr.format(PyExc.ValueError, "negative shift count");
        if (a.signum() == 0) return PyInt.of(0);
        if (b.big != null || b.value > Integer.MAX_VALUE - 64 - (a.big == null ? 64 : a.big.bitLength()))
            throw PyErr.format(PyExc.MemoryError, "");
        int s = (int) b.value;
        if (a.big == null && s < 63 && a.value < (1L << (62 - s)) && a.value > -(1L << (62 - s))) return PyInt.of(a.value << s);
        return big(a.bigValue().shiftLeft(s));
    }

    static PyObject rshift(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return Py.NotImplemented;
        if (b.signum() < 0) throw PyErr.format(PyExc.ValueError, "negative shift count");
        if (b.big != null || b.value > Integer.MAX_VALUE) return PyInt.of(a.signum() < 0 ? -1 : 0);
        int s = (int) b.value;
        if (a.big == null) return PyInt.of(s >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> s);
        return big(a.big.shiftRight(s));
    }

    static PyObject bitop(PyObject v, PyObject w, int op) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return Py.NotImplemented;
        if (a.big == null && b.big == null)
            return PyInt.of(op == 0 ? a.value & b.value : op == 1 ? a.value | b.value : a.value ^ b.value);
        BigInteger x = a.bigValue(), y = b.bigValue();
        return big(op == 0 ? x.and(y) : op == 1 ? x.or(y) : x.xor(y));
    }

    static PyObject neg(PyObject v) {
        PyInt a = self(v);
        if (a.big == null && a.value != Long.MIN_VALUE) return PyInt.of(-a.value);
        return big(a.bigValue().negate());
    }

    static PyObject abs(PyObject v) {
        return self(v).signum() < 0 ? neg(v) : PyInt.exact(self(v));
    }

    static PyObject invert(PyObject v) {
        PyInt a = self(v);
        return a.big == null ? PyInt.of(~a.value) : big(a.big.not());
    }

    private static PyObject compare(PyObject v, PyObject w, int op) {
        if (!(w instanceof PyInt b)) return Py.NotImplemented;
        PyInt a = self(v);
        int c = a.big == null && b.big == null ? Long.compare(a.value, b.value) : a.bigValue().compareTo(b.bigValue());
        return PyBool.of(switch (op) {
            case Abstract.LT -> c < 0;
            case Abstract.LE -> c <= 0;
            case Abstract.EQ -> c == 0;
            case Abstract.NE -> c != 0;
            case Abstract.GT -> c > 0;
            default -> c >= 0;
        });
    }

    // ---- hashing and conversions -----------------------------------------------------------------------

    /** long_hash: the value modulo 2**61-1 with the sign kept; -1 becomes -2. */
    static long hash(PyInt a) {
        long h;
        if (a.big == null) {
            long x = a.value;
            if (x == Long.MIN_VALUE) h = -mod61(BigInteger.valueOf(x).negate());
            else h = x < 0 ? -(-x % PyHash.MODULUS) : x % PyHash.MODULUS;
        } else {
            long r = mod61(a.big.abs());
            h = a.big.signum() < 0 ? -r : r;
        }
        return h == -1 ? -2 : h;
    }

    private static long mod61(BigInteger x) {
        return x.mod(BigInteger.valueOf(PyHash.MODULUS)).longValue();
    }

    /** PyLong_AsDouble with CPython's rounding and "int too large to convert to float". */
    static double toDouble(PyInt a) {
        if (a.big == null) return (double) a.value;
        double d = a.big.doubleValue();
        if (Double.isInfinite(d)) throw PyErr.format(PyExc.OverflowError, "int too large to convert to float");
        return d;
    }

    /** The decimal string, refusing more than sys.get_int_max_str_digits() digits as CPython 3.11 does. */
    static String toDecimal(PyInt a) {
        if (a.big == null) return Long.toString(a.value);
        int limit = maxStrDigits;
        if (limit > 0 && a.big.bitLength() > (long) ((limit - 1) * 3.32)) {
            if (a.big.bitLength() > (long) (limit * 3.33) + 64) throw tooManyDigits(limit);
            String s = a.big.toString();
            if (s.length() - (a.big.signum() < 0 ? 1 : 0) > limit) throw tooManyDigits(limit);
            return s;
        }
        return a.big.toString();
    }

    private static PyException tooManyDigits(int limit) {
        return PyErr.format(PyExc.ValueError, "Exceeds the limit (%d digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", limit);
    }

    /** int(x) for one argument: __int__, __index__, __trunc__, str/bytes parsing. */
    static PyObject intFromObject(PyObject o) {
        if (o.getClass() == PyInt.class) return o;
        if (o instanceof PyInt i) return PyInt.exact(i);
        PyType t = o.type();
        if (t.nb_int != null) return checkIntResult(t.nb_int.call(o), "__int__");
        if (t.nb_index != null) return PyNumber.index(o);
        PyObject trunc = Abstract.lookupSpecial(o, PyStr.of("__trunc__"));
        if (trunc != null) {
            Warnings.warn(PyExc.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.");
            PyObject r = Abstract.call(trunc);
            if (r instanceof PyInt ri) return PyInt.exact(ri);
            if (r.type().nb_index == null)
                throw PyErr.format(PyExc.TypeError, "__trunc__ returned non-Integral (type %.200s)", PyErr.typeName(r));
            return PyNumber.index(r);
        }
        if (o instanceof PyStr s) return parse(s.value, 10, s);
        if (o instanceof PyBytes || o instanceof PyByteArray)
            return parse(new String(bytesOf(o), java.nio.charset.StandardCharsets.ISO_8859_1), 10, o);
        if (o instanceof PyMemoryView mv) {
            byte[] b = mv.toByteArray();
            return parse(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), 10, PyBytes.of(b));
        }
        throw PyErr.format(PyExc.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%.200s'",
                PyErr.typeName(o));
    }

    private static byte[] bytesOf(PyObject o) {
        return o instanceof PyBytes b ? b.value : ((PyByteArray) o).toByteArray();
    }

    private static PyObject checkIntResult(PyObject r, String name) {
        if (r instanceof PyInt ri) return r.getClass() == PyInt.class ? r : PyInt.exact(ri);
        throw PyErr.format(PyExc.TypeError, "%s returned non-int (type %.200s)", name, PyErr.typeName(r));
    }

    /** PyLong_FromString: optional sign, prefixes for base 0/2/8/16, underscores between digits, whitespace. */
    static PyInt parse(String text, int base, PyObject orig) {
        String s = stripSpace(text);
        int i = 0, n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        int b = base;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                if (i < n && s.charAt(i) == '_') i++;
            }
        }
        if (b == 0) b = 10;
        StringBuilder digits = new StringBuilder(n);
        boolean lastUnderscore = true;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) throw invalidLiteral(base, orig);
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0) throw invalidLiteral(base, orig);
            digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) throw invalidLiteral(base, orig);
        if (base == 0 && b == 10 && digits.length() > 1 && digits.charAt(0) == '0') {
            for (int j = 0; j < digits.length(); j++) if (digits.charAt(j) != '0') throw invalidLiteral(base, orig);
        }
        int limit = maxStrDigits;
        if ((b & (b - 1)) != 0 && limit > 0 && digits.length() > limit)
            throw PyErr.format(PyExc.ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d "
                    + "digits; use sys.set_int_max_str_digits() to increase the limit", limit, digits.length());
        BigInteger v = new BigInteger(digits.toString(), b);
        return PyInt.of(neg ? v.negate() : v);
    }

    private static String stripSpace(String s) {
        int i = 0, j = s.length();
        while (i < j && StrMethods.isSpace(s.charAt(i))) i++;
        while (j > i && StrMethods.isSpace(s.charAt(j - 1))) j--;
        return s.substring(i, j);
    }

    private static PyException invalidLiteral(int base, PyObject orig) {
        return PyErr.format(PyExc.ValueError, "invalid literal for int() with base %d: %.200R", base, orig);
    }

    private static PyObject newInt(PyType type, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("int", a, o, n, k, new String[] {"", "base"}, 0, 2);
        PyObject r;
        if (v[1] == null) r = v[0] == null ? PyInt.of(0) : intFromObject(v[0]);
        else {
            if (v[0] == null) throw PyErr.format(PyExc.TypeError, "int() missing string argument");
            long base = PyNumber.asSize(v[1], null);
            if ((base != 0 && base < 2) || base > 36)
                throw PyErr.format(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0");
            if (v[0] instanceof PyStr s) r = parse(s.value, (int) base, s);
            else if (v[0] instanceof PyBytes || v[0] instanceof PyByteArray)
                r = parse(new String(bytesOf(v[0]), java.nio.charset.StandardCharsets.ISO_8859_1), (int) base, v[0]);
            else throw PyErr.format(PyExc.TypeError, "int() can't convert non-string with explicit base");
        }
        return type == PyInt.TYPE ? r : new PyInt.Derived(type, (PyInt) r);
    }

    static void init(PyType t) {
        t.tp_new = IntOps::newInt;
        t.tp_repr = o -> PyStr.of(toDecimal(self(o)));
        t.tp_hash = o -> hash(self(o));
        t.tp_richcompare = IntOps::compare;
        t.nb[PyNumber.ADD] = IntOps::add;
        t.nb[PyNumber.SUBTRACT] = IntOps::sub;
        t.nb[PyNumber.MULTIPLY] = IntOps::mul;
        t.nb[PyNumber.FLOOR_DIVIDE] = IntOps::floordiv;
        t.nb[PyNumber.REMAINDER] = IntOps::mod;
        t.nb[PyNumber.TRUE_DIVIDE] = IntOps::truediv;
        t.nb[PyNumber.POWER] = (v, w) -> pow(v, w, Py.None);
        t.nb_power = IntOps::pow;
        t.nb[PyNumber.LSHIFT] = IntOps::lshift;
        t.nb[PyNumber.RSHIFT] = IntOps::rshift;
        t.nb[PyNumber.AND] = (v, w) -> bitop(v, w, 0);
        t.nb[PyNumber.OR] = (v, w) -> bitop(v, w, 1);
        t.nb[PyNumber.XOR] = (v, w) -> bitop(v, w, 2);
        t.nb_negative = IntOps::neg;
        t.nb_positive = o -> PyInt.exact(self(o));
        t.nb_absolute = IntOps::abs;
        t.nb_invert = IntOps::invert;
        t.nb_bool = o -> self(o).signum() != 0;
        t.nb_index = o -> PyInt.exact(self(o));
        t.nb_int = o -> PyInt.exact(self(o));
        t.nb_float = o -> PyFloat.of(toDouble(self(o)));
        IntMethods.register(t);
        t.ready();
    }
}
