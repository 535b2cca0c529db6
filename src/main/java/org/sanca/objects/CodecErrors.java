package org.sanca.objects;

import java.util.HashMap;
import java.util.Map;

import org.sanca.objects.Slots.MethO;

/**
 * The codec error handlers: the registry behind register_error/lookup_error, the built-in handlers
 * ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace',
 * 'surrogateescape', 'surrogatepass'), and the calls codecs make when they meet bytes or characters they
 * cannot handle.
 * CPython: Python/codecs.c (PyCodec_RegisterError, PyCodec_*Errors) and the error-callback helpers of
 * Objects/unicodeobject.c (unicode_encode_call_errorhandler, unicode_decode_call_errorhandler_writer).
 */
public final class CodecErrors {
    private CodecErrors() {}

    /** What an error handler gave: the replacement (a str, or bytes when encoding) and where to resume. */
    public record Resume(PyObject replacement, int pos) {}

    private static final Map<String, PyObject> HANDLERS = new HashMap<>();

    static {
        reset();
    }

    /** Drops the handlers registered from Python, keeping the built-in ones. */
    static synchronized void reset() {
        HANDLERS.clear();
        builtin("strict", "strict_errors", CodecErrors::strict);
        builtin("ignore", "ignore_errors", CodecErrors::ignore);
        builtin("replace", "replace_errors", CodecErrors::replace);
        builtin("xmlcharrefreplace", "xmlcharrefreplace_errors", CodecErrors::xmlcharrefreplace);
        builtin("backslashreplace", "backslashreplace_errors", CodecErrors::backslashreplace);
        builtin("namereplace", "namereplace_errors", CodecErrors::namereplace);
        builtin("surrogateescape", "surrogateescape", CodecErrors::surrogateescape);
        builtin("surrogatepass", "surrogatepass", CodecErrors::surrogatepass);
    }

    private static void builtin(String name, String fname, MethO f) {
        HANDLERS.put(name, new PyBuiltinFunction(fname, null, f).withModule("_codecs", null));
    }

    /** codecs.register_error. */
    public static synchronized void register(String name, PyObject handler) {
        if (handler.type().tp_call == null) throw PyErr.format(PyExc.TypeError, "handler must be callable");
        HANDLERS.put(name, handler);
    }

    /** codecs.lookup_error; LookupError for an unknown name. */
    public static synchronized PyObject lookup(String name) {
        PyObject h = HANDLERS.get(name == null ? "strict" : name);
        if (h == null) throw PyErr.format(PyExc.LookupError, "unknown error handler name '%.400s'", name);
        return h;
    }

    // ---- calls from the codecs ----

    /** The UnicodeEncodeError for str[start:end) of the given codec. */
    public static PyBaseException encodeException(String encoding, PyStr str, int start, int end, String reason) {
        return (PyBaseException) Abstract.call(PyExc.UnicodeEncodeError, PyStr.of(encoding), str, PyInt.of(start),
                PyInt.of(end), PyStr.of(reason));
    }

