package org.sanca.parser;

import java.math.BigDecimal;
import java.util.List;

import org.sanca.ast.Located;
import org.sanca.ast.Node;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyEllipsis;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyNone;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * Prints an AST exactly as /work/shared/tools/astdump.py prints CPython's: one node or
 * value per line, positions after '@', constants by Python's repr.
 * CPython: Lib/ast.py (dump), Objects/unicodeobject.c (unicode_repr), Python/pystrtod.c (float repr).
 */
public final class AstDump {
    private AstDump() {}

    /** The dump of a tree, lines joined with '\n' (no trailing newline). */
    public static String dump(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, 0, out);
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void dump(Object node, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent);
        if (node instanceof Enum<?> e) {
            out.append(pad).append(e.name()).append('\n');
            return;
        }
        Node n = (Node) node;
        out.append(pad).append(n.pyName());
        if (n instanceof Located l) {
            out.append(" @").append(l.lineno()).append(',').append(l.col_offset()).append(',')
                .append(l.end_lineno()).append(',').append(l.end_col_offset());
        }
        out.append('\n');
        String[] fields = n.fields();
        for (int i = 0; i < fields.length; i++) {
            Object v = n.getField(i);
            if (v instanceof List<?> list) {
                out.append(pad).append("  .").append(fields[i]).append(" [").append(list.size()).append("]\n");
                for (Object item : list) {
                    if (item instanceof Node || item instanceof Enum<?>) {
                        dump(item, indent + 2, out);
                    } else {
                        out.append(pad).append("    ").append(repr(item)).append('\n');
                    }
                }
            } else if (v instanceof Node || v instanceof Enum<?>) {
                out.append(pad).append("  .").append(fields[i]).append('\n');
                dump(v, indent + 2, out);
            } else {
                out.append(pad).append("  .").append(fields[i]).append(" = ").append(repr(v)).append('\n');
            }
        }
    }

    /** Python's repr of a field value: None, an int, an identifier or a constant. */
    public static String repr(Object v) {
        if (v == null || v instanceof PyNone) {
            return "None";
        }
        if (v instanceof Integer i) {
            return i.toString();
        }
        if (v instanceof String s) {
            return strRepr(s);
        }
        if (v instanceof PyEllipsis) {
            return "Ellipsis";
        }
        if (v instanceof PyBool b) {
            return b.toString();
        }
        if (v instanceof PyInt i) {
            return i.bigValue().toString();
        }
        if (v instanceof PyFloat f) {
            return floatRepr(f.value, true);
        }
        if (v instanceof PyComplex c) {
            return complexRepr(c.real, c.imag);
        }
        if (v instanceof PyStr s) {
            return strRepr(s.asString());
        }
        if (v instanceof PyBytes b) {
            return bytesRepr(b.toByteArray());
        }
        return String.valueOf((PyObject) v);
    }

    /** unicode_repr. */
    public static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        }
        return b.append(quote).toString();
    }

    /** Py_UNICODE_ISPRINTABLE, from CPython 3.11's Unicode database (as the tokenizer has it). */
    private static boolean isPrintable(int c) {
        return TokenizerNames.isPrintable(c);
    }

    /** bytes_repr. */
    public static String bytesRepr(byte[] bytes) {
        boolean sq = false, dq = false;
        for (byte x : bytes) {
            sq |= x == '\'';
            dq |= x == '"';
        }
        char quote = sq && !dq ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(quote);
        for (byte x : bytes) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.append(quote).toString();
    }

    /** float_repr (addDot0) or the imaginary part of complex_repr (no ".0"): the shortest round-trip digits. */
    public static String floatRepr(double d, boolean addDot0) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        double a = Math.abs(d);
        if (a == 0) {
            return sign + (addDot0 ? "0.0" : "0");
        }
        BigDecimal bd = shortest(a);
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        StringBuilder b = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            b.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                b.append('0');
            }
            b.append(ae);
        } else if (decpt <= 0) {
            b.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            b.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDot0) {
                b.append(".0");
            }
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return b.toString();
    }

    /** The shortest decimal that reads back as a (Double.toString keeps two digits for subnormals). */
    private static BigDecimal shortest(double a) {
        BigDecimal full = new BigDecimal(Double.toString(a)).stripTrailingZeros();
        for (int n = 1; n < full.precision(); n++) {
            BigDecimal r = full.round(new java.math.MathContext(n, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == a) {
                return r.stripTrailingZeros();
            }
        }
        return full;
    }

    /** complex_repr. */
    public static String complexRepr(double re, double im) {
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
            return floatRepr(im, false) + "j";
        }
        String imag = floatRepr(im, false);
        String sign = imag.startsWith("-") ? "" : "+";
        return "(" + floatRepr(re, false) + sign + imag + "j)";
    }
}
