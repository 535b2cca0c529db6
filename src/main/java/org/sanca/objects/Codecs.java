package org.sanca.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The built-in codecs str.encode and bytes.decode use: utf-8, ascii and latin-1 with the common error handlers.
 * CPython: Objects/unicodeobject.c (PyUnicode_AsEncodedString, PyUnicode_Decode, the error handlers).
 */
public final class Codecs {
    private Codecs() {}

    static String normalize(String enc) {
        String e = enc.toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (e) {
            case "utf8", "utf-8", "u8", "utf" -> "utf-8";
            case "ascii", "us-ascii", "646" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin" -> "latin-1";
            default -> e;
        };
    }

    /** str.encode. */
    public static byte[] encode(String s, String encoding, String errors) {
        return encode(PyStr.of(s), encoding, errors);
    }

    /** str.encode by code points (a str's lone surrogates stay lone, as 'surrogatepass' needs). */
    static byte[] encode(PyStr str, String encoding, String errors) {
        String enc = normalize(encoding);
        int limit = switch (enc) {
            case "utf-8" -> 0x10ffff;
            case "ascii" -> 0x7f;
            case "latin-1" -> 0xff;
            default -> throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        };
        int[] cps = str.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c <= limit && !(enc.equals("utf-8") && c >= 0xd800 && c <= 0xdfff)) {
                writeChar(out, c, enc);
                continue;
            }
            if (enc.equals("utf-8") && c >= 0xdc80 && c <= 0xdcff && errors.equals("surrogateescape")) {
                out.write(c - 0xdc00);
                continue;
            }
            if (enc.equals("utf-8") && errors.equals("surrogatepass") && c >= 0xd800 && c <= 0xdfff) {
                out.write(0xe0 | c >> 12);
                out.write(0x80 | (c >> 6 & 0x3f));
                out.write(0x80 | (c & 0x3f));
                continue;
            }
            switch (errors) {
                case "ignore" -> {}
                case "replace" -> out.write('?');
                case "backslashreplace" -> {
                    StringBuilder sb = new StringBuilder();
                    StrRepr.hex(sb, c);
                    out.writeBytes(sb.toString().getBytes(StandardCharsets.US_ASCII));
                }
                case "xmlcharrefreplace" -> out.writeBytes(("&#" + c + ";").getBytes(StandardCharsets.US_ASCII));
                default -> {
                    int j = i;
                    while (j < cps.length && (cps[j] > limit || (enc.equals("utf-8") && cps[j] >= 0xd800 && cps[j] <= 0xdfff))) j++;
                    String reason = enc.equals("utf-8") ? "surrogates not allowed" : "ordinal not in range(" + (limit + 1) + ")";
                    throw PyErr.raise(PyExc.UnicodeEncodeError, PyStr.of(enc), StrType.exact(str), PyInt.of(i), PyInt.of(j),
                            PyStr.of(reason));
                }
            }
        }
        return out.toByteArray();
    }

    private static void writeChar(ByteArrayOutputStream out, int c, String enc) {
        if (!enc.equals("utf-8") || c < 0x80) out.write(c);
        else out.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
    }

    /** str(obj, encoding, errors) for a bytes-like obj. */
    static String decodeObject(PyObject o, String encoding, String errors) {
        if (o instanceof PyStr) throw PyErr.format(PyExc.TypeError, "decoding str is not supported");
        if (!(o instanceof PyBytes || o instanceof PyByteArray))
            throw PyErr.format(PyExc.TypeError, "decoding to str: need a bytes-like object, %.80s found", PyErr.typeName(o));
        return decode(PyBytes.fromObject(o), encoding, errors);
    }

    /** bytes.decode. */
    public static String decode(byte[] b, String encoding, String errors) {
        String enc = normalize(encoding);
        switch (enc) {
            case "latin-1":
                return new String(b, StandardCharsets.ISO_8859_1);
            case "ascii": {
                StringBuilder sb = new StringBuilder(b.length);
                for (int i = 0; i < b.length; i++) {
                    int c = b[i] & 0xff;
                    if (c < 0x80) sb.append((char) c);
                    else decodeError(sb, b, i, i + 1, "ascii", "ordinal not in range(128)", errors);
                }
                return sb.toString();
            }
            case "utf-8":
                return decodeUtf8(b, errors);
            default:
                throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
    }

    private static void decodeError(StringBuilder sb, byte[] b, int start, int end, String enc, String reason, String errors) {
        switch (errors) {
            case "ignore" -> {}
            case "replace" -> sb.append('\ufffd');
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) sb.append((char) (0xdc00 + (b[i] & 0xff)));
            }
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) sb.append(String.format("\\x%02x", b[i] & 0xff));
            }
            default -> throw PyErr.raise(PyExc.UnicodeDecodeError, PyStr.of(enc), PyBytes.of(b), PyInt.of(start),
                    PyInt.of(end), PyStr.of(reason));
        }
    }

    private static String decodeUtf8(byte[] b, String errors) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0, n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need, min;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                min = 0x10000;
            } else {
                decodeError(sb, b, i, i + 1, "utf-8", "invalid start byte", errors);
                i++;
                continue;
            }
            int cp = c & (0x3f >> need);
            int j = 1;
            boolean bad = false;
            for (; j <= need; j++) {
                if (i + j >= n) {
                    bad = true;
                    break;
                }
                int cc = b[i + j] & 0xff;
                if ((cc & 0xc0) != 0x80 || (j == 1 && !secondOk(c, cc))) {
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (bad) {
                String reason = i + j >= n ? "unexpected end of data" : "invalid continuation byte";
                decodeError(sb, b, i, i + j, "utf-8", reason, errors);
                i += j;
                continue;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    private static boolean secondOk(int first, int second) {
        if (first == 0xe0) return second >= 0xa0;
        if (first == 0xed) return second <= 0x9f;
        if (first == 0xf0) return second >= 0x90;
        if (first == 0xf4) return second <= 0x8f;
        return true;
    }
}
