package org.sanca.objects;

/**
 * repr() of str with CPython's quote choice and escapes, and ascii()'s escaping.
 * CPython: Objects/unicodeobject.c (unicode_repr, Py_UNICODE_ISPRINTABLE) and Objects/unicodectype.c.
 */
final class StrRepr {
    private StrRepr() {}

    /** unicode_repr: single quotes unless the text has ' and no ", escapes for unprintable characters. */
    static String repr(String s) {
        char quote = quote(s);
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0, n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            append(sb, c, quote);
        }
        return sb.append(quote).toString();
    }

    /** repr of a str, by its code points (lone surrogates escape as \\udXXX even when adjacent). */
    static String repr(PyStr s) {
        if (!s.isUnpaired()) return repr(s.value);
        char quote = quote(s.value);
        StringBuilder sb = new StringBuilder(s.value.length() + 2).append(quote);
        for (int c : s.codePoints()) append(sb, c, quote);
        return sb.append(quote).toString();
    }

    private static char quote(String s) {
        return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    }

    private static void append(StringBuilder sb, int c, char quote) {
        if (c == quote || c == '\\') sb.append('\\').appendCodePoint(c);
        else if (c == '\t') sb.append("\\t");
        else if (c == '\n') sb.append("\\n");
        else if (c == '\r') sb.append("\\r");
        else if (c < ' ' || c == 0x7f) hex(sb, c);
        else if (c < 0x7f) sb.append((char) c);
        else if (isPrintable(c)) sb.appendCodePoint(c);
        else hex(sb, StrSurrogates.isStandIn(c) ? c - StrSurrogates.BASE + 0xd800 : c);
    }

    /** Appends a backslash-x, -u or -U escape of c. */
    static void hex(StringBuilder sb, int c) {
        if (c <= 0xff) sb.append("\\x").append(hexDigits(c, 2));
        else if (c <= 0xffff) sb.append("\\u").append(hexDigits(c, 4));
        else sb.append("\\U").append(hexDigits(c, 8));
    }

    private static String hexDigits(int c, int width) {
        String h = Integer.toHexString(c);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    /** ascii(): the repr with every non-ASCII character escaped. */
    static String asciiEscape(String s) {
        StringBuilder sb = null;
        for (int i = 0, n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            int len = Character.charCount(c);
            if (c >= 0x80) {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                hex(sb, c);
            } else if (sb != null) sb.append((char) c);
            i += len;
        }
        return sb == null ? s : sb.toString();
    }

    /** Py_UNICODE_ISPRINTABLE, from CPython 3.11's Unicode 14 tables. */
    static boolean isPrintable(int c) {
        return UnicodeTables.in(UnicodeTables.PRINTABLE, c);
    }
}
