package org.sanca.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.sanca.objects.Abstract;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyByteArray;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;

/**
 * A compiled struct format: its items with their offsets and packers, the total size, and packing and
 * unpacking of values with CPython's per-table semantics and messages (native '@' with x86_64 Linux sizes
 * and alignment; '<' and '=' with the native packers where the sizes agree, as CPython swaps them in on a
 * little-endian machine; '>' and '!').
 * CPython: Modules/_struct.c (prepare_s, native_table, lilendian_table, bigendian_table, s_pack_internal, s_unpack_internal).
 */
final class StructFormat {
    /** How an item is packed. */
    enum Kind { PAD, CHAR, BOOL, SIGNED, UNSIGNED, LONGLONG, POINTER, FLOAT, DOUBLE, HALF, STRING, PASCAL }

    /** One packed item: its kind, format letter, byte offset and size (for s and p, the count). */
    record Code(Kind kind, char fmt, int offset, int size, boolean big, long min, long max, String rangeMessage,
                boolean signed, boolean checkOverflow) {}

    final String format;
    final Code[] codes;
    /** The number of values packed (s and p count once, x not at all) and the size in bytes. */
    final int len;
    final long size;

    private StructFormat(String format, Code[] codes, int len, long size) {
        this.format = format;
        this.codes = codes;
        this.len = len;
        this.size = size;
    }

    private static PyException error(String msg) {
        return PyErr.format(StructModule.ERROR, "%s", msg);
    }