    /** The UnicodeDecodeError for input[start:end) of the given codec. */
    public static PyBaseException decodeException(String encoding, byte[] input, int start, int end, String reason) {
        return (PyBaseException) Abstract.call(PyExc.UnicodeDecodeError, PyStr.of(encoding), PyBytes.of(input),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }

    /** Calls the errors handler for an encoding error; raises the error itself under 'strict'. */
    public static Resume onEncode(String errors, String encoding, PyStr str, int start, int end, String reason) {
        PyBaseException e = encodeException(encoding, str, start, end, reason);
        return call(errors, e, str.length(), true, "encoding error handler must return (str/bytes, int) tuple");
    }

    /** Calls the errors handler for a decoding error; raises the error itself under 'strict'. */
    public static Resume onDecode(String errors, String encoding, byte[] input, int start, int end, String reason) {
        PyBaseException e = decodeException(encoding, input, start, end, reason);
        return call(errors, e, input.length, false, "decoding error handler must return (str, int) tuple");
    }

    /** Calls the errors handler for a translation error. */
    public static Resume onTranslate(String errors, PyStr str, int start, int end, String reason) {
        PyBaseException e = (PyBaseException) Abstract.call(PyExc.UnicodeTranslateError, str, PyInt.of(start),
                PyInt.of(end), PyStr.of(reason));
        return call(errors, e, str.length(), false, "translating error handler must return (str, int) tuple");
    }

    private static Resume call(String errors, PyBaseException e, int len, boolean bytesOk, String message) {
        if (errors == null || errors.equals("strict")) throw PyErr.of(e);
        PyObject r = Abstract.call(lookup(errors), e);
        if (!(r instanceof PyTuple t) || t.size() != 2) throw PyErr.format(PyExc.TypeError, message);
        PyInt newpos = PyNumber.index(t.get(1));
        if (!(t.get(0) instanceof PyStr || bytesOk && t.get(0) instanceof PyBytes))
            throw PyErr.format(PyExc.TypeError, message);
        long pos = newpos.fitsLong() ? newpos.longValue() : Long.MAX_VALUE;
        if (pos < 0) pos += len;
        if (pos < 0 || pos > len)
            throw PyErr.format(PyExc.IndexError, "position %d from error handler out of bounds", pos);
        return new Resume(t.get(0), (int) pos);
    }

    /** How a codec writes one code point of a replacement str: false when it cannot. */
    public interface Writer {
        boolean write(java.io.ByteArrayOutputStream out, int c);
    }

    /**
     * Handles str[start:end) that the codec cannot encode: writes the handler's replacement (bytes as they
     * are, a str through w, raising the original error when w cannot write it) and returns where to resume.
     */
    public static int encodeError(java.io.ByteArrayOutputStream out, String errors, String encoding, PyStr str, int start,
            int end, String reason, Writer w) {
        return encodeError(out, errors, encoding, str, start, end, reason, w, 1);
    }

    /** As above, for a codec whose bytes replacements must be whole units of unitSize bytes (UTF-16, UTF-32). */
    public static int encodeError(java.io.ByteArrayOutputStream out, String errors, String encoding, PyStr str, int start,
            int end, String reason, Writer w, int unitSize) {
        if ("ignore".equals(errors)) return end;
        Resume r = onEncode(errors, encoding, str, start, end, reason);
        if (r.replacement() instanceof PyBytes b) {
            if (b.value.length % unitSize != 0) throw PyErr.of(encodeException(encoding, str, start, end, reason));
            out.writeBytes(b.value);
        } else {
            PyStr rep = (PyStr) r.replacement();
            for (int i = 0, n = rep.length(); i < n; i++)
                if (!w.write(out, rep.codePointAt(i))) throw PyErr.of(encodeException(encoding, str, start, end, reason));
        }
        return r.pos();
    }

    /**
     * Handles input[start:end) that the codec cannot decode: appends the handler's replacement to out and
     * returns where to resume ('ignore', 'replace' and 'surrogateescape' on high bytes without a call).
     */
    public static int decodeError(CodePointBuilder out, String errors, String encoding, byte[] input, int start, int end,
            String reason) {
        if (errors != null) {
            switch (errors) {
                case "ignore":
                    return end;
                case "replace":
                    out.add(0xfffd);
                    return end;
                case "surrogateescape":
                    if (highBytes(input, start, end)) {
                        for (int i = start; i < end; i++) out.add(0xdc00 + (input[i] & 0xff));
                        return end;
                    }
                    break;
                default:
                    break;
            }
        }
        Resume r = onDecode(errors, encoding, input, start, end, reason);
        out.add((PyStr) r.replacement());
        return r.pos();
    }

    private static boolean highBytes(byte[] b, int start, int end) {
        if (end - start > 4) return false;
        for (int i = start; i < end; i++) if ((b[i] & 0xff) < 0x80) return false;
        return true;
    }

    // ---- the built-in handlers ----

    private enum Kind { ENCODE, DECODE, TRANSLATE }

    private static Kind kind(PyObject exc) {
        if (Abstract.isInstance(exc, PyExc.UnicodeEncodeError)) return Kind.ENCODE;
        if (Abstract.isInstance(exc, PyExc.UnicodeDecodeError)) return Kind.DECODE;
        if (Abstract.isInstance(exc, PyExc.UnicodeTranslateError)) return Kind.TRANSLATE;
        throw wrongType(exc);
    }

    private static PyException wrongType(PyObject exc) {
        return PyErr.format(PyExc.TypeError, "don't know how to handle %.200s in error callback", PyErr.typeName(exc));
    }

    private static PyBaseException exc(PyObject o) {
        return (PyBaseException) o;
    }

    /** The exception's object: a str for encode/translate, bytes for decode (TypeError otherwise). */
    private static PyObject object(PyObject exc, Kind k) {
        PyObject o = exc(exc).getAttrField("object");
        if (k == Kind.DECODE) {
            if (!(o instanceof PyBytes))
                throw PyErr.format(PyExc.TypeError, "object attribute must be bytes");
        } else if (!(o instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "object attribute must be unicode");
        }
        return o;
    }

    private static int size(PyObject o) {
        return o instanceof PyStr s ? s.length() : ((PyBytes) o).value.length;
    }

    private static long attr(PyObject exc, String name) {
        PyObject v = exc(exc).getAttrField(name);
        if (!(v instanceof PyInt i)) throw PyErr.format(PyExc.TypeError, "%s attribute must be int", name);
        return i.fitsLong() ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** PyUnicode*Error_GetStart: start clamped into the object. */
    static int start(PyObject exc, int size) {
        long s = attr(exc, "start");
        if (s >= size) s = size - 1;
        return (int) Math.max(s, 0);
    }

    /** PyUnicode*Error_GetEnd: end clamped into 1..size. */
    static int end(PyObject exc, int size) {
        long e = attr(exc, "end");
        if (e < 1) e = 1;
        return (int) Math.min(e, size);
    }

    private static PyObject result(PyObject replacement, int pos) {
        return PyTuple.of(replacement, PyInt.of(pos));
    }

    private static PyObject strict(PyObject self, PyObject exc) {
        if (exc instanceof PyBaseException e) throw PyErr.of(e);
        throw PyErr.format(PyExc.TypeError, "codec must pass exception instance");
    }

    private static PyObject ignore(PyObject self, PyObject exc) {
        Kind k = kind(exc);
        return result(PyStr.EMPTY, end(exc, size(object(exc, k))));
    }

    private static PyObject replace(PyObject self, PyObject exc) {
        Kind k = kind(exc);
        PyObject o = object(exc, k);
        int size = size(o), start = start(exc, size), end = end(exc, size);
        if (k == Kind.DECODE) return result(PyStr.of("\ufffd"), end);
        String one = k == Kind.ENCODE ? "?" : "\ufffd";
        return result(PyStr.of(one.repeat(Math.max(0, end - start))), end);
    }

    private static PyObject xmlcharrefreplace(PyObject self, PyObject exc) {
        if (kind(exc) != Kind.ENCODE) throw wrongType(exc);
        PyStr s = (PyStr) object(exc, Kind.ENCODE);
        int size = s.length(), end = end(exc, size);
        StringBuilder sb = new StringBuilder();
        for (int i = start(exc, size); i < end; i++) sb.append("&#").append(s.codePointAt(i)).append(';');
        return result(PyStr.of(sb.toString()), end);
    }

    private static PyObject backslashreplace(PyObject self, PyObject exc) {
        Kind k = kind(exc);
        PyObject o = object(exc, k);
        int size = size(o), end = end(exc, size);
        StringBuilder sb = new StringBuilder();
        for (int i = start(exc, size); i < end; i++)
            StrRepr.hex(sb, o instanceof PyStr s ? s.codePointAt(i) : ((PyBytes) o).value[i] & 0xff);
        return result(PyStr.of(sb.toString()), end);
    }

    private static PyObject namereplace(PyObject self, PyObject exc) {
        if (kind(exc) != Kind.ENCODE) throw wrongType(exc);
        PyStr s = (PyStr) object(exc, Kind.ENCODE);
        int size = s.length(), end = end(exc, size);
        StringBuilder sb = new StringBuilder();
        for (int i = start(exc, size); i < end; i++) {
            int c = s.codePointAt(i);
            String name = charName(c);
            if (name != null) sb.append("\\N{").append(name).append('}');
            else StrRepr.hex(sb, c);
        }
        return result(PyStr.of(sb.toString()), end);
    }

    /**
     * The Unicode name of c as unicodedata.name gives it, from Java's character names (Java's Unicode
     * version may be newer than CPython 3.11's 14.0). Control characters, surrogates and private-use
     * characters have none; CJK ideographs and Hangul syllables are named algorithmically, as unicodedata does.
     */
    static String charName(int c) {
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED) return null;
        if (c >= 0xac00 && c <= 0xd7a3) return hangulName(c - 0xac00);
        if (Character.isIdeographic(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            String n = Character.getName(c);
            if (n != null && n.startsWith("CJK UNIFIED IDEOGRAPHS"))
                return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        }
        return Character.getName(c);
    }

    private static final String[] L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C",
        "K", "T", "P", "H"};
    private static final String[] V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static String hangulName(int s) {
        return "HANGUL SYLLABLE " + L[s / (21 * 28)] + V[s % (21 * 28) / 28] + T[s % 28];
    }

    private static PyObject surrogateescape(PyObject self, PyObject exc) {
        Kind k = kind(exc);
        if (k == Kind.TRANSLATE) throw wrongType(exc);
        PyObject o = object(exc, k);
        int size = size(o), start = start(exc, size), end = end(exc, size);
        if (k == Kind.ENCODE) {
            PyStr s = (PyStr) o;
            byte[] out = new byte[Math.max(0, end - start)];
            for (int i = start; i < end; i++) {
                int c = s.codePointAt(i);
                if (c < 0xdc80 || c > 0xdcff) throw PyErr.of(exc(exc));
                out[i - start] = (byte) (c - 0xdc00);
            }
            return result(PyBytes.of(out), end);
        }
        byte[] b = ((PyBytes) o).value;
        int[] cps = new int[4];
        int n = 0;
        while (n < 4 && start + n < end && (b[start + n] & 0xff) >= 0x80) {
            cps[n] = 0xdc00 + (b[start + n] & 0xff);
            n++;
        }
        if (n == 0) throw PyErr.of(exc(exc));
        return result(PyStr.fromCodePoints(cps, n), start + n);
    }

    /** The UTF form surrogatepass writes for an encoding name: 8, 16 or 32, negative for big-endian, 0 for none. */
    static int standardUtf(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT);
        if (!e.startsWith("utf")) return 0;
        e = e.substring(3);
        if (e.startsWith("-") || e.startsWith("_")) e = e.substring(1);
        int bits;
        if (e.startsWith("8")) return e.length() == 1 ? 8 : 0;
        else if (e.startsWith("16")) bits = 16;
        else if (e.startsWith("32")) bits = 32;
        else return 0;
        e = e.substring(2);
        if (e.isEmpty()) return bits;
        if (e.startsWith("-") || e.startsWith("_")) e = e.substring(1);
        return switch (e) {
            case "le" -> bits;
            case "be" -> -bits;
            default -> 0;
        };
    }

