package org.sanca.objects;

/**
 * printf-style formatting: str % args and bytes % args.
 * CPython: Objects/unicodeobject.c (PyUnicode_Format) and Objects/bytesobject.c (_PyBytes_FormatEx).
 */
final class PercentFormat {
    private PercentFormat() {}

    static PyObject formatStr(String fmt, PyObject args) {
        return PyStr.of(format(fmt, args, false));
    }

    /** The value of a '*' width or precision: an int that fits a C int. */
    private static int starArg(PyObject v) {
        if (!(v instanceof PyInt i)) throw PyErr.format(PyExc.TypeError, "* wants int");
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < -Integer.MAX_VALUE)
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
        return (int) i.longValue();
    }

    static PyObject formatBytes(byte[] fmt, PyObject args) {
        String s = format(new String(fmt, java.nio.charset.StandardCharsets.ISO_8859_1), args, true);
        return PyBytes.of(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static String format(String fmt, PyObject args, boolean bytes) {
        PyObject[] items;
        boolean tuple = args instanceof PyTuple;
        items = tuple ? ((PyTuple) args).items : new PyObject[] {args};
        boolean notMapping = args instanceof PyStr || bytes && (args instanceof PyBytes || args instanceof PyByteArray);
        PyObject dict = !tuple && args.type().mp_subscript != null && !notMapping ? args : null;
        int ai = 0;
        boolean dictFresh = true;
        StringBuilder out = new StringBuilder();
        int i = 0, n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) throw PyErr.format(PyExc.ValueError, "incomplete format");
            if (fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            PyObject value = null;
            PyObject[] from = items;
            int fi = ai;
            boolean keyed = false;
            if (fmt.charAt(i) == '(') {
                if (dict == null) throw PyErr.format(PyExc.TypeError, "format requires a mapping");
                int depth = 1, j = ++i;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '(') depth++;
                    else if (fmt.charAt(j) == ')') depth--;
                    j++;
                }
                if (depth > 0) throw PyErr.format(PyExc.ValueError, "incomplete format key");
                String key = fmt.substring(i, j - 1);
                // the looked-up value is the only argument '*' and the conversion may take
                from = new PyObject[] {Abstract.getItem(dict, bytes
                        ? PyBytes.of(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(key))};
                fi = 0;
                keyed = true;
                i = j;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) flags.append(fmt.charAt(i++));
            int width = -1, prec = -1;
            if (i < n && fmt.charAt(i) == '*') {
                width = starArg(next(from, fi++, tuple));
                if (width < 0) {
                    flags.append('-');
                    width = -width;
                }
                i++;
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > st) width = FormatSpec.digits(fmt.substring(st, i));
            }
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    prec = Math.max(0, starArg(next(from, fi++, tuple)));
                    i++;
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    prec = i > st ? FormatSpec.digits(fmt.substring(st, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) i++;
            if (i >= n) throw PyErr.format(PyExc.ValueError, "incomplete format");
            char conv = fmt.charAt(i++);
            if (keyed) {
                value = next(from, fi, true);
            } else if (dict != null && fi == ai) {
                // the mapping itself serves one unkeyed spec, and only before any other spec
                if (!dictFresh) throw PyErr.format(PyExc.TypeError, "not enough arguments for format string");
                value = args;
            } else {
                value = next(from, fi++, tuple);
                ai = fi;
            }
            dictFresh = false;
            if ((bytes ? "sbraidouxXeEfFgGc" : "sraidouxXeEfFgGc").indexOf(conv) < 0) throw unsupported(fmt, i - 1);
            out.append(convert(conv, value, flags.toString(), width, prec, bytes, i - 1));
        }
        if (dict == null && ai < items.length)
            throw PyErr.format(PyExc.TypeError, bytes ? "not all arguments converted during bytes formatting"
                    : "not all arguments converted during string formatting");
        return out.toString();
    }

    /** %b and %s of bytes formatting: a buffer or __bytes__, as latin-1 text. */
    private static String bytesArg(PyObject v) {
        byte[] b;
        if (v instanceof PyBytes || v instanceof PyByteArray || v instanceof PyMemoryView) {
            b = PyBytes.fromObject(v);
        } else {
            PyObject m = Abstract.lookupSpecial(v, PyStr.of("__bytes__"));
            if (m == null) throw PyErr.format(PyExc.TypeError,
                    "%%b requires a bytes-like object, or an object that implements __bytes__, not '%.100s'",
                    PyErr.typeName(v));
            PyObject r = Abstract.call(m);
            if (!(r instanceof PyBytes rb))
                throw PyErr.format(PyExc.TypeError, "__bytes__ returned non-bytes (type %.200s)", PyErr.typeName(r));
            b = rb.value;
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** %c of bytes formatting: an int in range(256) or a single byte, as a latin-1 char. */
    private static String byteChar(PyObject v) {
        if (!(v instanceof PyBytes || v instanceof PyByteArray) && PyNumber.isIndex(v)) {
            PyInt ci = PyNumber.index(v);
            if (!ci.fitsLong() || ci.longValue() < 0 || ci.longValue() > 255)
                throw PyErr.format(PyExc.OverflowError, "%%c arg not in range(256)");
            return String.valueOf((char) ci.longValue());
        }
        if ((v instanceof PyBytes || v instanceof PyByteArray) && PyBytes.fromObject(v).length == 1)
            return String.valueOf((char) (PyBytes.fromObject(v)[0] & 0xff));
        throw PyErr.format(PyExc.TypeError, "%%c requires an integer in range(256) or a single byte");
    }

    /** "unsupported format character '?' (0x1f600) at index 1": the code point and its index. */
    private static PyException unsupported(String fmt, int at) {
        int c = fmt.codePointAt(at);
        return PyErr.format(PyExc.ValueError, "unsupported format character '%c' (0x%x) at index %d",
                c >= 31 && c <= 126 ? c : '?', c, fmt.codePointCount(0, at));
    }

    private static PyObject next(PyObject[] items, int i, boolean tuple) {
        if (i >= items.length) throw PyErr.format(PyExc.TypeError, "not enough arguments for format string");
        return items[i];
    }

    private static String convert(char conv, PyObject v, String flags, int width, int prec, boolean bytes, int pos) {
        String body;
        String sign = "";
        switch (conv) {
            case 's' -> body = bytes ? bytesArg(v) : Abstract.str(v).value;
            case 'b' -> {
                if (!bytes) throw PyErr.format(PyExc.ValueError, "unsupported format character '%c' (0x%x) at index %d",
                        (int) conv, (int) conv, pos);
                body = bytesArg(v);
            }
            case 'r', 'a' -> body = conv == 'r' && !bytes ? Abstract.repr(v).value : Abstract.ascii(v).value;
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                PyInt iv;
                if (v instanceof PyFloat fv && (conv == 'd' || conv == 'i' || conv == 'u')) iv = FloatOps.toInt(fv.value);
                else if (v instanceof PyInt pi) iv = pi;
                else if (PyNumber.isIndex(v)) iv = PyNumber.index(v);
                else if ((conv == 'd' || conv == 'i' || conv == 'u') && v.type().nb_int != null) iv = (PyInt) PyNumber.toInt(v);
                else throw PyErr.format(PyExc.TypeError, "%%%c format: %s is required, not %.200s", (int) conv,
                        conv == 'd' || conv == 'i' || conv == 'u' ? "a real number" : "an integer", PyErr.typeName(v));
                java.math.BigInteger b = iv.bigValue();
                if (b.signum() < 0) sign = "-";
                else if (flags.indexOf('+') >= 0) sign = "+";
                else if (flags.indexOf(' ') >= 0) sign = " ";
                b = b.abs();
                body = switch (conv) {
                    case 'x' -> b.toString(16);
                    case 'X' -> b.toString(16).toUpperCase(java.util.Locale.ROOT);
                    case 'o' -> b.toString(8);
                    default -> IntOps.toDecimal(PyInt.of(b));
                };
                if (prec > body.length()) body = "0".repeat(prec - body.length()) + body;
                if (flags.indexOf('#') >= 0 && conv != 'd' && conv != 'i' && conv != 'u')
                    sign = sign + (conv == 'x' ? "0x" : conv == 'X' ? "0X" : "0o");
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double d = PyNumber.asDouble(v);
                if (Double.doubleToRawLongBits(d) < 0 && !Double.isNaN(d)) sign = "-";
                else if (flags.indexOf('+') >= 0) sign = "+";
                else if (flags.indexOf(' ') >= 0) sign = " ";
                body = FloatFormat.format(d, conv, prec < 0 ? 6 : prec, flags.indexOf('#') >= 0);
            }
            case 'c' -> {
                if (bytes) body = byteChar(v);
                else if (v instanceof PyStr s && s.length() == 1) body = s.value;
                else if (v instanceof PyInt ci) {
                    if (!ci.fitsLong() || ci.longValue() < 0 || ci.longValue() > 0x10ffff)
                        throw PyErr.format(PyExc.OverflowError, "%%c arg not in range(0x110000)");
                    body = new String(Character.toChars((int) ci.longValue()));
                }
                else throw PyErr.format(PyExc.TypeError, "%%c requires int or char");
            }
            default -> throw PyErr.format(PyExc.ValueError, "unsupported format character '%c' (0x%x) at index %d",
                    (int) conv, (int) conv, pos);
        }
        if (prec >= 0 && (conv == 's' || conv == 'r' || conv == 'a') && body.codePointCount(0, body.length()) > prec)
            body = body.substring(0, body.offsetByCodePoints(0, prec));
        int len = sign.length() + body.codePointCount(0, body.length());
        if (width <= len) return sign + body;
        if (flags.indexOf('-') >= 0) return sign + body + " ".repeat(width - len);
        if (flags.indexOf('0') >= 0 && "sracC".indexOf(conv) < 0) return sign + "0".repeat(width - len) + body;
        return " ".repeat(width - len) + sign + body;
    }
}
