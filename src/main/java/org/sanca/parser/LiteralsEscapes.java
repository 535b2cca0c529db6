package org.sanca.parser;

import org.sanca.objects.PyStr;
import java.io.ByteArrayOutputStream;

/**
 * Backslash escape decoding for str and bytes literals, with CPython's error positions.
 * CPython: Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal),
 * Objects/bytesobject.c (_PyBytes_DecodeEscape), Parser/string_parser.c.
 *
 * <p>CPython first rewrites each non-ASCII character of a str literal as a 10-byte
 * "\UXXXXXXXX" escape (and a backslash before one as "\u005c"), then decodes that buffer;
 * error positions count bytes of the rewritten buffer, which {@code bufPos} tracks here.
 */
final class LiteralsEscapes {
    private LiteralsEscapes() {}

    /**
     * Decodes the escapes of a non-raw str literal body into sb; returns CPython's warning
     * for the first invalid escape ("invalid escape sequence '\\d'"), or null.
     */
    static String decodeUnicodeEscapes(String s, StringBuilder sb) {
        String[] invalid = new String[1];
        int n = s.length();
        int i = 0;
        int bufPos = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                if (c >= 0x80) {
                    int runEnd = nonAsciiRunEnd(s, i);
                    Literals.checkUtf8(s, i, runEnd);
                    sb.append(s, i, runEnd);
                    bufPos += 10 * s.codePointCount(i, runEnd);
                    i = runEnd;
                } else {
                    sb.append(c);
                    bufPos++;
                    i++;
                }
                continue;
            }
            if (i + 1 >= n || s.charAt(i + 1) >= 0x80) {
                // a backslash before a non-ASCII character stays a backslash
                sb.append('\\');
                bufPos += 6;
                i++;
                continue;
            }
            int consumed = escape(s, i, bufPos, sb, invalid);
            bufPos += consumed;
            i += consumed;
        }
        return invalid[0];
    }

    /** Records the first invalid escape at s[i] == '\\' (used digits for an octal one, else 1). */
    private static void invalidEscape(String s, int i, int digits, String[] invalid) {
        if (invalid[0] == null) {
            invalid[0] = digits > 1 ? "invalid octal escape sequence '" + s.substring(i, i + 1 + digits) + "'"
                    : "invalid escape sequence '" + s.substring(i, i + 2) + "'";
        }
    }

    private static int nonAsciiRunEnd(String s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) >= 0x80) {
            i++;
        }
        return i;
    }

    /** Decodes the escape at s[i] == '\\' into sb; returns how many characters it used. */
    private static int escape(String s, int i, int bufPos, StringBuilder sb, String[] invalid) {
        char c = s.charAt(i + 1);
        switch (c) {
            case '\n' -> { return 2; }
            case '\\', '\'', '"' -> sb.append(c);
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 't' -> sb.append('\t');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 'v' -> sb.append('\u000b');
            case 'a' -> sb.append('\u0007');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int[] octal = octal(s, i + 1);
                if (octal[0] > 0377) {
                    invalidEscape(s, i, octal[1], invalid);
                }
                sb.appendCodePoint(octal[0]);
                return 1 + octal[1];
            }
            case 'x' -> { return hex(s, i, 2, "truncated \\xXX escape", bufPos, sb); }
            case 'u' -> { return hex(s, i, 4, "truncated \\uXXXX escape", bufPos, sb); }
            case 'U' -> { return hex(s, i, 8, "truncated \\UXXXXXXXX escape", bufPos, sb); }
            case 'N' -> { return named(s, i, bufPos, sb); }
            default -> {
                invalidEscape(s, i, 1, invalid);
                sb.append('\\').append(c);
            }
        }
        return 2;
    }

    /** Up to three octal digits from s[i]: {value, digits used}. */
    private static int[] octal(String s, int i) {
        int v = 0;
        int k = 0;
        while (k < 3 && i + k < s.length() && s.charAt(i + k) >= '0' && s.charAt(i + k) <= '7') {
            v = v * 8 + s.charAt(i + k) - '0';
            k++;
        }
        return new int[] {v, k};
    }

    private static int hex(String s, int i, int count, String message, int bufPos, StringBuilder sb) {
        int j = i + 2;
        int v = 0;
        for (int k = 0; k < count; k++, j++) {
            int d = j < s.length() ? Character.digit(s.charAt(j), 16) : -1;
            if (d < 0 || s.charAt(j) >= 0x80) {
                throw unicodeError(bufPos, bufPos + (j - i), message);
            }
            v = v * 16 + d;
        }
        if (v < 0 || v > Character.MAX_CODE_POINT) {
            throw unicodeError(bufPos, bufPos + (j - i), "illegal Unicode character");
        }
        sb.appendCodePoint(PyStr.standIn(v));
        return j - i;
    }

    /** \N{NAME}. */
    private static int named(String s, int i, int bufPos, StringBuilder sb) {
        int n = s.length();
        int j = i + 2;
        if (j >= n || s.charAt(j) != '{') {
            throw unicodeError(bufPos, bufPos + Math.min(j, n) - i, "malformed \\N character escape");
        }
        int start = ++j;
        while (j < n && s.charAt(j) != '}') {
            j++;
        }
        if (j >= n) {
            throw unicodeError(bufPos, bufPos + bufferLength(s, i, n), "malformed \\N character escape");
        }
        if (j == start) {
            throw unicodeError(bufPos, bufPos + j - i, "malformed \\N character escape");
        }
        int cp = LiteralsNames.lookup(s.substring(start, j));
        j++;
        if (cp < 0) {
            throw unicodeError(bufPos, bufPos + bufferLength(s, i, j), "unknown Unicode character name");
        }
        sb.appendCodePoint(cp);
        return j - i;
    }

    /**
     * The length in CPython's rewritten buffer of s[from, to), from an escape's backslash:
     * a non-ASCII character takes 10 bytes, a backslash before one (or at the end) 6, and a
     * backslash takes the character after it along.
     */
    private static int bufferLength(String s, int from, int to) {
        int len = 0;
        int k = from;
        while (k < to) {
            char c = s.charAt(k);
            if (c == '\\') {
                len++;
                k++;
                if (k >= to || s.charAt(k) >= 0x80) {
                    len += 5;
                    continue;
                }
                c = s.charAt(k);
            }
            if (c < 0x80) {
                len++;
            } else if (!Character.isLowSurrogate(c)) {
                len += 10;
            }
            k++;
        }
        return len;
    }

    private static Literals.LiteralException unicodeError(int start, int end, String reason) {
        String where = end - start == 1 ? "byte 0x5c in position " + start : "bytes in position " + start + "-" + (end - 1);
        return new Literals.LiteralException("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason,
                false);
    }

    /** Decodes the escapes of a non-raw, ASCII-only bytes literal body; invalid[0] gets the first invalid escape's warning. */
    static byte[] decodeBytesEscapes(String s, String[] invalid) {
        int n = s.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            i += bytesEscape(s, i, out, invalid);
        }
        return out.toByteArray();
    }

    private static int bytesEscape(String s, int i, ByteArrayOutputStream out, String[] invalid) {
        char c = s.charAt(i + 1);
        switch (c) {
            case '\n' -> { return 2; }
            case '\\', '\'', '"' -> out.write(c);
            case 'b' -> out.write('\b');
            case 'f' -> out.write('\f');
            case 't' -> out.write('\t');
            case 'n' -> out.write('\n');
            case 'r' -> out.write('\r');
            case 'v' -> out.write(0x0b);
            case 'a' -> out.write(0x07);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int[] octal = octal(s, i + 1);
                if (octal[0] > 0377) {
                    invalidEscape(s, i, octal[1], invalid);
                }
                out.write(octal[0] & 0xFF);
                return 1 + octal[1];
            }
            case 'x' -> {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                int lo = i + 3 < s.length() ? Character.digit(s.charAt(i + 3), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new Literals.LiteralException("(value error) invalid \\x escape at position " + i, false);
                }
                out.write(hi * 16 + lo);
                return 4;
            }
            default -> {
                invalidEscape(s, i, 1, invalid);
                out.write('\\');
                out.write(c);
            }
        }
        return 2;
    }
}
