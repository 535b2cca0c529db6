package org.sanca.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The Unicode transformation codecs: UTF-8, UTF-16 and UTF-32 (either byte order, with or without a BOM),
 * latin-1 and ascii, each with error handlers and the incremental (final=False) decoding the stateful
 * codecs of Lib/encodings need. UTF-7 lives in {@link CodecUtf7}.
 * CPython: Objects/unicodeobject.c (PyUnicode_DecodeUTF8Stateful, _PyUnicode_EncodeUTF16/32,
 * PyUnicode_DecodeUTF16Stateful/32Stateful, unicode_encode_ucs1, PyUnicode_DecodeASCII).
 */
public final class CodecUtf {
    private CodecUtf() {}

    /** A decoder's result: the text, how many input bytes it used, and (for UTF-16/32) the byte order seen. */
    public record Decoded(PyStr text, int consumed, int byteorder) {
        /** (text, consumed) as the _codecs functions return it. */
        public PyTuple pair() {
            return PyTuple.of(text, PyInt.of(consumed));
        }
    }

    // ---- UTF-8 ----

    /** UTF-8 encoding of str (errors may be null for 'strict'). */
    public static byte[] encodeUtf8(PyStr str, String errors) {
        if (!str.hasSurrogates()) return str.value.getBytes(StandardCharsets.UTF_8);
        int n = str.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 16);
        for (int i = 0; i < n;) {
            int c = str.codePointAt(i);
            if (c < 0xd800 || c > 0xdfff) {
                writeUtf8(out, c);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isSurrogate(str.codePointAt(j))) j++;
            if ("surrogateescape".equals(errors)) {
                for (; i < j && (c = str.codePointAt(i)) >= 0xdc80 && c <= 0xdcff; i++) out.write(c);
                if (i == j) continue;
            }
            i = CodecErrors.encodeError(out, errors, "utf-8", str, i, j, "surrogates not allowed", CodecUtf::asciiOnly);
        }
        return out.toByteArray();
    }

    static boolean isSurrogate(int c) {
        return c >= 0xd800 && c <= 0xdfff;
    }

    private static boolean asciiOnly(ByteArrayOutputStream out, int c) {
        if (c >= 0x80) return false;
        out.write(c);
        return true;
    }

    static void writeUtf8(ByteArrayOutputStream out, int c) {
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | c >> 6);
            out.write(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out.write(0xe0 | c >> 12);
            out.write(0x80 | (c >> 6 & 0x3f));
            out.write(0x80 | (c & 0x3f));
        } else {
            out.write(0xf0 | c >> 18);
            out.write(0x80 | (c >> 12 & 0x3f));
            out.write(0x80 | (c >> 6 & 0x3f));
            out.write(0x80 | (c & 0x3f));
        }
    }

    /** UTF-8 decoding of b[0:len); when not final, an incomplete sequence at the end is left unconsumed. */
    public static Decoded decodeUtf8(byte[] b, int len, String errors, boolean fin) {
        int i = 0;
        while (i < len && b[i] >= 0) i++;
        if (i == len) return new Decoded(PyStr.of(new String(b, 0, len, StandardCharsets.ISO_8859_1)), len, 0);
        String valid = strictUtf8(b, len);
        if (valid != null) return new Decoded(PyStr.of(valid), len, 0);
        CodePointBuilder out = new CodePointBuilder(len);
        for (int k = 0; k < i; k++) out.add(b[k]);
        while (i < len) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.add(c);
                i++;
                continue;
            }
            int need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
            if (need == 0) {
                i = CodecErrors.decodeError(out, errors, "utf-8", b, i, i + 1, "invalid start byte");
                continue;
            }
            int cp = c & (0x3f >> need), j = 1;
            for (; j <= need && i + j < len; j++) {
                int cc = b[i + j] & 0xff;
                if ((cc & 0xc0) != 0x80 || (j == 1 && !secondOk(c, cc))) break;
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (j > need) {
                out.add(cp);
                i += need + 1;
            } else if (i + j >= len) {
                if (!fin) return new Decoded(out.toStr(), i, 0);
                i = CodecErrors.decodeError(out, errors, "utf-8", b, i, len, "unexpected end of data");
            } else {
                i = CodecErrors.decodeError(out, errors, "utf-8", b, i, i + j, "invalid continuation byte");
            }
        }
        return new Decoded(out.toStr(), len, 0);
    }

    /** b[0:len) decoded by Java's UTF-8 decoder (which refuses what CPython's strict decoder does), or null. */
    private static String strictUtf8(byte[] b, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(b, 0, len)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static boolean secondOk(int first, int second) {
        return switch (first) {
            case 0xe0 -> second >= 0xa0;
            case 0xed -> second <= 0x9f;
            case 0xf0 -> second >= 0x90;
            case 0xf4 -> second <= 0x8f;
            default -> true;
        };
    }

    // ---- latin-1 and ascii ----

    /** latin-1 (limit 256) or ascii (limit 128) encoding of str. */
    public static byte[] encodeUcs1(PyStr str, String errors, int limit) {
        int n = str.length();
        byte[] fast = new byte[n];
        int i = 0;
        for (; i < n; i++) {
            int c = str.codePointAt(i);
            if (c >= limit) break;
            fast[i] = (byte) c;
        }
        if (i == n) return fast;
        String enc = limit == 128 ? "ascii" : "latin-1";
        String reason = "ordinal not in range(" + limit + ")";
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 16);
        out.write(fast, 0, i);
        while (i < n) {
            int c = str.codePointAt(i);
            if (c < limit) {
                out.write(c);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && str.codePointAt(j) >= limit) j++;
            i = CodecErrors.encodeError(out, errors, enc, str, i, j, reason, (o, r) -> {
                if (r >= limit) return false;
                o.write(r);
                return true;
            });
        }
        return out.toByteArray();
    }

    /** latin-1 decoding: every byte is its code point. */
    public static PyStr decodeLatin1(byte[] b, int len) {
        return PyStr.of(new String(b, 0, len, StandardCharsets.ISO_8859_1));
    }

    /** ascii decoding of b[0:len). */
    public static PyStr decodeAscii(byte[] b, int len, String errors) {
        int i = 0;
        while (i < len && b[i] >= 0) i++;
        if (i == len) return decodeLatin1(b, len);
        CodePointBuilder out = new CodePointBuilder(len);
        for (int k = 0; k < i; k++) out.add(b[k]);
        while (i < len) {
            if (b[i] >= 0) out.add(b[i++]);
            else i = CodecErrors.decodeError(out, errors, "ascii", b, i, i + 1, "ordinal not in range(128)");
        }
        return out.toStr();
    }

    // ---- UTF-16 and UTF-32 ----

    /** The codec name for a width (2 or 4) and byte order (0 native with BOM, -1 little, 1 big). */
    static String utfName(int width, int byteorder) {
        String base = width == 2 ? "utf-16" : "utf-32";
        return byteorder == 0 ? base : byteorder < 0 ? base + "-le" : base + "-be";
    }

    /** UTF-16 (width 2) or UTF-32 (width 4) encoding; byteorder 0 writes a BOM and little-endian units. */
    public static byte[] encodeUtf16or32(PyStr str, String errors, int byteorder, int width) {
        int n = str.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * width + 4);
        boolean big = byteorder > 0;
        if (byteorder == 0) writeUnit(out, 0xfeff, width, false);
        String enc = utfName(width, byteorder);
        for (int i = 0; i < n;) {
            int c = str.codePointAt(i);
            if (!isSurrogate(c)) {
                writeChar(out, c, width, big);
                i++;
                continue;
            }
            i = CodecErrors.encodeError(out, errors, enc, str, i, i + 1, "surrogates not allowed", (o, r) -> {
                if (r >= 0x80) return false;
                writeUnit(o, r, width, big);
                return true;
            }, width);
        }
        return out.toByteArray();
    }

    private static void writeChar(ByteArrayOutputStream out, int c, int width, boolean big) {
        if (width == 2 && c >= 0x10000) {
            writeUnit(out, Character.highSurrogate(c), 2, big);
            writeUnit(out, Character.lowSurrogate(c), 2, big);
        } else {
            writeUnit(out, c, width, big);
        }
    }

    private static void writeUnit(ByteArrayOutputStream out, int u, int width, boolean big) {
        for (int k = 0; k < width; k++) out.write(u >>> (8 * (big ? width - 1 - k : k)));
    }

    private static int readUnit(byte[] b, int at, int width, boolean big) {
        int u = 0;
        for (int k = 0; k < width; k++) u |= (b[at + k] & 0xff) << (8 * (big ? width - 1 - k : k));
        return u;
    }

    /**
     * UTF-16/32 decoding of b[0:len). byteorder 0 reads a BOM at the start (little-endian without one), -1 and 1
     * force an order; the result carries the order in force at the end (as utf_16_ex_decode reports it).
     */
    public static Decoded decodeUtf16or32(byte[] b, int len, String errors, int byteorder, boolean fin, int width) {
        int i = 0, bo = byteorder;
        if (bo == 0 && len >= width) {
            int bom = readUnit(b, 0, width, false);
            if (bom == 0xfeff) { bo = -1; i = width; }
            else if (width == 2 && bom == 0xfffe || width == 4 && bom == 0xfffe0000) { bo = 1; i = width; }
        }
        String enc = utfName(width, bo > 0 ? 1 : -1);
        boolean big = bo > 0;
        CodePointBuilder out = new CodePointBuilder(len / width);
        while (i < len) {
            if (len - i < width) {
                if (!fin) break;
                i = CodecErrors.decodeError(out, errors, enc, b, i, len, "truncated data");
                continue;
            }
            int u = readUnit(b, i, width, big);
            if (width == 4) {
                i = decode32(out, b, i, u, errors, enc);
                continue;
            }
            if (!isSurrogate(u)) {
                out.add(u);
                i += 2;
            } else if (u >= 0xdc00) {
                i = CodecErrors.decodeError(out, errors, enc, b, i, i + 2, "illegal encoding");
            } else if (len - i < 4) {
                if (!fin) break;
                i = CodecErrors.decodeError(out, errors, enc, b, i, len, "unexpected end of data");
            } else {
                int u2 = readUnit(b, i + 2, 2, big);
                if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                    out.add(Character.toCodePoint((char) u, (char) u2));
                    i += 4;
                } else {
                    i = CodecErrors.decodeError(out, errors, enc, b, i, i + 2, "illegal UTF-16 surrogate");
                }
            }
        }
        return new Decoded(out.toStr(), i, bo == 0 ? 0 : bo);
    }

    private static int decode32(CodePointBuilder out, byte[] b, int i, int u, String errors, String enc) {
        if (u < 0 || u > 0x10ffff)
            return CodecErrors.decodeError(out, errors, enc, b, i, i + 4, "code point not in range(0x110000)");
        if (isSurrogate(u))
            return CodecErrors.decodeError(out, errors, enc, b, i, i + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)");
        out.add(u);
        return i + 4;
    }
}
