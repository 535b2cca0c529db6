package org.sanca.objects;

/**
 * The format-spec mini-language ([[fill]align][sign][z][#][0][width][grouping][.precision][type]) for str,
 * int and float.
 * CPython: Python/formatter_unicode.c (parse_internal_render_format_spec, format_long_internal, ...).
 */
final class FormatSpec {
    int fill = ' ';
    char align = 0;
    char sign = 0;
    boolean alt, zero, noNegZero;
    int width = -1;
    char grouping = 0;
    int precision = -1;
    char type = 0;
    /** The type's code point (type holds only a BMP one). */
    int typeCode = 0;

    /**
     * parse_internal_render_format_spec: the spec's fields, with defaultType standing for an absent type
     * in the separator checks, and typeName in the error for trailing characters.
     */
    static FormatSpec parse(String s, char defaultAlign, char defaultType, String typeName) {
        FormatSpec f = new FormatSpec();
        int i = 0, n = s.length();
        boolean fillSpecified = false;
        if (n >= 2 && s.offsetByCodePoints(0, 1) < n && "<>=^".indexOf(s.charAt(s.offsetByCodePoints(0, 1))) >= 0) {
            f.fill = s.codePointAt(0);
            i = s.offsetByCodePoints(0, 1);
            f.align = s.charAt(i++);
            fillSpecified = true;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            f.align = s.charAt(i++);
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) f.sign = s.charAt(i++);
        if (i < n && s.charAt(i) == 'z') {
            f.noNegZero = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            f.alt = true;
            i++;
        }
        if (!fillSpecified && i < n && s.charAt(i) == '0') {
            f.zero = true;
            f.fill = '0';
            if (f.align == 0 && defaultAlign == '>') f.align = '=';
            i++;
        }
        int st = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        if (i > st) f.width = digits(s.substring(st, i));
        i = f.parseGrouping(s, i);
        if (i < n && s.charAt(i) == '.') {
            i++;
            st = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
            if (i == st) throw PyErr.format(PyExc.ValueError, "Format specifier missing precision");
            f.precision = digits(s.substring(st, i));
        }
        if (s.codePointCount(i, n) > 1)
            throw PyErr.format(PyExc.ValueError, "Invalid format specifier '%s' for object of type '%.200s'", s, typeName);
        if (i < n) {
            f.typeCode = s.codePointAt(i);
            f.type = f.typeCode > 0xffff ? '\uffff' : (char) f.typeCode;
        }
        f.checkGrouping(f.type == 0 ? defaultType : f.type);
        if (f.align == 0) f.align = defaultAlign;
        return f;
    }

    /** unknown_presentation_type: printable ASCII codes as themselves, others as '\\x..'. */
    PyException unknownCode(String typeName) {
        String code = typeCode > 32 && typeCode < 128 ? String.valueOf((char) typeCode)
                : "\\x" + Integer.toHexString(typeCode);
        return PyErr.format(PyExc.ValueError, "Unknown format code '%s' for object of type '%.200s'", code, typeName);
    }

    private int parseGrouping(String s, int i) {
        int n = s.length();
        if (i < n && s.charAt(i) == ',') {
            grouping = ',';
            i++;
        }
        if (i < n && s.charAt(i) == '_') {
            if (grouping != 0) throw PyErr.format(PyExc.ValueError, "Cannot specify both ',' and '_'.");
            grouping = '_';
            i++;
        }
        if (i < n && s.charAt(i) == ',' && grouping == '_')
            throw PyErr.format(PyExc.ValueError, "Cannot specify both ',' and '_'.");
        return i;
    }

    /** Separators go with d, e, f, g, E, G, %, F and no type; '_' also with b, o, x and X. */
    private void checkGrouping(char t) {
        if (grouping == 0 || "defgEG%F".indexOf(t) >= 0 || t == 0) return;
        if (grouping == '_' && "boxX".indexOf(t) >= 0) return;
        if (t > 32 && t < 128) throw PyErr.format(PyExc.ValueError, "Cannot specify '%c' with '%c'.", (int) grouping, (int) t);
        throw PyErr.format(PyExc.ValueError, "Cannot specify '%c' with '\\x%x'.", (int) grouping, (int) t);
    }

    /** A width or precision, with CPython's error when it does not fit. */
    static int digits(String d) {
        if (d.length() > 9) throw PyErr.format(PyExc.ValueError, "Too many decimal digits in format string");
        return Integer.parseInt(d);
    }

