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
 * line 1 or 2) into UTF-8, normalises line endings to '\n', adds a final newline to exec
 * input, rejects NUL bytes and records where each line starts.
 * CPython: Parser/tokenizer.c (decode_str, check_bom, check_coding_spec, translate_newlines).
 */
final class TokenizerSource {
    /**
     * UTF-8 text whose lines end with '\n' (the last one too, for exec input), followed by a
     * '\n' when the last has none; possibly the caller's array, never written.
     */
    final byte[] buf;
    /** Number of meaningful bytes in buf. */
    final int length;
    /** lineStarts[i] is the offset where line i+1 starts; lineCount entries are valid. */
    final int[] lineStarts;
    final int lineCount;
    /** Whether the encoding is known (str input, BOM or cookie): CPython's tok->encoding != NULL. */
    boolean convertOffsets = true;
    /** The source's encoding as CPython's tok->encoding names it (null: undeclared UTF-8 bytes). */
    Charset encoding = StandardCharsets.UTF_8;
    /** Whether the text had a newline after its last line (before one was added). */
    boolean lastLineHadNewline = true;
    /** File mode: the first line holding a NUL byte (0 if none) and the offset of that byte. */
    int nulLine;
    int nulOffset;
    /** File mode without declared encoding: the first line holding malformed UTF-8 (0 if none) and its first bad byte. */
    int badUtf8Line;
    int badUtf8Byte;

    /**
     * How source is read. EXEC: compile(..., "exec") and imports (a newline is added to the
     * last line); EVAL: compile()'s "eval" and "single" modes (none is added); FILE: a script
     * run from a file (CPython's file tokenizer: NUL bytes and undeclared non-UTF-8 are errors
     * of the line that holds them, and a final "\r\n" is an ordinary line end).
     */
    enum Mode { EXEC, EVAL, FILE }

    private TokenizerSource(byte[] buf, int length, int[] lineStarts, int lineCount) {
        this.buf = buf;
        this.length = length;
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
    }

    /** Source already decoded (compile(str)): no BOM or cookie processing. */
    static TokenizerSource fromString(String source, String filename, Mode mode) {
        return normalise(source.getBytes(StandardCharsets.UTF_8), 0, filename, mode);
    }

    /** Raw source bytes: BOM and coding cookie decide the encoding. */
    static TokenizerSource fromBytes(byte[] source, String filename, Mode mode) {
        int start = 0;
        boolean bom = false;
        if (source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB && (source[2] & 0xff) == 0xBF) {
            start = 3;
            bom = true;
        }
        String cookie = findCookie(source, start, filename);
        if (cookie == null || cookie.equals("utf-8")) {
            TokenizerSource src = normalise(source, start, filename, mode);
            src.convertOffsets = bom || cookie != null;
            src.encoding = src.convertOffsets ? StandardCharsets.UTF_8 : null;
            if (mode == Mode.FILE && !src.convertOffsets) {
                src.findBadUtf8();
            }
            return src;
        }
        if (bom) {
            throw noLocation("encoding problem: " + cookie + " with BOM", filename, mode);
        }
        TokenizerSource src = normalise(transcode(source, start, cookie, filename, mode), 0, filename, mode);
        src.encoding = lookup(cookie);
        return src;
    }

    /** Records the first line with malformed UTF-8 (CPython's file tokenizer: ensure_utf8). */
    private void findBadUtf8() {
        int bad = TokenizerUtf8.firstInvalid(buf, 0, length);
        if (bad < 0) {
            return;
        }
        int line = 1;
        while (line < lineCount && lineStarts[line] <= bad) {
            line++;
        }
        badUtf8Line = line;
        badUtf8Byte = buf[bad] & 0xff;
    }

