package org.sanca.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codec registry and the text-encoding entry points: register/lookup of search functions (the
 * encodings package registers its own on first use), codecs.encode/decode, and str.encode/bytes.decode with
 * Java fast paths for UTF-8, UTF-16, UTF-32, ascii and latin-1.
 * CPython: Python/codecs.c (PyCodec_Register, _PyCodec_Lookup, PyCodec_Encode, _PyCodec_EncodeText) and
 * Objects/unicodeobject.c (PyUnicode_AsEncodedString, PyUnicode_Decode).
 *
 * <p>Java API for other modules: {@link #encode(PyStr, String, String)} and
 * {@link #decodeStr(byte[], String, String)} for whole texts, {@link #incrementalDecoder} and
 * {@link #incrementalEncoder} for streams (the codec's Python IncrementalDecoder/Encoder objects).
 */
public final class Codecs {
    private Codecs() {}

    private static final List<PyObject> SEARCH = new ArrayList<>();
    private static final Map<String, PyObject> CACHE = new HashMap<>();
    private static volatile boolean encodingsImported;

    /** How the registry imports the encodings package on first lookup. */
    private static volatile Reduce.Importer importer;

    /**
     * Starts the registries afresh for a new interpreter (CPython keeps them in the interpreter state):
     * no search functions, the built-in error handlers only, and encodings imported again through imp on
     * the first lookup.
     */
    public static synchronized void install(Reduce.Importer imp) {
        SEARCH.clear();
        CACHE.clear();
        encodingsImported = false;
        importer = imp;
        CodecErrors.reset();
    }

    // ---- the registry ----

    /** codecs.register. */
    public static synchronized void register(PyObject search) {
        if (search.type().tp_call == null) throw PyErr.format(PyExc.TypeError, "argument must be callable");
        SEARCH.add(search);
    }

    /** codecs.unregister: drops the search function and the cache. */
    public static synchronized void unregister(PyObject search) {
        for (int i = 0; i < SEARCH.size(); i++) {
            if (SEARCH.get(i) == search) {
                SEARCH.remove(i);
                CACHE.clear();
                return;
            }
        }
    }

    /** _codecs._forget_codec. */
    public static synchronized void forget(String encoding) {
        CACHE.remove(normalizeString(encoding));
    }

    /** CPython's normalizestring: runs of characters other than ASCII letters, digits and '.' become one '_'. */
    static String normalizeString(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0, n = encoding.length(); i < n; i++) {
            char c = encoding.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.')) {
                if (punct && sb.length() > 0) sb.append('_');
                punct = false;
                sb.append(Character.toLowerCase(c));
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /** codecs.lookup: the CodecInfo of an encoding, LookupError when no search function knows it. */
    public static PyObject lookup(String encoding) {
        if (!encodingsImported) importEncodings();
        String key = normalizeString(encoding);
        PyObject[] functions;
        synchronized (Codecs.class) {
            PyObject hit = CACHE.get(key);
            if (hit != null) return hit;
            functions = SEARCH.toArray(new PyObject[0]);
        }
        PyStr name = PyStr.of(key);
        for (PyObject f : functions) {
            PyObject r = Abstract.call(f, name);
            if (r == PyNone.INSTANCE) continue;
            if (!(r instanceof PyTuple t) || t.size() != 4)
                throw PyErr.format(PyExc.TypeError, "codec search functions must return 4-tuples");
            synchronized (Codecs.class) {
                CACHE.put(key, r);
            }
            return r;
        }
        throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
    }

    private static void importEncodings() {
        encodingsImported = true;
        Reduce.Importer imp = importer;
        if (imp != null) imp.importModule("encodings");
    }

    // ---- codecs.encode / codecs.decode ----

    /** codecs.encode(obj, encoding, errors): any codec, any result type. */
    public static PyObject encodeAny(PyObject obj, String encoding, String errors) {
        return run(obj, lookup(encoding), 0, encoding, errors, "encoding");
    }

    /** codecs.decode(obj, encoding, errors): any codec, any result type. */
    public static PyObject decodeAny(PyObject obj, String encoding, String errors) {
        return run(obj, lookup(encoding), 1, encoding, errors, "decoding");
    }

    /** Calls the codec's encoder (index 0) or decoder (1) and takes the first item of its result. */
    private static PyObject run(PyObject obj, PyObject info, int index, String encoding, String errors, String verb) {
        PyObject coder = ((PyTuple) info).get(index);
        PyObject r;
        try {
            r = errors == null ? Abstract.call(coder, obj) : Abstract.call(coder, obj, PyStr.of(errors));
        } catch (PyException e) {
            throw wrap(e, verb, encoding);
        }
        if (!(r instanceof PyTuple t) || t.size() != 2)
            throw PyErr.format(PyExc.TypeError, index == 0 ? "encoder must return a tuple (object, integer)"
                    : "decoder must return a tuple (object,integer)");
        return t.get(0);
    }

    /** CPython's wrap_codec_error: a plain builtin exception becomes "encoding with 'x' codec failed (...)". */
    private static PyException wrap(PyException e, String verb, String encoding) {
        PyBaseException v = e.value;
        PyType t = v.type();
        boolean plain = t.tp_init == PyExc.BaseException.tp_init && t.tp_new == PyExc.BaseException.tp_new
                && (v.dict == null || v.dict.size() == 0);
        if (!plain || v.args.size() > 1 || v.args.size() == 1 && !(v.args.get(0) instanceof PyStr)) return e;
        PyException w = PyErr.format(t, "%s with '%s' codec failed (%s: %s)", verb, encoding, t.getName(),
                Abstract.str(v).asString());
        Abstract.setAttr(w.value, "__cause__", v);
        return w;
    }

    // ---- text encodings: str.encode, bytes.decode ----

    /** The fast-path name of an encoding ("utf-8", "utf-16", ..., "ascii", "latin-1"), or null. */
    static String fastName(String encoding) {
        String e = normalizeString(encoding);
        if (e.startsWith("utf")) {
            String rest = e.startsWith("utf_") ? e.substring(4) : e.substring(3);
            return switch (rest) {
                case "8" -> "utf-8";
                case "16" -> "utf-16";
                case "32" -> "utf-32";
                case "16_le", "16le" -> "utf-16-le";
                case "16_be", "16be" -> "utf-16-be";
                case "32_le", "32le" -> "utf-32-le";
                case "32_be", "32be" -> "utf-32-be";
                default -> null;
            };
        }
        return switch (e) {
            case "ascii", "us_ascii" -> "ascii";
            case "latin1", "latin_1", "iso_8859_1", "iso8859_1" -> "latin-1";
            default -> null;
        };
    }

    /** The byte order of a fast-path UTF-16/32 name: 0 (BOM), -1 little-endian, 1 big-endian. */
    private static int order(String fast) {
        return fast.endsWith("le") ? -1 : fast.endsWith("be") ? 1 : 0;
    }

    /** str.encode(encoding, errors) (errors null means 'strict'). */
    public static byte[] encode(PyStr str, String encoding, String errors) {
        String fast = fastName(encoding);
        if (fast != null) {
            return switch (fast) {
                case "utf-8" -> CodecUtf.encodeUtf8(str, errors);
                case "utf-16", "utf-16-le", "utf-16-be" -> CodecUtf.encodeUtf16or32(str, errors, order(fast), 2);
                case "utf-32", "utf-32-le", "utf-32-be" -> CodecUtf.encodeUtf16or32(str, errors, order(fast), 4);
                case "ascii" -> CodecUtf.encodeUcs1(str, errors, 128);
                default -> CodecUtf.encodeUcs1(str, errors, 256);
            };
        }
        PyObject info = textCodec(encoding, "codecs.encode()");
        PyObject r = run(str, info, 0, encoding, errors, "encoding");
        if (r instanceof PyBytes b) return b.value;
        if (r instanceof PyByteArray ba) return ba.toByteArray();
        throw PyErr.format(PyExc.TypeError, "'%.400s' encoder returned '%.400s' instead of 'bytes'; use codecs.encode() "
                + "to encode to arbitrary types", encoding, PyErr.typeName(r));
    }

    /** str.encode for Java text. */
    public static byte[] encode(String s, String encoding, String errors) {
        return encode(PyStr.of(s), encoding, errors);
    }

    /** bytes.decode(encoding, errors) (errors null means 'strict'). */
    public static PyStr decodeStr(byte[] b, String encoding, String errors) {
        if (b.length == 0) return PyStr.EMPTY;
        String fast = fastName(encoding);
        if (fast != null) {
            return switch (fast) {
                case "utf-8" -> CodecUtf.decodeUtf8(b, b.length, errors, true).text();
                case "utf-16", "utf-16-le", "utf-16-be" ->
                        CodecUtf.decodeUtf16or32(b, b.length, errors, order(fast), true, 2).text();
                case "utf-32", "utf-32-le", "utf-32-be" ->
                        CodecUtf.decodeUtf16or32(b, b.length, errors, order(fast), true, 4).text();
                case "ascii" -> CodecUtf.decodeAscii(b, b.length, errors);
                default -> CodecUtf.decodeLatin1(b, b.length);
            };
        }
        PyObject info = textCodec(encoding, "codecs.decode()");
        PyObject r = run(PyBytes.of(b), info, 1, encoding, errors, "decoding");
        if (r instanceof PyStr s) return s;
        throw PyErr.format(PyExc.TypeError, "'%.400s' decoder returned '%.400s' instead of 'str'; use codecs.decode() "
                + "to decode to arbitrary types", encoding, PyErr.typeName(r));
    }

    /** bytes.decode as Java text (a str's lone surrogates stay lone chars). */
    public static String decode(byte[] b, String encoding, String errors) {
        return decodeStr(b, encoding, errors).asString();
    }

    /** str(obj, encoding, errors) for a bytes-like obj. */
    static PyStr decodeObject(PyObject o, String encoding, String errors) {
        if (o instanceof PyStr) throw PyErr.format(PyExc.TypeError, "decoding str is not supported");
        if (!(o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView))
            throw PyErr.format(PyExc.TypeError, "decoding to str: need a bytes-like object, %.80s found", PyErr.typeName(o));
        return decodeStr(PyBytes.fromObject(o), encoding, errors);
    }

    /** _PyCodec_LookupTextEncoding: the CodecInfo, refusing codecs marked _is_text_encoding = False. */
    private static PyObject textCodec(String encoding, String alternative) {
        PyObject info = lookup(encoding);
        if (!(info.getClass() == PyTuple.class)) {
            PyObject flag = Abstract.lookupAttr(info, "_is_text_encoding");
            if (flag != null && !Abstract.isTrue(flag))
                throw PyErr.format(PyExc.LookupError, "'%.400s' is not a text encoding; use %s to handle arbitrary codecs",
                        encoding, alternative);
        }
        return info;
    }

    // ---- streams ----

    /** codecs.getincrementaldecoder(encoding)(errors): an object with decode(input, final) and reset(). */
    public static PyObject incrementalDecoder(String encoding, String errors) {
        return incremental(encoding, errors, "incrementaldecoder");
    }

    /** codecs.getincrementalencoder(encoding)(errors): an object with encode(input, final) and reset(). */
    public static PyObject incrementalEncoder(String encoding, String errors) {
        return incremental(encoding, errors, "incrementalencoder");
    }

    private static PyObject incremental(String encoding, String errors, String attr) {
        PyObject info = textCodec(encoding, attr.equals("incrementaldecoder") ? "codecs.decode()" : "codecs.encode()");
        PyObject factory = Abstract.lookupAttr(info, attr);
        if (factory == null || factory == PyNone.INSTANCE) throw PyErr.format(PyExc.TypeError, "object has no attribute");
        return errors == null ? Abstract.call(factory) : Abstract.call(factory, PyStr.of(errors));
    }
}