    private static PyObject surrogatepass(PyObject self, PyObject exc) {
        Kind k = kind(exc);
        if (k == Kind.TRANSLATE) throw wrongType(exc);
        PyObject o = object(exc, k);
        PyObject encoding = exc(exc).getAttrField("encoding");
        if (!(encoding instanceof PyStr enc)) throw PyErr.format(PyExc.TypeError, "encoding must be a string");
        int utf = standardUtf(enc.value);
        if (utf == 0) throw PyErr.of(exc(exc));
        int size = size(o), start = start(exc, size), end = end(exc, size);
        int width = Math.abs(utf) == 8 ? 3 : Math.abs(utf) / 8;
        if (k == Kind.ENCODE) {
            PyStr s = (PyStr) o;
            byte[] out = new byte[Math.max(0, end - start) * width];
            for (int i = start; i < end; i++) {
                int c = s.codePointAt(i);
                if (c < 0xd800 || c > 0xdfff) throw PyErr.of(exc(exc));
                putUnit(out, (i - start) * width, c, utf);
            }
            return result(PyBytes.of(out), end);
        }
        byte[] b = ((PyBytes) o).value;
        int c = start + width <= b.length ? getUnit(b, start, utf) : -1;
        if (c < 0xd800 || c > 0xdfff) throw PyErr.of(exc(exc));
        return result(PyStr.fromCodePoints(new int[] {c}, 1), start + width);
    }

