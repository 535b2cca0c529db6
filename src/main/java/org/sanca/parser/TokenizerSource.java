package org.sanca.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prepares source for the tokenizer: decodes bytes per PEP 263 (BOM, coding cookie on
 * line 1 or 2) into UTF-8, normalises line endings to '\n', guarantees a final newline,
 * rejects NUL bytes and records where each line starts.
 * CPython: Parser/tokenizer.c (decode_str, check_bom, check_coding_spec, translate_newlines).
 */
final class TokenizerSource {
    /** UTF-8 text, lines ended by '\n', the last one included. */
    final byte[] buf;
    /** Number of meaningful bytes in buf. */
    final int length;
    /** lineStarts[i] is the offset where line i+1 starts; lineCount entries are valid. */
    final int[] lineStarts;
    final int lineCount;
    /** Whether the encoding is known (str input, BOM or cookie): CPython's tok->encoding != NULL. */
    boolean convertOffsets = true;

    private TokenizerSource(byte[] buf, int length, int[] lineStarts, int lineCount) {
        this.buf = buf;
        this.length = length;
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
    }

    /** Source already decoded (compile(str)): no BOM or cookie processing. */
    static TokenizerSource fromString(String source, String filename) {
        return normalise(source.getBytes(StandardCharsets.UTF_8), 0, filename);
    }

    /** Raw source bytes: BOM and coding cookie decide the encoding. */
    static TokenizerSource fromBytes(byte[] source, String filename) {
        int start = 0;
        boolean bom = false;
        if (source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB && (source[2] & 0xff) == 0xBF) {
            start = 3;
            bom = true;
        }
        String cookie = findCookie(source, start, filename);
        if (cookie == null || cookie.equals("utf-8")) {
            TokenizerSource src = normalise(source, start, filename);
            src.convertOffsets = bom || cookie != null;
            return src;
        }
        if (bom) {
            throw noLocation("encoding problem: " + cookie + " with BOM", filename);
        }
        return normalise(transcode(source, start, cookie, filename), 0, filename);
    }

    /** The normalised cookie encoding of line 1 or 2, or null; CPython: check_coding_spec. */
    private static String findCookie(byte[] s, int start, String filename) {
        int eol1 = indexOf(s, start, '\n');
        if (eol1 < 0) {
            return null;
        }
        CookieScan first = scanCookieLine(s, start, eol1);
        if (first.spec != null || !first.commentOnly) {
            return first.spec;
        }
        int eol2 = indexOf(s, eol1 + 1, '\n');
        if (eol2 < 0) {
            return null;
        }
        return scanCookieLine(s, eol1 + 1, eol2 + 1).spec;
    }

    private record CookieScan(String spec, boolean commentOnly) {}

    /** Looks for "coding[:=]\s*name" in a comment-only line s[from, to). */
    private static CookieScan scanCookieLine(byte[] s, int from, int to) {
        int size = to - from;
        int i = 0;
        for (; i < size - 6; i++) {
            byte c = s[from + i];
            if (c == '#') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return new CookieScan(null, false);
            }
        }
        for (; i < size - 6; i++) {
            int t = from + i;
            if (s[t] == 'c' && s[t + 1] == 'o' && s[t + 2] == 'd' && s[t + 3] == 'i' && s[t + 4] == 'n' && s[t + 5] == 'g') {
                t += 6;
                if (s[t] != ':' && s[t] != '=') {
                    continue;
                }
                do {
                    t++;
                } while (t < to && (s[t] == ' ' || s[t] == '\t'));
                int begin = t;
                while (t < to && (Character.isLetterOrDigit(s[t]) && s[t] > 0 || s[t] == '-' || s[t] == '_' || s[t] == '.')) {
                    t++;
                }
                if (begin < t) {
                    return new CookieScan(normalName(new String(s, begin, t - begin, StandardCharsets.ISO_8859_1)), true);
                }
            }
        }
        return new CookieScan(null, commentOnlyLine(s, from, to));
    }

    private static boolean commentOnlyLine(byte[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = s[i];
            if (c == '#' || c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** CPython: get_normal_name — utf-8 and latin-1 spellings collapse to one name. */
    private static String normalName(String name) {
        String n = name.length() > 12 ? name.substring(0, 12) : name;
        n = n.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1")
                || n.startsWith("latin-1-") || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return name;
    }

    /** Decodes s[start..] from the cookie's encoding and re-encodes it as UTF-8. */
    private static byte[] transcode(byte[] s, int start, String encoding, String filename) {
        Charset cs = lookup(encoding);
        if (cs == null) {
            throw noLocation("unknown encoding: " + encoding, filename);
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(s, start, s.length - start);
        CharBuffer out = CharBuffer.allocate((int) ((s.length - start) * (double) dec.maxCharsPerByte()) + 16);
        var result = dec.decode(in, out, true);
        if (result.isError()) {
            throw noLocation(decodeErrorMessage(cs, s, in.position() - start, result.length()), filename);
        }
        dec.flush(out);
        out.flip();
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String decodeErrorMessage(Charset cs, byte[] s, int pos, int len) {
        String name = cs.name().toLowerCase(Locale.ROOT);
        if (name.equals("us-ascii")) {
            return String.format("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)",
                    s[pos] & 0xff, pos);
        }
        if (name.equals("utf-8")) {
            return TokenizerUtf8.errorMessage(s, pos, s.length);
        }
        return String.format("'%s' codec can't decode byte 0x%02x in position %d", name, s[pos] & 0xff, pos);
    }

    private static Charset lookup(String encoding) {
        String[] candidates = {encoding, encoding.replace('_', '-'), encoding.replace("-", "")};
        for (String name : candidates) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                // try the next spelling
            }
        }
        return null;
    }

    private static SyntaxErrorException noLocation(String msg, String filename) {
        return new SyntaxErrorException("SyntaxError", msg, filename, 0, -1,
                SyntaxErrorException.NONE, SyntaxErrorException.NONE, null);
    }

    private static int indexOf(byte[] s, int from, char c) {
        for (int i = from; i < s.length; i++) {
            if (s[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Copies s[start..] translating "\r\n" and "\r" to "\n", appending a final newline when
     * missing, rejecting NUL bytes, and recording line starts.
     */
    private static TokenizerSource normalise(byte[] s, int start, String filename) {
        int n = s.length;
        byte[] out = new byte[n - start + 1];
        int[] lines = new int[64];
        int lineCount = 1;
        int o = 0;
        for (int i = start; i < n; i++) {
            byte c = s[i];
            if (c == '\r') {
                c = '\n';
                if (i + 1 < n && s[i + 1] == '\n') {
                    i++;
                }
            } else if (c == 0) {
                throw new SyntaxErrorException("SyntaxError", "source code string cannot contain null bytes", filename,
                        SyntaxErrorException.NONE, SyntaxErrorException.NONE, SyntaxErrorException.NONE,
                        SyntaxErrorException.NONE, null);
            }
            out[o++] = c;
            if (c == '\n') {
                if (lineCount == lines.length) {
                    lines = Arrays.copyOf(lines, lineCount * 2);
                }
                lines[lineCount++] = o;
            }
        }
        if (o == 0 || out[o - 1] != '\n') {
            out[o++] = '\n';
            if (lineCount == lines.length) {
                lines = Arrays.copyOf(lines, lineCount * 2);
            }
            lines[lineCount++] = o;
        }
        // the last entry marks the end of the text, not a line
        return new TokenizerSource(out, o, lines, lineCount - 1);
    }

    /** Decodes a UTF-8 range with U+FFFD for malformed bytes (for error texts). */
    static String decodeReplace(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
}