    /** Pads body (with sign/prefix already split off) to the width. */
    String pad(String prefix, String body) {
        int len = prefix.codePointCount(0, prefix.length()) + body.codePointCount(0, body.length());
        if (width <= len) return prefix + body;
        int padn = width - len;
        String f = new String(Character.toChars(fill));
        return switch (align) {
            case '<' -> prefix + body + f.repeat(padn);
            case '^' -> f.repeat(padn / 2) + prefix + body + f.repeat(padn - padn / 2);
            case '=' -> prefix + f.repeat(padn) + body;
            default -> f.repeat(padn) + prefix + body;
        };
    }

    static String group(String digits, char sep, int every) {
        if (sep == 0) return digits;
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** Groups digits, first padding them with zeros until the grouped text is at least target long. */
    static String groupPadded(String digits, char sep, int every, int target) {
        String g = group(digits, sep, every);
        while (g.length() < target) {
            digits = "0" + digits;
            g = group(digits, sep, every);
        }
        return g;
    }

    /** Whether the spec asks for zero padding of a grouped number ("=" alignment with fill 0). */
    boolean zeroGrouped() {
        return grouping != 0 && align == '=' && fill == '0' && width > 0;
    }

    static PyStr formatStr(PyStr s, PyStr specObj) {
        String spec = specObj.value;
        if (spec.isEmpty()) return s.getClass() == PyStr.class ? s : Abstract.str(s);
        FormatSpec f = parse(spec, '<', 's', "str");
        if (f.type != 0 && f.type != 's')
            throw f.unknownCode("str");
        if (f.sign == ' ') throw PyErr.format(PyExc.ValueError, "Space not allowed in string format specifier");
        if (f.sign != 0) throw PyErr.format(PyExc.ValueError, "Sign not allowed in string format specifier");
        if (f.noNegZero)
            throw PyErr.format(PyExc.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        if (f.alt) throw PyErr.format(PyExc.ValueError, "Alternate form (#) not allowed in string format specifier");
        if (f.align == '=') throw PyErr.format(PyExc.ValueError, "'=' alignment not allowed in string format specifier");
        String v = s.value;
        if (f.precision >= 0 && s.length() > f.precision) v = s.substring(0, f.precision);
        return PyStr.of(f.pad("", v));
    }

    static PyStr formatInt(PyInt i, PyStr specObj) {
        String spec = specObj.value;
        if (spec.isEmpty()) return i.getClass() == PyInt.class ? PyStr.of(IntOps.toDecimal(i)) : Abstract.str(i);
        FormatSpec f = parse(spec, '>', 'd', i.type().getName());
        char t = f.type == 0 ? 'd' : f.type;
        if ("eEfFgG%".indexOf(t) >= 0) return formatFloat(IntOps.toDouble(i), specObj);
        if ("bcdoxXn".indexOf(t) < 0)
            throw PyErr.format(PyExc.ValueError, "Unknown format code '%c' for object of type '%.200s'", (int) t,
                    i.type().getName());
        if (f.precision >= 0) throw PyErr.format(PyExc.ValueError, "Precision not allowed in integer format specifier");
        if (f.noNegZero)
            throw PyErr.format(PyExc.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        java.math.BigInteger v = i.bigValue();
        boolean neg = v.signum() < 0;
        v = v.abs();
        String digits, prefix = "";
        int every = 3;
        switch (t) {
            case 'd', 'n' -> digits = IntOps.toDecimal(PyInt.of(v));
            case 'b' -> { digits = v.toString(2); prefix = f.alt ? "0b" : ""; every = 4; }
            case 'o' -> { digits = v.toString(8); prefix = f.alt ? "0o" : ""; every = 4; }
            case 'x' -> { digits = v.toString(16); prefix = f.alt ? "0x" : ""; every = 4; }
            case 'X' -> { digits = v.toString(16).toUpperCase(java.util.Locale.ROOT); prefix = f.alt ? "0X" : ""; every = 4; }
            case 'c' -> {
                if (f.sign != 0) throw PyErr.format(PyExc.ValueError, "Sign not allowed with integer format specifier 'c'");
                if (f.alt)
                    throw PyErr.format(PyExc.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
                if (!i.fitsLong()) throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C long");
                if (i.longValue() < 0 || i.longValue() > 0x10ffff)
                    throw PyErr.format(PyExc.OverflowError, "%%c arg not in range(0x110000)");
                return PyStr.of(f.pad("", new String(Character.toChars((int) i.longValue()))));
            }
            default -> throw PyErr.format(PyExc.ValueError, "Unknown format code '%c' for object of type '%.200s'", (int) t,
                    i.type().getName());
        }
        String signStr = neg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        if (f.zeroGrouped())
            return PyStr.of(signStr + prefix + groupPadded(digits, f.grouping, every, f.width - signStr.length() - prefix.length()));
        return PyStr.of(f.pad(signStr + prefix, group(digits, f.grouping, every)));
    }

    static PyStr formatFloat(double v, PyStr specObj) {
        String spec = specObj.value;
        if (spec.isEmpty()) return PyStr.of(FloatFormat.repr(v));
        FormatSpec f = parse(spec, '>', (char) 0, "float");
        if ("eEfFgGn%".indexOf(f.type) < 0 && f.type != 0)
            throw PyErr.format(PyExc.ValueError, "Unknown format code '%c' for object of type 'float'", (int) f.type);
        boolean neg = Double.doubleToRawLongBits(v) < 0 && !Double.isNaN(v);
        String body = FloatFormat.format(v, f.type, f.precision, f.alt);
        if (f.noNegZero && neg && isZero(body)) neg = false;
        String signStr = neg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        int end = intDigits(body);
        if (f.grouping != 0 && end > 0 && f.zeroGrouped()) {
            String rest = body.substring(end);
            return PyStr.of(signStr + groupPadded(body.substring(0, end), f.grouping, 3, f.width - signStr.length() - rest.length())
                    + rest);
        }
        return PyStr.of(f.pad(signStr, grouped(body, f.grouping)));
    }

    /** How many digits a formatted float's integer part has. */
    private static int intDigits(String body) {
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) end++;
        return end;
    }

    /** A formatted float with its integer part's digits grouped by sep in threes (no grouping when sep is 0). */
    private static String grouped(String body, char sep) {
        int end = intDigits(body);
        return sep == 0 || end == 0 ? body : group(body.substring(0, end), sep, 3) + body.substring(end);
    }

    /** Whether a formatted float's digits are all zero (for z: "-0.00" loses its sign). */
    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'n' || c == 'N') return false;
            if (c == 'e' || c == 'E') return true;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }

    /** complex.__format__: both parts with the float presentation; parentheses when no type is given. */
    static PyStr formatComplex(PyComplex z, PyStr specObj) {
        String spec = specObj.asString();
        if (spec.isEmpty()) return Abstract.str(z);
        FormatSpec f = parse(spec, '>', (char) 0, "complex");
        if (f.fill == '0')
            throw PyErr.format(PyExc.ValueError, "Zero padding is not allowed in complex format specifier");
        if (f.align == '=')
            throw PyErr.format(PyExc.ValueError, "'=' alignment flag is not allowed in complex format specifier");
        if ("eEfFgGn".indexOf(f.type) < 0 && f.type != 0)
            throw PyErr.format(PyExc.ValueError, "Unknown format code '%c' for object of type 'complex'", (int) f.type);
        boolean noType = f.type == 0;
        boolean skipRe = noType && z.real == 0 && Math.copySign(1, z.real) > 0;
        String re = part(z.real, f, noType), im = part(z.imag, f, noType);
        boolean reNeg = Double.doubleToRawLongBits(z.real) < 0 && !Double.isNaN(z.real) && !(f.noNegZero && isZero(re));
        boolean imNeg = Double.doubleToRawLongBits(z.imag) < 0 && !Double.isNaN(z.imag) && !(f.noNegZero && isZero(im));
        String reSign = reNeg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        StringBuilder sb = new StringBuilder();
        if (noType) sb.append('(');
        if (!skipRe) sb.append(reSign).append(re);
        sb.append(imNeg ? "-" : skipRe ? (f.sign == '+' ? "+" : f.sign == ' ' ? " " : "") : "+").append(im).append('j');
        if (noType) sb.append(')');
        String body = sb.toString();
        if (skipRe && noType) body = body.substring(1, body.length() - 1);
        return PyStr.of(f.pad("", body));
    }

    private static String part(double v, FormatSpec f, boolean noType) {
        String s = noType ? (f.precision < 0 ? FloatFormat.repr(Math.abs(v)) : FloatFormat.format(v, 'g', f.precision, f.alt))
                : FloatFormat.format(v, f.type, f.precision, f.alt);
        return grouped(noType && s.endsWith(".0") ? s.substring(0, s.length() - 2) : s, f.grouping);
    }
}
