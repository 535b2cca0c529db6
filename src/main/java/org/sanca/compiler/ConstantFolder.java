package org.sanca.compiler;

import org.sanca.objects.ConstantKey;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.util.List;
import org.sanca.ast.OperatorTy;
import org.sanca.ast.UnaryopTy;
import org.sanca.objects.Abstract;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyEllipsis;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyNone;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * Python arithmetic on constants for the AST optimiser, with CPython's limits on the size of
 * folded results; null means "not folded" (the operation would raise or grow too big).
 * CPython: Python/ast_opt.c (safe_multiply, safe_power, safe_lshift, safe_mod) and the number
 * protocols of longobject.c, floatobject.c and complexobject.c for constant operands.
 */
final class ConstantFolder {
    private ConstantFolder() {}

    static final int MAX_INT_SIZE = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096, MAX_TOTAL_ITEMS = 1024;

    static boolean isTrue(PyObject o) {
        if (o instanceof PyNone) return false;
        if (o instanceof PyInt i) return i.bigValue().signum() != 0;
        if (o instanceof PyFloat f) return f.value != 0.0;
        if (o instanceof PyComplex c) return c.real != 0.0 || c.imag != 0.0;
        if (o instanceof PyStr s) return !s.asString().isEmpty();
        if (o instanceof PyBytes b) return b.toByteArray().length != 0;
        if (o instanceof PyTuple t) return t.size() != 0;
        if (o instanceof PyFrozenSet f) return !FrozenSets.items(f).isEmpty();
        return true;
    }

    private static boolean isInt(PyObject o) {
        return o instanceof PyInt;
    }