    private static void putUnit(byte[] out, int at, int c, int utf) {
        switch (utf) {
            case 8 -> {
                out[at] = (byte) (0xe0 | c >> 12);
                out[at + 1] = (byte) (0x80 | (c >> 6 & 0x3f));
                out[at + 2] = (byte) (0x80 | (c & 0x3f));
            }
            case 16 -> { out[at] = (byte) c; out[at + 1] = (byte) (c >> 8); }
            case -16 -> { out[at] = (byte) (c >> 8); out[at + 1] = (byte) c; }
            case 32 -> { out[at] = (byte) c; out[at + 1] = (byte) (c >> 8); }
            default -> { out[at + 2] = (byte) (c >> 8); out[at + 3] = (byte) c; }
        }
    }

    private static int getUnit(byte[] b, int at, int utf) {
        return switch (utf) {
            case 8 -> (b[at] & 0xf0) == 0xe0 && (b[at + 1] & 0xc0) == 0x80 && (b[at + 2] & 0xc0) == 0x80
                    ? (b[at] & 0x0f) << 12 | (b[at + 1] & 0x3f) << 6 | (b[at + 2] & 0x3f) : -1;
            case 16 -> (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
            case -16 -> (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
            case 32 -> (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | b[at + 3] << 24;
            default -> b[at] << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
        };
    }
}
