package org.sanca.objects;

import java.io.ByteArrayOutputStream;

/**
 * The escape codecs: unicode_escape and raw_unicode_escape (str), and escape_encode/escape_decode (bytes,
 * as bytes literals are written).
 * CPython: Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal, PyUnicode_AsUnicodeEscapeString,
 * PyUnicode_DecodeRawUnicodeEscape, PyUnicode_AsRawUnicodeEscapeString) and Objects/bytesobject.c
 * (_PyBytes_DecodeEscape, PyBytes_Repr).
 */
public final class CodecEscapes {
    private CodecEscapes() {}

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Writes \xhh, \\uhhhh or \\Uhhhhhhhh for c. */
    private static void hexEscape(ByteArrayOutputStream out, int c) {
        int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        out.write('\\');
        out.write(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
        for (int k = digits - 1; k >= 0; k--) out.write(HEX[c >> (4 * k) & 0xf]);
    }

    /** unicode_escape encoding. */
    public static byte[] unicodeEscapeEncode(PyStr str) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(str.length() + 8);
        for (int i = 0, n = str.length(); i < n; i++) {
            int c = str.codePointAt(i);
            switch (c) {
                case '\\' -> { out.write('\\'); out.write('\\'); }
                case '\t' -> { out.write('\\'); out.write('t'); }
                case '\n' -> { out.write('\\'); out.write('n'); }
                case '\r' -> { out.write('\\'); out.write('r'); }
                default -> {
                    if (c >= ' ' && c < 0x7f) out.write(c);
                    else hexEscape(out, c);
                }
            }
        }
        return out.toByteArray();
    }

