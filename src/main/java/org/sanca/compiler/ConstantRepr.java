package org.sanca.compiler;

import java.math.BigDecimal;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyEllipsis;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyNone;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * Python's repr() of the constants the compiler handles, for unparsed annotations and messages.
 * CPython: Objects/unicodeobject.c (unicode_repr), bytesobject.c, floatobject.c (float_repr).
 */
final class ConstantRepr {
    private ConstantRepr() {}

    static String repr(PyObject v) {
        if (v instanceof PyStr s) return str(s.asString());
        if (v instanceof PyBool b) return b.toString();
        if (v instanceof PyInt) return v.toString();
        if (v instanceof PyFloat f) return floatRepr(f.value, true);
        if (v instanceof PyComplex c) {
            String im = floatRepr(c.imag, false);
            if (c.real == 0 && 1 / c.real > 0) return im + "j";
            return "(" + floatRepr(c.real, false) + (im.startsWith("-") ? "" : "+") + im + "j)";
        }
        if (v instanceof PyBytes b) return bytes(b.toByteArray());
        if (v instanceof PyNone) return "None";
        if (v instanceof PyEllipsis) return "Ellipsis";
        if (v instanceof PyTuple t) {
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) b.append(i > 0 ? ", " : "").append(repr(t.get(i)));
            return b.append(t.size() == 1 ? ",)" : ")").toString();
        }
        return v.toString();
    }

    static String str(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') b.append('\\').appendCodePoint(cp);
            else if (cp == '\t') b.append("\\t");
            else if (cp == '\n') b.append("\\n");
            else if (cp == '\r') b.append("\\r");
            else if (cp < 0x20 || cp == 0x7f) b.append(String.format("\\x%02x", cp));
            else if (cp < 0x7f || printable(cp)) b.appendCodePoint(cp);
            else if (cp < 0x100) b.append(String.format("\\x%02x", cp));
            else if (cp < 0x10000) b.append(String.format("\\u%04x", cp));
            else b.append(String.format("\\U%08x", cp));
        }
        return b.append(q).toString();
    }

    private static boolean printable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    static String bytes(byte[] bs) {
        boolean sq = false, dq = false;
        for (byte x : bs) {
            sq |= x == '\'';
            dq |= x == '"';
        }
        char q = sq && !dq ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(q);
        for (byte x : bs) {
            int c = x & 0xff;
            if (c == q || c == '\\') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c >= 0x7f) b.append(String.format("\\x%02x", c));
            else b.append((char) c);
        }
        return b.append(q).toString();
    }

    /** The shortest decimal that reads back as d, the closest one when several are that short. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int k = 1; k < 17; k++) {
            BigDecimal r = exact.round(new java.math.MathContext(k, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) return r.stripTrailingZeros();
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros();
    }

    /** float_repr ('r' format); addDot appends ".0" to integral values. */
    static String floatRepr(double d, boolean addDot) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0 ? "-0" : "0") + (addDot ? ".0" : "");
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        String sign = d < 0 ? "-" : "";
        if (decpt <= -4 || decpt > 16) {
            String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            int e = decpt - 1;
            return sign + mant + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
        }
        if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
        if (decpt >= digits.length()) return sign + digits + "0".repeat(decpt - digits.length()) + (addDot ? ".0" : "");
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }
}
