package org.sanca.objects;

import java.util.Arrays;

/**
 * Incremental decoders and encoders for Java callers such as a text file layer: UTF-8, latin-1, ascii and the
 * fixed-order UTF-16/32 codecs run in Java, keeping an incomplete tail for the next call; any other encoding
 * wraps the IncrementalDecoder/IncrementalEncoder of its Python codec (found through the registry).
 * CPython: Lib/codecs.py (BufferedIncrementalDecoder) and the incremental codecs of Lib/encodings.
 */
public final class CodecStreams {
    private CodecStreams() {}

    /** Decodes a byte stream piece by piece. */
    public interface Decoder {
        /** The text of b[off:off+len) after what earlier calls left over; fin flushes (errors for a partial tail). */
        PyStr decode(byte[] b, int off, int len, boolean fin);

        /** Forgets any pending input. */
        void reset();

        /** (pending bytes, flags), as IncrementalDecoder.getstate(). */
        PyObject getstate();

        /** Restores a getstate() result. */
        void setstate(PyObject state);
    }

    /** Encodes a text stream piece by piece. */
    public interface Encoder {
        /** The bytes of s; fin flushes. */
        byte[] encode(PyStr s, boolean fin);

        /** Starts afresh (a codec with a BOM writes it again). */
        void reset();
    }

    /** The decoder for an encoding (errors null means 'strict'); LookupError for an unknown encoding. */
    public static Decoder decoder(String encoding, String errors) {
        String e = Codecs.normalizeString(encoding);
        return switch (e) {
            case "utf_8", "utf8" -> new JavaDecoder(errors, Kind.UTF8, 0);
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1" -> new JavaDecoder(errors, Kind.LATIN1, 0);
            case "ascii", "us_ascii" -> new JavaDecoder(errors, Kind.ASCII, 0);
            case "utf_16_le", "utf_16le" -> new JavaDecoder(errors, Kind.UTF16, -1);
            case "utf_16_be", "utf_16be" -> new JavaDecoder(errors, Kind.UTF16, 1);
            case "utf_32_le", "utf_32le" -> new JavaDecoder(errors, Kind.UTF32, -1);
            case "utf_32_be", "utf_32be" -> new JavaDecoder(errors, Kind.UTF32, 1);
            default -> new PythonDecoder(Codecs.incrementalDecoder(encoding, errors));
        };
    }

    /** The encoder for an encoding (errors null means 'strict'); LookupError for an unknown encoding. */
    public static Encoder encoder(String encoding, String errors) {
        String fast = Codecs.fastName(encoding);
        if (fast != null && !fast.equals("utf-16") && !fast.equals("utf-32")) return new Encoder() {
            @Override
            public byte[] encode(PyStr s, boolean fin) {
                return Codecs.encode(s, fast, errors);
            }

            @Override
            public void reset() {}
        };
        PyObject enc = Codecs.incrementalEncoder(encoding, errors);
        return new Encoder() {
            @Override
            public byte[] encode(PyStr s, boolean fin) {
                PyObject r = Abstract.callMethod(enc, "encode", s, PyBool.of(fin));
                if (r instanceof PyBytes b) return b.value;
                throw PyErr.format(PyExc.TypeError, "encoder should return a bytes object, not '%.200s'", PyErr.typeName(r));
            }

            @Override
            public void reset() {
                Abstract.callMethod(enc, "reset");
            }
        };
    }

    private enum Kind { UTF8, LATIN1, ASCII, UTF16, UTF32 }

    /** A Java codec with the unconsumed tail of the previous call. */
    private static final class JavaDecoder implements Decoder {
        private final String errors;
        private final Kind kind;
        /** The byte order of UTF-16/32: -1 little-endian, 1 big-endian. */
        private final int order;
        private byte[] pending = new byte[0];

        JavaDecoder(String errors, Kind kind, int order) {
            this.errors = errors;
            this.kind = kind;
            this.order = order;
        }

        @Override
        public PyStr decode(byte[] b, int off, int len, boolean fin) {
            byte[] in = pending.length == 0 ? Arrays.copyOfRange(b, off, off + len) : join(b, off, len);
            pending = new byte[0];
            CodecUtf.Decoded d = switch (kind) {
                case LATIN1 -> new CodecUtf.Decoded(CodecUtf.decodeLatin1(in, in.length), in.length, 0);
                case ASCII -> new CodecUtf.Decoded(CodecUtf.decodeAscii(in, in.length, errors), in.length, 0);
                case UTF8 -> CodecUtf.decodeUtf8(in, in.length, errors, fin);
                case UTF16 -> CodecUtf.decodeUtf16or32(in, in.length, errors, order, fin, 2);
                case UTF32 -> CodecUtf.decodeUtf16or32(in, in.length, errors, order, fin, 4);
            };
            if (d.consumed() < in.length) pending = Arrays.copyOfRange(in, d.consumed(), in.length);
            return d.text();
        }

        private byte[] join(byte[] b, int off, int len) {
            byte[] in = Arrays.copyOf(pending, pending.length + len);
            System.arraycopy(b, off, in, pending.length, len);
            return in;
        }

        @Override
        public void reset() {
            pending = new byte[0];
        }

        @Override
        public PyObject getstate() {
            return PyTuple.of(PyBytes.of(pending.clone()), PyInt.of(0));
        }

        @Override
        public void setstate(PyObject state) {
            pending = PyBytes.fromObject(((PyTuple) state).get(0)).clone();
        }
    }

    /** A Python IncrementalDecoder object. */
    private record PythonDecoder(PyObject dec) implements Decoder {
        @Override
        public PyStr decode(byte[] b, int off, int len, boolean fin) {
            PyObject r = Abstract.callMethod(dec, "decode", PyBytes.of(Arrays.copyOfRange(b, off, off + len)), PyBool.of(fin));
            if (r instanceof PyStr s) return s;
            throw PyErr.format(PyExc.TypeError, "decoder should return a string result, not '%.200s'", PyErr.typeName(r));
        }

        @Override
        public void reset() {
            Abstract.callMethod(dec, "reset");
        }

        @Override
        public PyObject getstate() {
            return Abstract.callMethod(dec, "getstate");
        }

        @Override
        public void setstate(PyObject state) {
            Abstract.callMethod(dec, "setstate", state);
        }
    }
}