    /** raw_unicode_escape encoding: latin-1 as it is, the rest as \\u or \\U escapes. */
    public static byte[] rawUnicodeEscapeEncode(PyStr str) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(str.length() + 8);
        for (int i = 0, n = str.length(); i < n; i++) {
            int c = str.codePointAt(i);
            if (c < 0x100) out.write(c);
            else hexEscape(out, c);
        }
        return out.toByteArray();
    }

    private static int hexDigit(byte b) {
        return Character.digit(b & 0xff, 16);
    }

    /** The value of the hex digits b[from:from+count), or -1 (with the first bad position in end[0]). */
    private static long hex(byte[] b, int len, int from, int count, int[] end) {
        long v = 0;
        for (int k = 0; k < count; k++) {
            int d = from + k < len ? hexDigit(b[from + k]) : -1;
            if (d < 0) {
                end[0] = from + k;
                return -1;
            }
            v = v << 4 | d;
        }
        end[0] = from + count;
        return v;
    }

    /** unicode_escape decoding of b[0:len); when not final, an incomplete escape at the end is left. */
    public static CodecUtf.Decoded unicodeEscapeDecode(byte[] b, int len, String errors, boolean fin) {
        CodePointBuilder out = new CodePointBuilder(len);
        int i = 0;
        int[] end = new int[1];
        boolean warned = false;
        while (i < len) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                out.add(c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= len) {
                if (!fin) return new CodecUtf.Decoded(out.toStr(), start, 0);
                i = CodecErrors.decodeError(out, errors, "unicodeescape", b, start, len, "\\ at end of string");
                continue;
            }
            c = b[i + 1] & 0xff;
            i += 2;
            int simple = simpleEscape(c);
            if (simple >= 0) {
                out.add(simple);
            } else if (c == '\n') {
                continue;
            } else if (c >= '0' && c <= '7') {
                int v = c - '0';
                for (int k = 0; k < 2 && i < len && b[i] >= '0' && b[i] <= '7'; k++) v = v * 8 + (b[i++] - '0');
                out.add(v);
            } else if (c == 'x' || c == 'u' || c == 'U') {
                int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                long v = hex(b, len, i, digits, end);
                if (v < 0 && end[0] >= len && !fin) return new CodecUtf.Decoded(out.toStr(), start, 0);
                if (v < 0) {
                    String what = c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                    i = CodecErrors.decodeError(out, errors, "unicodeescape", b, start, end[0], "truncated " + what + " escape");
                } else if (v > 0x10ffff) {
                    i = CodecErrors.decodeError(out, errors, "unicodeescape", b, start, end[0], "illegal Unicode character");
                } else {
                    out.add((int) v);
                    i = end[0];
                }
            } else if (c == 'N') {
                int r = namedEscape(out, b, len, start, errors, fin);
                if (r < 0) return new CodecUtf.Decoded(out.toStr(), start, 0);
                i = r;
            } else {
                if (!warned) Warnings.warn(PyExc.DeprecationWarning, "invalid escape sequence '\\" + (char) c + "'");
                warned = true;
                out.add('\\');
                out.add(c);
            }
        }
        return new CodecUtf.Decoded(out.toStr(), len, 0);
    }

    /** The character of a one-letter escape (\\n, \\t, ...), or -1. */
    private static int simpleEscape(int c) {
        return switch (c) {
            case '\\' -> '\\';
            case '\'' -> '\'';
            case '"' -> '"';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'v' -> 0x0b;
            case 'a' -> 0x07;
            default -> -1;
        };
    }

    /** \N{name} at b[start]: the next position, or -1 when not final and the escape may continue. */
    private static int namedEscape(CodePointBuilder out, byte[] b, int len, int start, String errors, boolean fin) {
        int i = start + 2;
        if (i < len && b[i] == '{') {
            int close = i + 1;
            while (close < len && b[close] != '}') close++;
            if (close < len && close > i + 1) {
                String name = new String(b, i + 1, close - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
                int cp = org.sanca.parser.LiteralsNames.lookup(name);
                if (cp >= 0) {
                    out.add(cp);
                    return close + 1;
                }
                return CodecErrors.decodeError(out, errors, "unicodeescape", b, start, close + 1,
                        "unknown Unicode character name");
            }
            if (close >= len && !fin) return -1;
            return CodecErrors.decodeError(out, errors, "unicodeescape", b, start, close < len ? close + 1 : len,
                    "malformed \\N character escape");
        }
        if (i >= len && !fin) return -1;
        return CodecErrors.decodeError(out, errors, "unicodeescape", b, start, Math.min(i, len),
                "malformed \\N character escape");
    }

    /** raw_unicode_escape decoding: only \\u and \\U escapes after an odd run of backslashes. */
    public static CodecUtf.Decoded rawUnicodeEscapeDecode(byte[] b, int len, String errors, boolean fin) {
        CodePointBuilder out = new CodePointBuilder(len);
        int i = 0;
        int[] end = new int[1];
        while (i < len) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                out.add(c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= len) {
                if (!fin) return new CodecUtf.Decoded(out.toStr(), start, 0);
                out.add(c);
                i++;
                continue;
            }
            int e = b[i + 1] & 0xff;
            if (e != 'u' && e != 'U') {
                out.add('\\');
                if (e == '\\') {
                    out.add('\\');
                    i += 2;
                } else {
                    i++;
                }
                continue;
            }
            int digits = e == 'u' ? 4 : 8;
            long v = hex(b, len, i + 2, digits, end);
            if (v < 0 && end[0] >= len && !fin) return new CodecUtf.Decoded(out.toStr(), start, 0);
            if (v < 0) {
                i = CodecErrors.decodeError(out, errors, "rawunicodeescape", b, start, end[0],
                        e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
            } else if (v > 0x10ffff) {
                i = CodecErrors.decodeError(out, errors, "rawunicodeescape", b, start, end[0], "\\Uxxxxxxxx out of range");
            } else {
                out.add((int) v);
                i = end[0];
            }
        }
        return new CodecUtf.Decoded(out.toStr(), len, 0);
    }

    /** escape_encode: bytes as their repr writes them, without quotes. */
    public static byte[] escapeEncode(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 8);
        for (byte x : b) {
            int c = x & 0xff;
            switch (c) {
                case '\\', '\'' -> { out.write('\\'); out.write(c); }
                case '\t' -> { out.write('\\'); out.write('t'); }
                case '\n' -> { out.write('\\'); out.write('n'); }
                case '\r' -> { out.write('\\'); out.write('r'); }
                default -> {
                    if (c >= ' ' && c < 0x7f) out.write(c);
                    else hexEscape(out, c);
                }
            }
        }
        return out.toByteArray();
    }

    /** escape_decode: the escapes of bytes literals; errors is 'strict', 'replace' or 'ignore'. */
    public static byte[] escapeDecode(byte[] b, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int len = b.length, i = 0;
        int[] end = new int[1];
        boolean warned = false;
        while (i < len) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            if (++i >= len) throw PyErr.format(PyExc.ValueError, "Trailing \\ in string");
            c = b[i++] & 0xff;
            int simple = simpleEscape(c);
            if (simple >= 0) {
                out.write(simple);
            } else if (c == '\n') {
                continue;
            } else if (c >= '0' && c <= '7') {
                int v = c - '0';
                for (int k = 0; k < 2 && i < len && b[i] >= '0' && b[i] <= '7'; k++) v = v * 8 + (b[i++] - '0');
                out.write(v);
            } else if (c == 'x') {
                long v = hex(b, len, i, 2, end);
                if (v >= 0) {
                    out.write((int) v);
                    i += 2;
                } else {
                    i = badHex(out, errors, i - 2, end[0]);
                }
            } else {
                if (!warned) Warnings.warn(PyExc.DeprecationWarning, "invalid escape sequence '\\" + (char) c + "'");
                warned = true;
                out.write('\\');
                i--;
            }
        }
        return out.toByteArray();
    }

    private static int badHex(ByteArrayOutputStream out, String errors, int start, int end) {
        switch (errors == null ? "strict" : errors) {
            case "strict" -> throw PyErr.format(PyExc.ValueError, "invalid \\x escape at position %d", start);
            case "replace" -> out.write('?');
            case "ignore" -> {}
            default -> throw PyErr.format(PyExc.ValueError, "decoding error; unknown error handling code: %.400s", errors);
        }
        return end;
    }
}
