package org.sanca.modules;

import org.sanca.objects.Args;
import org.sanca.objects.CodecErrors;
import org.sanca.objects.Codecs;
import org.sanca.objects.CodecCharmap;
import org.sanca.objects.CodecEscapes;
import org.sanca.objects.CodecUtf;
import org.sanca.objects.CodecUtf7;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.Py;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.Slots.MethFast;

/**
 * The _codecs module: the codec registry, the error-handler registry, and the codec functions the modules
 * of Lib/encodings call (utf_8_encode, charmap_decode, ...), each returning (output, length consumed).
 * CPython: Modules/_codecsmodule.c.
 */
public final class CodecsModule {
    private CodecsModule() {}

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        registry(m, d);
        utf(m, d);
        simple(m, d);
        escapes(m, d);
        return m;
    }

    private static void def(PyModule m, PyDict d, String name, MethFast f) {
        BuiltinsModule.def(m, d, "_codecs", name, f);
    }

    private static void registry(PyModule m, PyDict d) {
        def(m, d, "register", (s, a, o, n, k) -> {
            Codecs.register(one("register", a, o, n, k));
            return Py.None;
        });
        def(m, d, "unregister", (s, a, o, n, k) -> {
            Codecs.unregister(one("unregister", a, o, n, k));
            return Py.None;
        });
        def(m, d, "lookup", (s, a, o, n, k) -> Codecs.lookup(strArg("lookup", 0, one("lookup", a, o, n, k)).asString()));
        def(m, d, "_forget_codec", (s, a, o, n, k) -> {
            Codecs.forget(strArg("_forget_codec", 0, one("_forget_codec", a, o, n, k)).asString());
            return Py.None;
        });
        def(m, d, "encode", (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("encode", a, o, n, k, new String[] {"obj", "encoding", "errors"}, 1);
            return Codecs.encodeAny(v[0], v[1] == null ? "utf-8" : strArg("encode", "'encoding'", v[1]).asString(),
                    v[2] == null ? "strict" : strArg("encode", "'errors'", v[2]).asString());
        });
        def(m, d, "decode", (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("decode", a, o, n, k, new String[] {"obj", "encoding", "errors"}, 1);
            return Codecs.decodeAny(v[0], v[1] == null ? "utf-8" : strArg("decode", "'encoding'", v[1]).asString(),
                    v[2] == null ? "strict" : strArg("decode", "'errors'", v[2]).asString());
        });
        def(m, d, "register_error", (s, a, o, n, k) -> {
            positional("register_error", n, k, 2, 2);
            CodecErrors.register(strArg("register_error", 1, a[o]).asString(), a[o + 1]);
            return Py.None;
        });
        def(m, d, "lookup_error", (s, a, o, n, k) ->
                CodecErrors.lookup(strArg("lookup_error", 0, one("lookup_error", a, o, n, k)).asString()));
        def(m, d, "charmap_build", (s, a, o, n, k) ->
                CodecCharmap.build(strArg("charmap_build", 0, one("charmap_build", a, o, n, k))));
    }

    /** utf_8/16/32 and utf_7, in every byte order. */
    private static void utf(PyModule m, PyDict d) {
        def(m, d, "utf_8_encode", (s, a, o, n, k) -> encoder("utf_8_encode", a, o, n, k,
                (str, err) -> CodecUtf.encodeUtf8(str, err)));
        def(m, d, "utf_8_decode", (s, a, o, n, k) -> decoder("utf_8_decode", a, o, n, k, false,
                (b, err, fin) -> CodecUtf.decodeUtf8(b, b.length, err, fin).pair()));
        def(m, d, "utf_7_encode", (s, a, o, n, k) -> encoder("utf_7_encode", a, o, n, k,
                (str, err) -> CodecUtf7.encode(str)));
        def(m, d, "utf_7_decode", (s, a, o, n, k) -> decoder("utf_7_decode", a, o, n, k, false,
                (b, err, fin) -> CodecUtf7.decode(b, b.length, err, fin).pair()));
        for (int width : new int[] {2, 4}) {
            String base = width == 2 ? "utf_16" : "utf_32";
            for (int order = -1; order <= 1; order++) {
                String suffix = order == 0 ? "" : order < 0 ? "_le" : "_be";
                int bo = order;
                def(m, d, base + suffix + "_decode", (s, a, o, n, k) -> decoder(base + suffix + "_decode", a, o, n, k,
                        false, (b, err, fin) -> CodecUtf.decodeUtf16or32(b, b.length, err, bo, fin, width).pair()));
                if (order != 0) def(m, d, base + suffix + "_encode", (s, a, o, n, k) -> encoder(base + suffix + "_encode",
                        a, o, n, k, (str, err) -> CodecUtf.encodeUtf16or32(str, err, bo, width)));
            }
            def(m, d, base + "_encode", (s, a, o, n, k) -> {
                positional(base + "_encode", n, k, 1, 3);
                int bo = n > 2 ? (int) PyNumber.asSize(a[o + 2], PyExc.OverflowError) : 0;
                PyStr str = strArg(base + "_encode", 1, a[o]);
                String err = errorsArg(base + "_encode", n > 1 ? a[o + 1] : null);
                return result(CodecUtf.encodeUtf16or32(str, err, bo < 0 ? -1 : bo > 0 ? 1 : 0, width), str);
            });
            def(m, d, base + "_ex_decode", (s, a, o, n, k) -> {
                positional(base + "_ex_decode", n, k, 1, 4);
                byte[] b = PyBytes.fromObject(a[o]);
                String err = errorsArg(base + "_ex_decode", n > 1 ? a[o + 1] : null);
                int bo = n > 2 ? (int) PyNumber.asSize(a[o + 2], PyExc.OverflowError) : 0;
                boolean fin = n > 3 && flag(a[o + 3]);
                var r = CodecUtf.decodeUtf16or32(b, b.length, err, bo < 0 ? -1 : bo > 0 ? 1 : 0, fin, width);
                return PyTuple.of(r.text(), PyInt.of(r.consumed()), PyInt.of(r.byteorder()));
            });
        }
    }

    /** latin_1, ascii, charmap and readbuffer. */
    private static void simple(PyModule m, PyDict d) {
        def(m, d, "latin_1_encode", (s, a, o, n, k) -> encoder("latin_1_encode", a, o, n, k,
                (str, err) -> CodecUtf.encodeUcs1(str, err, 256)));
        def(m, d, "latin_1_decode", (s, a, o, n, k) -> decoder("latin_1_decode", a, o, n, k, true,
                (b, err, fin) -> PyTuple.of(CodecUtf.decodeLatin1(b, b.length), PyInt.of(b.length))));
        def(m, d, "ascii_encode", (s, a, o, n, k) -> encoder("ascii_encode", a, o, n, k,
                (str, err) -> CodecUtf.encodeUcs1(str, err, 128)));
        def(m, d, "ascii_decode", (s, a, o, n, k) -> decoder("ascii_decode", a, o, n, k, true,
                (b, err, fin) -> PyTuple.of(CodecUtf.decodeAscii(b, b.length, err), PyInt.of(b.length))));
        def(m, d, "charmap_encode", (s, a, o, n, k) -> {
            positional("charmap_encode", n, k, 1, 3);
            PyStr str = strArg("charmap_encode", 1, a[o]);
            String err = errorsArg("charmap_encode", n > 1 ? a[o + 1] : null);
            return result(CodecCharmap.encode(str, err, n > 2 ? a[o + 2] : null), str);
        });
        def(m, d, "charmap_decode", (s, a, o, n, k) -> {
            positional("charmap_decode", n, k, 1, 3);
            byte[] b = PyBytes.fromObject(a[o]);
            String err = errorsArg("charmap_decode", n > 1 ? a[o + 1] : null);
            return PyTuple.of(CodecCharmap.decode(b, b.length, err, n > 2 ? a[o + 2] : null), PyInt.of(b.length));
        });
        def(m, d, "readbuffer_encode", (s, a, o, n, k) -> {
            positional("readbuffer_encode", n, k, 1, 2);
            errorsArg("readbuffer_encode", n > 1 ? a[o + 1] : null);
            byte[] b = bufferOrStr(a[o]);
            return PyTuple.of(PyBytes.of(b.clone()), PyInt.of(b.length));
        });
    }

    /** unicode_escape, raw_unicode_escape and the bytes escape codec. */
    private static void escapes(PyModule m, PyDict d) {
        def(m, d, "unicode_escape_encode", (s, a, o, n, k) -> encoder("unicode_escape_encode", a, o, n, k,
                (str, err) -> CodecEscapes.unicodeEscapeEncode(str)));
        def(m, d, "raw_unicode_escape_encode", (s, a, o, n, k) -> encoder("raw_unicode_escape_encode", a, o, n, k,
                (str, err) -> CodecEscapes.rawUnicodeEscapeEncode(str)));
        def(m, d, "unicode_escape_decode", (s, a, o, n, k) -> escapeDecoder("unicode_escape_decode", a, o, n, k, false));
        def(m, d, "raw_unicode_escape_decode", (s, a, o, n, k) ->
                escapeDecoder("raw_unicode_escape_decode", a, o, n, k, true));
        def(m, d, "escape_encode", (s, a, o, n, k) -> {
            positional("escape_encode", n, k, 1, 2);
            if (!(a[o] instanceof PyBytes b) || b.type() != PyBytes.TYPE)
                throw PyErr.format(PyExc.TypeError, "escape_encode() argument 1 must be bytes, not %.50s",
                        PyErr.typeName(a[o]));
            errorsArg("escape_encode", n > 1 ? a[o + 1] : null);
            byte[] v = b.toByteArray();
            return PyTuple.of(PyBytes.of(CodecEscapes.escapeEncode(v)), PyInt.of(v.length));
        });
        def(m, d, "escape_decode", (s, a, o, n, k) -> {
            positional("escape_decode", n, k, 1, 2);
            byte[] b = bufferOrStr(a[o]);
            String err = errorsArg("escape_decode", n > 1 ? a[o + 1] : null);
            return PyTuple.of(PyBytes.of(CodecEscapes.escapeDecode(b, err)), PyInt.of(b.length));
        });
    }

    private static PyObject escapeDecoder(String fname, PyObject[] a, int o, int n, PyTuple k, boolean raw) {
        positional(fname, n, k, 1, 3);
        byte[] b = bufferOrStr(a[o]);
        String err = errorsArg(fname, n > 1 ? a[o + 1] : null);
        boolean fin = n <= 2 || flag(a[o + 2]);
        CodecUtf.Decoded d = raw ? CodecEscapes.rawUnicodeEscapeDecode(b, b.length, err, fin)
                : CodecEscapes.unicodeEscapeDecode(b, b.length, err, fin);
        return d.pair();
    }

    // ---- argument handling ----

    private interface Encoder {
        byte[] encode(PyStr str, String errors);
    }

    private interface Decoder {
        PyTuple decode(byte[] b, String errors, boolean fin);
    }

    private static PyObject encoder(String fname, PyObject[] a, int o, int n, PyTuple k, Encoder e) {
        positional(fname, n, k, 1, 2);
        PyStr str = strArg(fname, 1, a[o]);
        return result(e.encode(str, errorsArg(fname, n > 1 ? a[o + 1] : null)), str);
    }

    private static PyObject decoder(String fname, PyObject[] a, int o, int n, PyTuple k, boolean noFinal, Decoder dec) {
        positional(fname, n, k, 1, noFinal ? 2 : 3);
        byte[] b = PyBytes.fromObject(a[o]);
        return dec.decode(b, errorsArg(fname, n > 1 ? a[o + 1] : null), n > 2 && flag(a[o + 2]));
    }

    private static PyObject result(byte[] out, PyStr str) {
        return PyTuple.of(PyBytes.of(out), PyInt.of(str.length()));
    }

    private static boolean flag(PyObject o) {
        return PyNumber.index(o).signum() != 0;
    }

    private static byte[] bufferOrStr(PyObject o) {
        if (o instanceof PyStr s) return CodecUtf.encodeUtf8(s, "strict");
        return PyBytes.fromObject(o);
    }

    private static void positional(String fname, int n, PyTuple k, int min, int max) {
        Args.noKeywords(fname, k);
        if (n < min || n > max) {
            String how = min == max ? "" : n < min ? "at least " : "at most ";
            int bound = n < min ? min : max;
            throw PyErr.format(PyExc.TypeError, "%s expected %s%d argument%s, got %d", fname, how, bound,
                    bound == 1 ? "" : "s", n);
        }
    }

    /** The argument of a METH_O function. */
    private static PyObject one(String fname, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(fname, k);
        if (n != 1) throw PyErr.format(PyExc.TypeError, "_codecs.%s() takes exactly one argument (%d given)", fname, n);
        return a[o];
    }

    private static PyStr strArg(String fname, int argno, PyObject v) {
        return strArg(fname, argno == 0 ? "" : String.valueOf(argno), v);
    }

    /** v as a str, or "fname() argument ARG must be str, not T" (ARG "" for a function's only argument). */
    private static PyStr strArg(String fname, String arg, PyObject v) {
        if (v instanceof PyStr s) return s;
        String which = arg.isEmpty() ? "argument" : "argument " + arg;
        throw PyErr.format(PyExc.TypeError, "%s() %s must be str, not %.50s", fname, which, PyErr.typeName(v));
    }

    private static String errorsArg(String fname, PyObject v) {
        if (v == null || v == Py.None) return null;
        if (v instanceof PyStr s) return s.asString();
        throw PyErr.format(PyExc.TypeError, "%s() argument 2 must be str or None, not %.50s", fname, PyErr.typeName(v));
    }
}