    /** prepare_s: parses a format (ASCII) into its codes. */
    static StructFormat compile(String format) {
        int i = 0;
        char mode = '@';
        if (!format.isEmpty() && "@=<>!".indexOf(format.charAt(0)) >= 0) {
            mode = format.charAt(0);
            i = 1;
        }
        List<Code> codes = new ArrayList<>();
        long size = 0;
        int len = 0;
        while (i < format.length()) {
            char c = format.charAt(i++);
            if (Character.isWhitespace(c)) continue;
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (i < format.length() && (c = format.charAt(i++)) >= '0' && c <= '9') {
                    if (num > (Long.MAX_VALUE - (c - '0')) / 10) throw error("total struct size too long");
                    num = num * 10 + (c - '0');
                }
                if (c >= '0' && c <= '9') throw error("repeat count given without format specifier");
            }
            int itemSize = itemSize(mode, c);
            if (mode == '@' && itemSize > 1 && size > 0) size += (itemSize - 1) - (size - 1) % itemSize;
            if (num > (Long.MAX_VALUE - size) / itemSize) throw error("total struct size too long");
            if (c == 's' || c == 'p') {
                codes.add(code(mode, c, (int) size, (int) num));
                len++;
            } else if (c != 'x') {
                for (int k = 0; k < num; k++) codes.add(code(mode, c, (int) (size + k * itemSize), itemSize));
                len += (int) num;
            }
            size += num * itemSize;
        }
        return new StructFormat(format, codes.toArray(new Code[0]), len, size);
    }

    /** The size of one item of c in the mode's table, or "bad char in struct format". */
    private static int itemSize(char mode, char c) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p': return 1;
            case 'h', 'H', 'e': return 2;
            case 'i', 'I', 'f': return 4;
            case 'q', 'Q', 'd': return 8;
            case 'l', 'L': return mode == '@' ? 8 : 4;
            case 'n', 'N', 'P':
                if (mode == '@') return 8;
                break;
            default:
                break;
        }
        throw error("bad char in struct format");
    }

    private static Code code(char mode, char c, int offset, int size) {
        boolean big = mode == '>' || mode == '!';
        return switch (c) {
            case 'c' -> simple(Kind.CHAR, c, offset, 1, big);
            case '?' -> simple(Kind.BOOL, c, offset, 1, big);
            case 's' -> simple(Kind.STRING, c, offset, size, big);
            case 'p' -> simple(Kind.PASCAL, c, offset, size, big);
            case 'P' -> simple(Kind.POINTER, c, offset, 8, big);
            case 'e' -> simple(Kind.HALF, c, offset, 2, big);
            case 'd' -> simple(Kind.DOUBLE, c, offset, 8, big);
            case 'f' -> new Code(Kind.FLOAT, c, offset, 4, big, 0, 0, null, true, mode != '@');
            case 'b' -> ranged(c, offset, 1, big, -128, 127, "byte format requires -128 <= number <= 127");
            case 'B' -> ranged(c, offset, 1, big, 0, 255, "ubyte format requires 0 <= number <= 255");
            default -> integer(c, offset, size, big);
        };
    }

    private static Code simple(Kind kind, char c, int offset, int size, boolean big) {
        return new Code(kind, c, offset, size, big, 0, 0, null, false, false);
    }

    private static Code ranged(char c, int offset, int size, boolean big, long min, long max, String msg) {
        return new Code(Kind.SIGNED, c, offset, size, big, min, max, msg, min < 0, false);
    }

    /**
     * h H i I l L q Q n N: the native packers (np_*, also '<' and '=' where the sizes agree), or the standard ones
     * (lp_int, bp_uint, bp_longlong ...).
     */
    private static Code integer(char c, int offset, int size, boolean big) {
        boolean signed = Character.isLowerCase(c);
        if (!big && c == 'h') {
            return ranged(c, offset, 2, big, -32768, 32767, "short format requires -32768 <= number <= 32767");
        }
        if (!big && c == 'H') {
            return new Code(Kind.SIGNED, c, offset, 2, big, 0, 65535, "ushort format requires 0 <= number <= 65535",
                false, false);
        }
        if (size == 8 && big) return new Code(Kind.LONGLONG, c, offset, 8, true, 0, 0, null, signed, false);
        long bits = size * 8L;
        if (signed) {
            long max = size == 8 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
            return ranged(c, offset, size, big, ~max, max, rangeMessage(c, ~max, max));
        }
        long max = size == 8 ? -1 : (1L << bits) - 1;
        return new Code(Kind.UNSIGNED, c, offset, size, big, 0, max, rangeMessage(c, 0, max), false, false);
    }

    private static String rangeMessage(char c, long min, long max) {
        return "'" + c + "' format requires " + min + " <= number <= " + Long.toUnsignedString(max);
    }

    // ---- packing ----

    /** s_pack_internal: packs args[o..o+len) into buf at off (already zeroed where padding falls). */
    void pack(byte[] buf, int off, PyObject[] args, int o) {
        for (int i = 0; i < codes.length; i++) {
            PyObject v = args[o + i];
            Code c = codes[i];
            try {
                packOne(c, buf, off + c.offset, v);
            } catch (PyException e) {
                if (v instanceof PyInt && e.matches(PyExc.OverflowError)) throw error("int too large to convert");
                throw e;
            }
        }
    }

    private static void packOne(Code c, byte[] buf, int at, PyObject v) {
        switch (c.kind) {
            case CHAR -> {
                if (!(v instanceof PyBytes) || PyBytes.fromObject(v).length != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                buf[at] = PyBytes.fromObject(v)[0];
            }
            case BOOL -> buf[at] = (byte) (Abstract.isTrue(v) ? 1 : 0);
            case SIGNED -> {
                long x = getLong(v);
                if (x < c.min || x > c.max) throw error(c.rangeMessage);
                putInt(buf, at, c.size, c.big, x);
            }
            case UNSIGNED -> {
                long x = getUnsigned(v);
                if (c.max != -1 && Long.compareUnsigned(x, c.max) > 0) throw error(c.rangeMessage);
                putInt(buf, at, c.size, c.big, x);
            }
            case LONGLONG -> putInt(buf, at, 8, true, asByteArray(integer(v), c.signed));
            case POINTER -> putInt(buf, at, 8, false, voidPtr(integer(v)));
            case FLOAT -> putInt(buf, at, 4, c.big, Float.floatToRawIntBits(toFloat(getDouble(v), c.checkOverflow)));
            case DOUBLE -> putInt(buf, at, 8, c.big, Double.doubleToRawLongBits(getDouble(v)));
            case HALF -> putInt(buf, at, 2, c.big, packHalf(getDouble(v)));
            case STRING, PASCAL -> packString(c, buf, at, v);
            case PAD -> { }
        }
    }

    private static void packString(Code c, byte[] buf, int at, PyObject v) {
        if (!(v instanceof PyBytes) && !(v instanceof PyByteArray)) {
            throw error("argument for '" + c.fmt + "' must be a bytes object");
        }
        byte[] b = PyBytes.fromObject(v);
        if (c.kind == Kind.STRING) {
            System.arraycopy(b, 0, buf, at, Math.min(b.length, c.size));
            return;
        }
        int n = Math.min(b.length, c.size - 1);
        if (n > 0) System.arraycopy(b, 0, buf, at + 1, n);
        if (c.size > 0) buf[at] = (byte) Math.min(n, 255);
    }

    private static void putInt(byte[] buf, int at, int size, boolean big, long x) {
        for (int k = 0; k < size; k++) buf[at + (big ? size - 1 - k : k)] = (byte) (x >>> (8 * k));
    }

    /** get_pylong: an int, or an object with __index__, else "required argument is not an integer". */
    private static PyInt integer(PyObject v) {
        if (v instanceof PyInt i) return i;
        if (!PyNumber.isIndex(v)) throw error("required argument is not an integer");
        return PyNumber.index(v);
    }

    /** get_long: a C long, "argument out of range" past it. */
    private static long getLong(PyObject v) {
        PyInt i = integer(v);
        if (!i.fitsLong()) throw error("argument out of range");
        return i.longValue();
    }

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** get_ulong: a C unsigned long, "argument out of range" when negative or past 2**64 - 1. */
    private static long getUnsigned(PyObject v) {
        PyInt i = integer(v);
        if (i.fitsLong() && i.longValue() >= 0) return i.longValue();
        BigInteger b = i.bigValue();
        if (b.signum() < 0 || b.bitLength() > 64) throw error("argument out of range");
        return b.longValue();
    }

    /** _PyLong_AsByteArray over 8 bytes: an OverflowError (so "int too large to convert") when it does not fit. */
    private static long asByteArray(PyInt i, boolean signed) {
        BigInteger b = i.bigValue();
        boolean fits = signed ? b.bitLength() <= 63 : b.signum() >= 0 && b.bitLength() <= 64;
        if (!fits) throw error("int too large to convert");
        return b.longValue();
    }

    /** PyLong_AsVoidPtr: anything in [-2**63, 2**64). */
    private static long voidPtr(PyInt i) {
        BigInteger b = i.bigValue();
        if (b.compareTo(TWO_64) >= 0 || b.bitLength() > 63 && b.signum() < 0) throw error("int too large to convert");
        return b.longValue();
    }

    private static double getDouble(PyObject v) {
        try {
            return PyNumber.asDouble(v);
        } catch (PyException e) {
            throw error("required argument is not a float");
        }
    }

    private static float toFloat(double x, boolean check) {
        float y = (float) x;
        if (check && Float.isInfinite(y) && !Double.isInfinite(x)) {
            throw PyErr.format(PyExc.OverflowError, "float too large to pack with f format");
        }
        return y;
    }

    /** PyFloat_Pack2: the IEEE half nearest x (ties to even), OverflowError past 65504 rounded. */
    static int packHalf(double x) {
        int sign = (Double.doubleToRawLongBits(x) >>> 63) == 1 ? 0x8000 : 0;
        double a = Math.abs(x);
        if (Double.isNaN(x)) return sign | 0x7e00;
        if (Double.isInfinite(x)) return sign | 0x7c00;
        if (a < 0x1p-14) return sign | (int) Math.rint(a * 0x1p24);
        int e = Math.getExponent(a);
        int m = (int) Math.rint((Math.scalb(a, -e) - 1) * 1024);
        if (m == 1024) {
            m = 0;
            e++;
        }
        if (e > 15) throw PyErr.format(PyExc.OverflowError, "float too large to pack with e format");
        return sign | (e + 15) << 10 | m;
    }

    /** PyFloat_Unpack2. */
    static double unpackHalf(int bits) {
        double sign = (bits & 0x8000) != 0 ? -1 : 1;
        int e = (bits >> 10) & 0x1f, m = bits & 0x3ff;
        if (e == 0x1f) return m == 0 ? sign * Double.POSITIVE_INFINITY : Math.copySign(Double.NaN, sign);
        if (e == 0) return sign * Math.scalb((double) m, -24);
        return sign * Math.scalb(1 + m / 1024.0, e - 15);
    }

    // ---- unpacking ----

    /** s_unpack_internal: the values of the items in buf from off. */
    PyObject[] unpack(byte[] buf, int off) {
        PyObject[] out = new PyObject[codes.length];
        for (int i = 0; i < codes.length; i++) out[i] = unpackOne(codes[i], buf, off + codes[i].offset);
        return out;
    }

    private static PyObject unpackOne(Code c, byte[] buf, int at) {
        return switch (c.kind) {
            case CHAR -> PyBytes.of(new byte[] {buf[at]});
            case BOOL -> PyBool.of(buf[at] != 0);
            case SIGNED, UNSIGNED, LONGLONG, POINTER -> integerAt(c, buf, at);
            case FLOAT -> PyFloat.of(Float.intBitsToFloat((int) getInt(buf, at, 4, c.big)));
            case DOUBLE -> PyFloat.of(Double.longBitsToDouble(getInt(buf, at, 8, c.big)));
            case HALF -> PyFloat.of(unpackHalf((int) getInt(buf, at, 2, c.big)));
            case STRING -> PyBytes.of(java.util.Arrays.copyOfRange(buf, at, at + c.size));
            case PASCAL -> {
                int n = buf[at] & 0xff;
                if (n >= c.size) n = c.size - 1;
                yield PyBytes.of(java.util.Arrays.copyOfRange(buf, at + 1, at + 1 + Math.max(n, 0)));
            }
            case PAD -> throw new IllegalStateException("pad byte unpacked");
        };
    }

    private static PyObject integerAt(Code c, byte[] buf, int at) {
        long x = getInt(buf, at, c.size, c.big);
        boolean signed = c.kind == Kind.SIGNED ? c.min < 0 : c.kind == Kind.LONGLONG && c.signed;
        if (signed) {
            int shift = 64 - 8 * c.size;
            return PyInt.of((x << shift) >> shift);
        }
        if (x >= 0) return PyInt.of(x);
        return PyInt.of(BigInteger.valueOf(x).add(TWO_64));
    }

    private static long getInt(byte[] buf, int at, int size, boolean big) {
        long x = 0;
        for (int k = 0; k < size; k++) x |= (buf[at + (big ? size - 1 - k : k)] & 0xffL) << (8 * k);
        return x;
    }
}