    private static BigInteger big(PyObject o) {
        return ((PyInt) o).bigValue();
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    // ---- unary ---------------------------------------------------------------------------------

    static PyObject unary(UnaryopTy op, PyObject v) {
        switch (op) {
            case Not:
                return PyBool.of(!isTrue(v));
            case Invert:
                return isInt(v) ? PyInt.of(big(v).not()) : null;
            case UAdd:
                if (isInt(v)) return PyInt.of(big(v));
                return v instanceof PyFloat || v instanceof PyComplex ? v : null;
            case USub:
                if (isInt(v)) return PyInt.of(big(v).negate());
                if (v instanceof PyFloat f) return PyFloat.of(-f.value);
                if (v instanceof PyComplex c) return PyComplex.of(-c.real, -c.imag);
                return null;
            default:
                return null;
        }
    }

    // ---- binary --------------------------------------------------------------------------------

    static PyObject binary(OperatorTy op, PyObject v, PyObject w) {
        try {
            return switch (op) {
                case Add -> add(v, w);
                case Sub -> arith(op, v, w);
                case Mult -> multiply(v, w);
                case Div, FloorDiv -> arith(op, v, w);
                case Mod -> v instanceof PyStr || v instanceof PyBytes ? null : arith(op, v, w);
                case Pow -> power(v, w);
                case LShift -> lshift(v, w);
                case RShift -> isInt(v) && isInt(w) && big(w).signum() >= 0
                        ? PyInt.of(big(v).shiftRight(big(w).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue())) : null;
                case BitOr, BitXor, BitAnd -> bitwise(op, v, w);
                case MatMult -> null;
            };
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static PyObject add(PyObject v, PyObject w) {
        if (v instanceof PyStr a && w instanceof PyStr b) return a.concat(b);
        if (v instanceof PyBytes a && w instanceof PyBytes b) {
            byte[] x = a.toByteArray(), y = b.toByteArray();
            byte[] r = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return PyBytes.of(r);
        }
        if (v instanceof PyTuple a && w instanceof PyTuple b) {
            PyObject[] r = new PyObject[a.size() + b.size()];
            for (int i = 0; i < a.size(); i++) r[i] = a.get(i);
            for (int i = 0; i < b.size(); i++) r[a.size() + i] = b.get(i);
            return PyTuple.of(r);
        }
        return arith(OperatorTy.Add, v, w);
    }

    private static PyObject bitwise(OperatorTy op, PyObject v, PyObject w) {
        if (!isInt(v) || !isInt(w)) return null;
        BigInteger a = big(v), b = big(w);
        BigInteger r = switch (op) {
            case BitOr -> a.or(b);
            case BitXor -> a.xor(b);
            default -> a.and(b);
        };
        if (v instanceof PyBool && w instanceof PyBool) return PyBool.of(r.signum() != 0);
        return PyInt.of(r);
    }

    private static int bits(BigInteger b) {
        return b.abs().bitLength();
    }

    private static PyObject multiply(PyObject v, PyObject w) {
        if (isInt(v) && isInt(w)) {
            if (big(v).signum() != 0 && big(w).signum() != 0 && bits(big(v)) + bits(big(w)) > MAX_INT_SIZE) return null;
            return PyInt.of(big(v).multiply(big(w)));
        }
        if (isInt(w) && (v instanceof PyTuple || v instanceof PyFrozenSet || v instanceof PyStr || v instanceof PyBytes)) {
            return multiply(w, v);
        }
        if (isInt(v) && (w instanceof PyTuple || w instanceof PyStr || w instanceof PyBytes)) return repeat(big(v), w);
        if (isNumber(v) && isNumber(w)) return arith(OperatorTy.Mult, v, w);
        return null;
    }

    private static PyObject repeat(BigInteger nb, PyObject w) {
        int size = w instanceof PyTuple t ? t.size() : w instanceof PyStr s ? s.length()
                : ((PyBytes) w).toByteArray().length;
        long n = nb.bitLength() > 63 ? (nb.signum() < 0 ? -1 : Long.MAX_VALUE) : nb.longValue();
        if (size != 0) {
            if (w instanceof PyTuple t) {
                if (n < 0 || n > MAX_COLLECTION_SIZE / size) return null;
                if (n != 0 && complexity(t, MAX_TOTAL_ITEMS / n) < 0) return null;
            } else if (n < 0 || n > MAX_STR_SIZE / size) {
                return null;
            }
        }
        int count = (int) Math.max(0, Math.min(n, Integer.MAX_VALUE));
        if (w instanceof PyStr s) return s.repeat(size == 0 ? 0 : count);
        if (w instanceof PyBytes b) {
            byte[] x = b.toByteArray();
            byte[] r = new byte[x.length * (size == 0 ? 0 : count)];
            for (int i = 0; i < r.length; i++) r[i] = x[i % x.length];
            return PyBytes.of(r);
        }
        PyTuple t = (PyTuple) w;
        PyObject[] r = new PyObject[t.size() * (size == 0 ? 0 : count)];
        for (int i = 0; i < r.length; i++) r[i] = t.get(i % t.size());
        return PyTuple.of(r);
    }

    private static long complexity(PyObject o, long limit) {
        if (o instanceof PyTuple t) {
            limit -= t.size();
            for (int i = 0; limit >= 0 && i < t.size(); i++) limit = complexity(t.get(i), limit);
        } else if (o instanceof PyFrozenSet f) {
            List<PyObject> items = FrozenSets.items(f);
            limit -= items.size();
            for (int i = 0; limit >= 0 && i < items.size(); i++) limit = complexity(items.get(i), limit);
        }
        return limit;
    }

    private static PyObject power(PyObject v, PyObject w) {
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v), b = big(w);
            if (a.signum() != 0 && b.signum() > 0) {
                if (b.bitLength() > 63) return null;
                long wbits = b.longValue();
                if (bits(a) > MAX_INT_SIZE / wbits) return null;
            }
            if (b.signum() >= 0) return PyInt.of(a.pow(b.intValueExact()));
            return floatPow(toDouble(a), toDouble(b));
        }
        if (!isNumber(v) || !isNumber(w)) return null;
        if (v instanceof PyComplex || w instanceof PyComplex) return complexPow(toComplex(v), toComplex(w));
        return floatPow(asDouble(v), asDouble(w));
    }

    private static PyObject floatPow(double iv, double iw) {
        if (iw == 0) return PyFloat.of(1.0);
        if (Double.isNaN(iv)) return PyFloat.of(iv);
        if (Double.isNaN(iw)) return PyFloat.of(iv == 1.0 ? 1.0 : iw);
        if (Double.isInfinite(iw) || Double.isInfinite(iv)) return null;
        if (iv == 0.0) {
            if (iw < 0) return null;
            boolean oddInt = Math.floor(iw) == iw && Math.abs(iw % 2) == 1;
            return PyFloat.of(oddInt ? iv : 0.0);
        }
        if (iv < 0 && Math.floor(iw) != iw) return null;
        if (iv == 1.0) return PyFloat.of(1.0);
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r) || r == 0.0) return null;
        return PyFloat.of(r);
    }

    /** complex_pow: repeated multiplication for small integral exponents, else polar form. */
    private static PyObject complexPow(PyComplex a, PyComplex b) {
        PyComplex p;
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            long n = (long) b.real;
            if (n >= 0) {
                p = powu(a, n);
            } else {
                PyObject q = complexDiv(PyComplex.of(1.0, 0.0), powu(a, -n));
                if (q == null) return null;
                p = (PyComplex) q;
            }
        } else if (b.real == 0.0 && b.imag == 0.0) {
            p = PyComplex.of(1.0, 0.0);
        } else if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) return null;
            p = PyComplex.of(0.0, 0.0);
        } else {
            double vabs = Math.hypot(a.real, a.imag);
            double len = Math.pow(vabs, b.real);
            double at = Math.atan2(a.imag, a.real);
            double phase = at * b.real;
            if (b.imag != 0.0) {
                len /= Math.exp(at * b.imag);
                phase += b.imag * Math.log(vabs);
            }
            p = PyComplex.of(len * Math.cos(phase), len * Math.sin(phase));
        }
        if (Double.isInfinite(p.real) || Double.isInfinite(p.imag)) return null;
        return p;
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = PyComplex.of(1.0, 0.0), p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = (PyComplex) complexArith(OperatorTy.Mult, r, p);
            p = (PyComplex) complexArith(OperatorTy.Mult, p, p);
        }
        return r;
    }

    private static PyObject lshift(PyObject v, PyObject w) {
        if (!isInt(v) || !isInt(w)) return null;
        BigInteger a = big(v), b = big(w);
        if (b.signum() < 0) return null;
        if (a.signum() != 0 && b.signum() != 0) {
            if (b.bitLength() > 63) return null;
            long wbits = b.longValue();
            if (wbits > MAX_INT_SIZE || bits(a) > MAX_INT_SIZE - wbits) return null;
        }
        if (a.signum() == 0) return PyInt.of(0);
        return PyInt.of(a.shiftLeft(b.intValueExact()));
    }

    static double toDouble(BigInteger b) {
        double d = b.doubleValue();
        if (Double.isInfinite(d)) throw new ArithmeticException("int too large to convert to float");
        return d;
    }

    private static double asDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : toDouble(big(o));
    }

    /** +, -, *, /, //, % on numbers after the usual promotion. */
    private static PyObject arith(OperatorTy op, PyObject v, PyObject w) {
        if (!isNumber(v) || !isNumber(w)) return null;
        if (v instanceof PyComplex || w instanceof PyComplex) return complexArith(op, v, w);
        if (v instanceof PyFloat || w instanceof PyFloat) return floatArith(op, asDouble(v), asDouble(w));
        BigInteger a = big(v), b = big(w);
        switch (op) {
            case Add: return PyInt.of(a.add(b));
            case Sub: return PyInt.of(a.subtract(b));
            case Mult: return PyInt.of(a.multiply(b));
            case Div: return b.signum() == 0 ? null : PyFloat.of(trueDivide(a, b));
            case FloorDiv: return b.signum() == 0 ? null : PyInt.of(floorDiv(a, b));
            case Mod: return b.signum() == 0 ? null : PyInt.of(a.subtract(floorDiv(a, b).multiply(b)));
            default: return null;
        }
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    private static double trueDivide(BigInteger a, BigInteger b) {
        if (a.bitLength() <= 53 && b.bitLength() <= 53) return a.doubleValue() / b.doubleValue();
        double r = new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(r)) throw new ArithmeticException("integer division result too large for a float");
        return r;
    }

    private static PyObject floatArith(OperatorTy op, double a, double b) {
        switch (op) {
            case Add: return PyFloat.of(a + b);
            case Sub: return PyFloat.of(a - b);
            case Mult: return PyFloat.of(a * b);
            case Div: return b == 0 ? null : PyFloat.of(a / b);
            case FloorDiv: return b == 0 ? null : PyFloat.of(floatDivmod(a, b)[0]);
            case Mod: return b == 0 ? null : PyFloat.of(floatDivmod(a, b)[1]);
            default: return null;
        }
    }

    /** Python's float divmod (float_divmod in floatobject.c). */
    private static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static PyComplex toComplex(PyObject o) {
        if (o instanceof PyComplex c) return c;
        return PyComplex.of(asDouble(o), 0.0);
    }

    private static PyObject complexArith(OperatorTy op, PyObject v, PyObject w) {
        PyComplex a = toComplex(v), b = toComplex(w);
        switch (op) {
            case Add: return PyComplex.of(a.real + b.real, a.imag + b.imag);
            case Sub: return PyComplex.of(a.real - b.real, a.imag - b.imag);
            case Mult: return PyComplex.of(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
            case Div: return complexDiv(a, b);
            default: return null;
        }
    }

    private static PyObject complexDiv(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real), absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0.0) return null;
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return PyComplex.of((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return PyComplex.of((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return PyComplex.of(Double.NaN, Double.NaN);
    }

    /** container[index] for constant containers and integer indexes, or null. */
    static PyObject subscript(PyObject v, PyObject idx) {
        if (!isInt(idx)) return null;
        BigInteger bi = big(idx);
        if (bi.bitLength() > 31) return null;
        int i = bi.intValue();
        if (v instanceof PyTuple t) {
            int n = t.size();
            if (i < 0) i += n;
            return i >= 0 && i < n ? t.get(i) : null;
        }
        if (v instanceof PyStr s) {
            int n = s.length();
            if (i < 0) i += n;
            return i >= 0 && i < n ? Abstract.getItem(s, PyInt.of(i)) : null;
        }
        if (v instanceof PyBytes b) {
            byte[] x = b.toByteArray();
            if (i < 0) i += x.length;
            return i >= 0 && i < x.length ? PyInt.of(x[i] & 0xFF) : null;
        }
        return null;
    }

    /** A key equal for constants Python's set treats as equal (1 == 1.0 == True). */
    static Object hashKey(PyObject o) {
        if (o instanceof PyInt i) return i.bigValue();
        if (o instanceof PyFloat f) {
            if (!Double.isInfinite(f.value) && f.value == Math.rint(f.value)) return new BigDecimal(f.value).toBigInteger();
            return f.value;
        }
        if (o instanceof PyComplex c && c.imag == 0) return hashKey(PyFloat.of(c.real));
        if (o instanceof PyStr s) return s.asString();
        if (o instanceof PyBytes b) return ByteBuffer.wrap(b.toByteArray());
        return ConstantKey.of(o);
    }

    static String repr(PyObject o) {
        if (o instanceof PyStr s) return "'" + s.asString() + "'";
        if (o instanceof PyNone) return "None";
        if (o instanceof PyEllipsis) return "Ellipsis";
        return o.toString();
    }
}