    /** The normalised cookie encoding of line 1 or 2, or null; CPython: check_coding_spec. */
    private static String findCookie(byte[] s, int start, String filename) {
        int eol1 = lineEnd(s, start);
        if (eol1 < 0) {
            return null;
        }
        CookieScan first = scanCookieLine(s, start, eol1);
        if (first.spec != null || !first.commentOnly) {
            return first.spec;
        }
        int line2 = nextLine(s, eol1);
        int eol2 = lineEnd(s, line2);
        if (eol2 < 0) {
            return null;
        }
        return scanCookieLine(s, line2, eol2 + 1).spec;
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
    private static byte[] transcode(byte[] s, int start, String encoding, String filename, Mode mode) {
        Charset cs = lookup(encoding);
        if (cs == null) {
            throw noLocation((mode == Mode.FILE ? "encoding problem: " : "unknown encoding: ") + encoding, filename, mode);
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(s, start, s.length - start);
        CharBuffer out = CharBuffer.allocate((int) ((s.length - start) * (double) dec.maxCharsPerByte()) + 16);
        var result = dec.decode(in, out, true);
        if (result.isError()) {
            // the file tokenizer reports any decoding failure as a problem with the encoding
            throw noLocation(mode == Mode.FILE ? "encoding problem: " + encoding
                : decodeErrorMessage(cs, s, in.position() - start, result.length()), filename, mode);
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
        String[] candidates = {encoding, encoding.replace('_', '-')};
        for (String name : candidates) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                // try the next spelling
            }
        }
        return null;
    }

    /** A decoding error: compile() reports line 0, offset -1; the file tokenizer no position at all. */
    private static SyntaxErrorException noLocation(String msg, String filename, Mode mode) {
        int none = SyntaxErrorException.NONE;
        return new SyntaxErrorException("SyntaxError", msg, filename, mode == Mode.FILE ? none : 0,
                mode == Mode.FILE ? none : -1, none, none, null);
    }

    /** The index of the first '\n' or '\r' at or after from, or -1. */
    private static int lineEnd(byte[] s, int from) {
        for (int i = from; i < s.length; i++) {
            if (s[i] == '\n' || s[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Where the line after the one ending at eol starts. */
    private static int nextLine(byte[] s, int eol) {
        return s[eol] == '\r' && eol + 1 < s.length && s[eol + 1] == '\n' ? eol + 2 : eol + 1;
    }

    /**
     * Translates "\r\n" and "\r" in s[start..] to "\n", appends a final newline when missing
     * (not for EVAL mode), rejects NUL bytes (FILE mode: notes the first), and records line
     * starts. The common case (no '\r', a final newline, nothing to skip) shares
     * s instead of copying it.
     */
    private static TokenizerSource normalise(byte[] s, int start, String filename, Mode mode) {
        int n = s.length;
        int[] lines = new int[Math.max(16, (n - start) / 24)];
        lines[0] = start;
        int lineCount = 1;
        for (int i = start; i < n; i++) {
            byte c = s[i];
            if (c > '\r' || c < 0) {
                continue;
            }
            if (c == '\n') {
                if (lineCount == lines.length) {
                    lines = Arrays.copyOf(lines, lineCount * 2);
                }
                lines[lineCount++] = i + 1;
            } else if (c == '\r' || c == 0) {
                return translate(s, start, filename, mode);
            }
        }
        if (start == 0 && n > 0 && s[n - 1] == '\n') {
            return new TokenizerSource(s, n, lines, lineCount - 1);
        }
        return translate(s, start, filename, mode);
    }

    /**
     * The copying normalise. The copy keeps a '\n' past the text as a sentinel, so a last line
     * without newline (non-exec input) still ends at a non-name byte.
     */
    private static TokenizerSource translate(byte[] s, int start, String filename, Mode mode) {
        int n = s.length;
        byte[] out = new byte[n - start + 3];
        int[] lines = new int[64];
        int lineCount = 1;
        int o = 0;
        int nulLine = 0;
        int nulOffset = 0;
        for (int i = start; i < n; i++) {
            byte c = s[i];
            if (c == '\r') {
                c = '\n';
                if (i + 1 < n && s[i + 1] == '\n') {
                    i++;
                }
            } else if (c == 0 && mode != Mode.FILE) {
                throw new SyntaxErrorException("SyntaxError", "source code string cannot contain null bytes", filename,
                        SyntaxErrorException.NONE, SyntaxErrorException.NONE, SyntaxErrorException.NONE,
                        SyntaxErrorException.NONE, null);
            } else if (c == 0 && nulLine == 0) {
                nulLine = lineCount;
                nulOffset = o;
            }
            out[o++] = c;
            if (c == '\n') {
                if (lineCount == lines.length) {
                    lines = Arrays.copyOf(lines, lineCount * 2);
                }
                lines[lineCount++] = o;
            }
        }
        // CPython's translate_newlines loses track of a final "\r\n" and adds one more newline
        boolean crlfAtEnd = mode == Mode.EXEC && n - start >= 2 && s[n - 2] == '\r' && s[n - 1] == '\n';
        boolean newlineAtEnd = o > 0 && out[o - 1] == '\n';
        boolean hadNewline = newlineAtEnd;
        if (mode != Mode.EVAL && (!newlineAtEnd || crlfAtEnd)) {
            out[o++] = '\n';
            newlineAtEnd = true;
            lines = Arrays.copyOf(lines, lineCount + 1);
            lines[lineCount++] = o;
        }
        if (!newlineAtEnd && o > 0) {
            lines = Arrays.copyOf(lines, lineCount + 1);
            lines[lineCount++] = o;
        }
        out[o] = '\n';
        // the last entry marks the end of the text, not a line
        TokenizerSource src = new TokenizerSource(out, o, lines, lineCount - 1);
        src.lastLineHadNewline = hadNewline;
        src.nulLine = nulLine;
        src.nulOffset = nulOffset;
        return src;
    }

    /** Decodes a UTF-8 range with U+FFFD for malformed bytes (for error texts). */
    static String decodeReplace(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
}
