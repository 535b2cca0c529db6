package org.sanca.modules;

import org.sanca.objects.Codecs;

import java.util.Locale;

import org.sanca.objects.PyStr;

/**
 * The one place where _io encodes and decodes text: TextIOWrapper's encoder and decoder, through
 * the codec machinery str.encode and bytes.decode use (objects.Codecs), plus the knowledge of where a
 * multi-byte encoding's chunk may end in the middle of a character.
 * CPython: Modules/_io/textio.c (the encoder/decoder set-up it does through codecs).
 */
final class IoCodec {
    private IoCodec() {}

    /** Checks that the encoding exists (LookupError "unknown encoding: x" otherwise). */
    static void lookup(String encoding) {
        Codecs.encode("", encoding, "strict");
    }

    /** The codec name in a comparable form: lower case, '-' for '_', 'utf8' as 'utf-8'. */
    static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (e) {
            case "utf8", "u8", "utf" -> "utf-8";
            case "utf16", "u16" -> "utf-16";
            case "utf32", "u32" -> "utf-32";
            case "utf-16le" -> "utf-16-le";
            case "utf-16be" -> "utf-16-be";
            default -> e;
        };
    }

    static byte[] encode(String text, String encoding, String errors) {
        return Codecs.encode(text, encoding, errors);
    }

    static byte[] encode(PyStr text, String encoding, String errors) {
        return Codecs.encode(text, encoding, errors);
    }

    static String decode(byte[] b, String encoding, String errors) {
        return Codecs.decode(b, encoding, errors);
    }

    /** The code unit size of a UTF-16/UTF-32 codec, else 1. */
    static int unit(String norm) {
        return norm.startsWith("utf-16") ? 2 : norm.startsWith("utf-32") ? 4 : 1;
    }

    /**
     * How many bytes at the end of b (of len bytes) start a character that continues in the next
     * chunk: they wait for it, as an incremental decoder keeps them.
     */
    static int incompleteTail(byte[] b, int len, String norm) {
        if (norm.equals("utf-8") || norm.equals("utf-8-sig")) {
            for (int back = 1; back <= Math.min(3, len); back++) {
                int c = b[len - back] & 0xff;
                if (c < 0x80) return 0;
                if (c >= 0xc0) {
                    int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                    return need > back ? back : 0;
                }
            }
            return 0;
        }
        int unit = unit(norm);
        int tail = len % unit;
        if (unit == 2 && tail == 0 && len >= 2) {
            boolean be = norm.endsWith("be");
            int hi = be ? b[len - 2] & 0xff : b[len - 1] & 0xff;
            if (hi >= 0xd8 && hi <= 0xdb) return 2;
        }
        return tail;
    }
}
