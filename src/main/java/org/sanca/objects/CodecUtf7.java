package org.sanca.objects;

import java.io.ByteArrayOutputStream;

/**
 * The UTF-7 codec (RFC 2152): direct characters, and base64 runs of UTF-16 units between '+' and '-'.
 * CPython: Objects/unicodeobject.c (_PyUnicode_EncodeUTF7, PyUnicode_DecodeUTF7Stateful).
 */
public final class CodecUtf7 {
    private CodecUtf7() {}

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /** RFC 2152's set O (written directly too, as CPython does), the rest of the direct set being set D and space. */
    private static final String SET_O = "!\"#$%&*;<=>@[]^_`{|}";

    private static boolean isBase64(int c) {
        return c < 128 && B64.indexOf(c) >= 0;
    }

    /** Whether the encoder writes c as itself. */
    private static boolean encodeDirect(int c) {
        if (c >= 128 || c == 0) return false;
        return Character.isLetterOrDigit(c) || "'(),-./:? \t\r\n".indexOf(c) >= 0 || SET_O.indexOf(c) >= 0;
    }

    /** UTF-7 encoding; it has no errors (lone surrogates are encoded as they are). */
    public static byte[] encode(PyStr str) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        for (int i = 0, n = str.length(); i < n; i++) {
            int c = str.codePointAt(i);
            if (inShift && encodeDirect(c)) {
                if (bits > 0) out.write(B64.charAt((int) (buffer << (6 - bits)) & 0x3f));
                bits = 0;
                buffer = 0;
                inShift = false;
                if (isBase64(c) || c == '-') out.write('-');
                out.write(c);
                continue;
            }
            if (!inShift) {
                if (c == '+') {
                    out.write('+');
                    out.write('-');
                    continue;
                }
                if (encodeDirect(c)) {
                    out.write(c);
                    continue;
                }
                out.write('+');
                inShift = true;
            }
            if (c >= 0x10000) {
                buffer = buffer << 16 | Character.highSurrogate(c);
                bits = flush(out, buffer, bits + 16);
                c = Character.lowSurrogate(c);
            }
            buffer = buffer << 16 | c;
            bits = flush(out, buffer, bits + 16);
            buffer &= (1L << bits) - 1;
        }
        if (bits > 0) out.write(B64.charAt((int) (buffer << (6 - bits)) & 0x3f));
        if (inShift) out.write('-');
        return out.toByteArray();
    }

    private static int flush(ByteArrayOutputStream out, long buffer, int bits) {
        while (bits >= 6) {
            out.write(B64.charAt((int) (buffer >> (bits - 6)) & 0x3f));
            bits -= 6;
        }
        return bits;
    }

    /** The decoder's state within one call. */
    private static final class State {
        boolean inShift;
        int bits;
        long buffer;
        int surrogate;
        int shiftStart;
        int shiftOutStart;
    }

    /** UTF-7 decoding of b[0:len); when not final, an open shift sequence is left unconsumed. */
    public static CodecUtf.Decoded decode(byte[] b, int len, String errors, boolean fin) {
        CodePointBuilder out = new CodePointBuilder(len);
        State st = new State();
        int i = 0;
        while (true) {
            while (i < len) i = step(out, st, b, i, errors);
            if (!st.inShift || !fin) break;
            st.inShift = false;
            if (st.surrogate == 0 && st.bits < 6 && (st.bits == 0 || st.buffer == 0)) break;
            i = CodecErrors.decodeError(out, errors, "utf7", b, st.shiftStart, len, "unterminated shift sequence");
            if (i >= len) break;
        }
        if (st.inShift) {
            out.truncate(st.shiftOutStart);
            return new CodecUtf.Decoded(out.toStr(), st.shiftStart, 0);
        }
        return new CodecUtf.Decoded(out.toStr(), i, 0);
    }

    /** Decodes from b[i]; returns the next position. */
    private static int step(CodePointBuilder out, State st, byte[] b, int i, String errors) {
        int c = b[i] & 0xff;
        if (st.inShift) return isBase64(c) ? shifted(out, st, c, i) : endShift(out, st, b, i, errors);
        if (c == '+') {
            st.shiftStart = i;
            if (i + 1 < b.length && b[i + 1] == '-') {
                out.add('+');
                return i + 2;
            }
            if (i + 1 < b.length && !isBase64(b[i + 1] & 0xff))
                return CodecErrors.decodeError(out, errors, "utf7", b, i, i + 2, "ill-formed sequence");
            st.inShift = true;
            st.surrogate = 0;
            st.shiftOutStart = out.length();
            st.bits = 0;
            st.buffer = 0;
            return i + 1;
        }
        if (c < 128) {
            out.add(c);
            return i + 1;
        }
        return CodecErrors.decodeError(out, errors, "utf7", b, i, i + 1, "unexpected special character");
    }

    private static int shifted(CodePointBuilder out, State st, int c, int i) {
        st.buffer = st.buffer << 6 | B64.indexOf(c);
        st.bits += 6;
        if (st.bits >= 16) {
            int unit = (int) (st.buffer >> (st.bits - 16)) & 0xffff;
            st.bits -= 16;
            st.buffer &= (1L << st.bits) - 1;
            if (st.surrogate != 0) {
                if (unit >= 0xdc00 && unit <= 0xdfff) {
                    out.add(Character.toCodePoint((char) st.surrogate, (char) unit));
                    st.surrogate = 0;
                    return i + 1;
                }
                out.add(st.surrogate);
                st.surrogate = 0;
            }
            if (unit >= 0xd800 && unit <= 0xdbff) st.surrogate = unit;
            else out.add(unit);
        }
        return i + 1;
    }

    private static int endShift(CodePointBuilder out, State st, byte[] b, int i, String errors) {
        int c = b[i] & 0xff;
        st.inShift = false;
        if (st.bits >= 6)
            return CodecErrors.decodeError(out, errors, "utf7", b, st.shiftStart, i + 1,
                    "partial character in shift sequence");
        if (st.bits > 0 && st.buffer != 0)
            return CodecErrors.decodeError(out, errors, "utf7", b, st.shiftStart, i + 1,
                    "non-zero padding bits in shift sequence");
        if (st.surrogate != 0 && c < 128 && c != '+') out.add(st.surrogate);
        st.surrogate = 0;
        return c == '-' ? i + 1 : i;
    }
}
