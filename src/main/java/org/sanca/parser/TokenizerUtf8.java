package org.sanca.parser;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 validation and decoding for the tokenizer, with CPython's decode-error wording.
 * Malformed bytes decode to lone surrogates U+DC80..U+DCFF (surrogateescape) so that the
 * literal decoder can still report them as CPython does.
 * CPython: Objects/stringlib/codecs.h (utf8_decode), Objects/unicodeobject.c.
 */
final class TokenizerUtf8 {
    private TokenizerUtf8() {}

    /** Length of the valid UTF-8 sequence starting at i (1..4), or -(length of the valid prefix) if malformed. */
    static int sequenceLength(byte[] s, int i, int end) {
        int b0 = s[i] & 0xff;
        if (b0 < 0x80) {
            return 1;
        }
        int need;
        int lo = 0x80, hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 3;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 4;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return 0;
        }
        for (int k = 1; k < need; k++) {
            if (i + k >= end) {
                return -k;
            }
            int b = s[i + k] & 0xff;
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) {
                return -k;
            }
        }
        return need;
    }

    /** Index of the first malformed byte in s[from, to), or -1. */
    static int firstInvalid(byte[] s, int from, int to) {
        int i = from;
        while (i < to) {
            if (s[i] >= 0) {
                i++;
                continue;
            }
            int n = sequenceLength(s, i, to);
            if (n <= 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /**
     * CPython's UnicodeDecodeError text for the malformed sequence at pos, positions counted
     * from base: "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
     */
    static String errorMessage(byte[] s, int pos, int end, int base) {
        int n = sequenceLength(s, pos, end);
        String reason;
        int len;
        if (n == 0) {
            reason = "invalid start byte";
            len = 1;
        } else if (pos - n >= end) {
            reason = "unexpected end of data";
            len = -n;
        } else {
            reason = "invalid continuation byte";
            len = -n;
        }
        int p = pos - base;
        if (len == 1) {
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", s[pos] & 0xff, p, reason);
        }
        return String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", p, p + len - 1, reason);
    }

    static String errorMessage(byte[] s, int pos, int end) {
        return errorMessage(s, pos, end, 0);
    }

    /** Decodes s[from, to); malformed bytes become U+DC80..U+DCFF. */
    static String decodeSurrogateEscape(byte[] s, int from, int to) {
        if (firstInvalid(s, from, to) < 0) {
            return new String(s, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int n = s[i] >= 0 ? 1 : sequenceLength(s, i, to);
            if (n <= 0) {
                sb.append((char) (0xDC00 | (s[i] & 0xff)));
                i++;
            } else {
                sb.append(new String(s, i, n, StandardCharsets.UTF_8));
                i += n;
            }
        }
        return sb.toString();
    }

    /**
     * Number of code points that decoding the first n bytes of s[from..] with
     * errors="replace" yields: one per valid sequence and one U+FFFD per maximal invalid one.
     */
    static int codePointsIn(byte[] s, int from, int n) {
        int end = from + n;
        int count = 0;
        int i = from;
        while (i < end) {
            if (s[i] >= 0) {
                i++;
            } else {
                int len = sequenceLength(s, i, end);
                i += len > 0 ? len : Math.max(1, -len);
            }
            count++;
        }
        return count;
    }
}
