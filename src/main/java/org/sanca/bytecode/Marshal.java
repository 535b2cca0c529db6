package org.sanca.bytecode;

import java.nio.charset.StandardCharsets;

import org.sanca.objects.Abstract;
import org.sanca.objects.Codecs;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * CPython's marshal format (versions 0 to 4, as CPython 3.11 writes and reads it): the Java API for
 * turning objects, code objects included, into bytes and back, and for the .pyc files that hold them.
 * CPython: Python/marshal.c (PyMarshal_WriteObjectToString, PyMarshal_ReadObjectFromString) and
 * Python/pythonrun.c (maybe_pyc_file, run_pyc_file).
 *
 * <p>The writer is {@link MarshalWriter}, the reader {@link MarshalReader}; the marshal module
 * (org.sanca.modules.MarshalModule) is a thin layer over the static methods here.
 */
public final class Marshal {
    private Marshal() {}

    /** The current format version (marshal.version). */
    public static final int VERSION = 4;
    /** How deeply objects may nest, writing and reading (MAX_MARSHAL_STACK_DEPTH). */
    static final int MAX_DEPTH = 2000;

    // type codes
    static final int TYPE_NULL = '0', TYPE_NONE = 'N', TYPE_FALSE = 'F', TYPE_TRUE = 'T', TYPE_STOPITER = 'S',
            TYPE_ELLIPSIS = '.', TYPE_INT = 'i', TYPE_INT64 = 'I', TYPE_FLOAT = 'f', TYPE_BINARY_FLOAT = 'g',
            TYPE_COMPLEX = 'x', TYPE_BINARY_COMPLEX = 'y', TYPE_LONG = 'l', TYPE_STRING = 's',
            TYPE_INTERNED = 't', TYPE_REF = 'r', TYPE_TUPLE = '(', TYPE_LIST = '[', TYPE_DICT = '{',
            TYPE_CODE = 'c', TYPE_UNICODE = 'u', TYPE_SET = '<', TYPE_FROZENSET = '>', TYPE_ASCII = 'a',
            TYPE_ASCII_INTERNED = 'A', TYPE_SMALL_TUPLE = ')', TYPE_SHORT_ASCII = 'z',
            TYPE_SHORT_ASCII_INTERNED = 'Z';
    /** With a type code: the object gets the next back-reference index. */
    static final int FLAG_REF = 0x80;

    /** CPython 3.11's .pyc magic number (3495) as its first four bytes: b'\xa7\r\r\n'. */
    public static final byte[] MAGIC = {(byte) 0xa7, 0x0d, 0x0d, 0x0a};
    /** The length of a .pyc header: magic, flags, then the source's mtime and size or its hash. */
    public static final int PYC_HEADER_SIZE = 16;

    // ---- objects -----------------------------------------------------------------------------

    /** marshal.dumps(value, version): ValueError("unmarshallable object") for what the format cannot hold. */
    public static byte[] dumps(PyObject value, int version) {
        return MarshalWriter.write(value, version);
    }

    /** marshal.loads: the first object in data (the rest is ignored); EOFError, ValueError or TypeError when bad. */
    public static PyObject loads(byte[] data) {
        return loads(data, 0, data.length);
    }

    /** The object marshalled in data[offset, offset + length). */
    public static PyObject loads(byte[] data, int offset, int length) {
        return new MarshalReader(data, offset, offset + length).readTopObject();
    }

    /** marshal.dump: writes the marshal data of value with file.write, and returns what write returned. */
    public static PyObject dump(PyObject value, PyObject file, int version) {
        return Abstract.callMethod(file, "write", PyBytes.of(dumps(value, version)));
    }

    /** marshal.load: reads one object from a binary file, leaving the file just after it. */
    public static PyObject load(PyObject file) {
        PyObject probe = Abstract.callMethod(file, "read", org.sanca.objects.PyInt.of(0));
        if (!(probe instanceof PyBytes)) {
            throw PyErr.format(PyExc.TypeError, "file.read() returned not bytes but %.100s", PyErr.typeName(probe));
        }
        return new MarshalReader(file).readTopObject();
    }

    // ---- .pyc files --------------------------------------------------------------------------

    /** Whether a program file is a .pyc file, as maybe_pyc_file decides: its name, else its first two bytes. */
    public static boolean isPycFile(String filename, byte[] head) {
        return filename.endsWith(".pyc") || head.length >= 2 && head[0] == MAGIC[0] && head[1] == MAGIC[1];
    }

    /**
     * The code object of a .pyc file's content, as run_pyc_file reads it: RuntimeError("Bad magic number
     * in .pyc file"), EOFError for a header cut short, RuntimeError("Bad code object in .pyc file") for
     * anything but a code object after it.
     */
    public static org.sanca.objects.PyCode codeFromPyc(byte[] file) {
        if (file.length < 4 || !java.util.Arrays.equals(file, 0, 4, MAGIC, 0, 4)) {
            throw PyErr.format(PyExc.RuntimeError, "Bad magic number in .pyc file");
        }
        if (file.length < PYC_HEADER_SIZE) throw PyErr.format(PyExc.EOFError, "EOF read where not expected");
        PyObject code;
        try {
            code = loads(file, PYC_HEADER_SIZE, file.length - PYC_HEADER_SIZE);
        } catch (org.sanca.objects.PyException e) {
            code = null;
        }
        if (!(code instanceof org.sanca.objects.PyCode c)) {
            throw PyErr.format(PyExc.RuntimeError, "Bad code object in .pyc file");
        }
        return c;
    }

    /**
     * The fields of a .pyc header (PEP 552): flags bit 0 set means hash-based, with the source's SipHash
     * in the last 8 bytes; else the source's mtime and size (both mod 2**32) as importlib checks them.
     */
    public record PycHeader(int flags, long mtime, long sourceSize, byte[] sourceHash) {
        /** Whether the header is timestamp-based and matches a source of this mtime (seconds) and size. */
        public boolean matchesSource(long sourceMtime, long size) {
            return (flags & 1) == 0 && mtime == (sourceMtime & 0xffffffffL) && sourceSize == (size & 0xffffffffL);
        }
    }

    /** The header of a .pyc file's content, or null when it is shorter than a header or has another magic number. */
    public static PycHeader pycHeader(byte[] file) {
        if (file.length < PYC_HEADER_SIZE || !java.util.Arrays.equals(file, 0, 4, MAGIC, 0, 4)) return null;
        int flags = getInt(file, 4);
        if ((flags & 1) != 0) return new PycHeader(flags, -1, -1, java.util.Arrays.copyOfRange(file, 8, 16));
        return new PycHeader(flags, getInt(file, 8) & 0xffffffffL, getInt(file, 12) & 0xffffffffL, null);
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    /**
     * A .pyc file's content for code compiled from a source of the given mtime (seconds) and size, as
     * importlib's _code_to_timestamp_pyc writes it (flags 0).
     */
    public static byte[] timestampPyc(org.sanca.objects.PyCode code, long mtime, long sourceSize) {
        byte[] body = dumps(code, VERSION);
        byte[] out = new byte[PYC_HEADER_SIZE + body.length];
        System.arraycopy(MAGIC, 0, out, 0, 4);
        putInt(out, 8, (int) mtime);
        putInt(out, 12, (int) sourceSize);
        System.arraycopy(body, 0, out, PYC_HEADER_SIZE, body.length);
        return out;
    }

    private static void putInt(byte[] b, int at, int v) {
        for (int i = 0; i < 4; i++) b[at + i] = (byte) (v >> (8 * i));
    }

    // ---- str helpers -------------------------------------------------------------------------

    /** Whether every code point of s is ASCII. */
    static boolean isAscii(PyStr s) {
        String t = s.asString();
        for (int i = 0, n = t.length(); i < n; i++) if (t.charAt(i) >= 0x80) return false;
        return true;
    }

    /** Whether s holds ASCII letters, digits and underscores only (all_name_chars: what the compiler interns). */
    static boolean isInternable(PyStr s) {
        String t = s.asString();
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) return false;
        }
        return true;
    }

    /** s in UTF-8, lone surrogates encoded as three bytes ('surrogatepass'), as marshal writes strs. */
    static byte[] encodeUtf8(PyStr s) {
        return org.sanca.objects.CodecUtf.encodeUtf8(s, "surrogatepass");
    }

    /** UTF-8 bytes b[from, to) as a str, accepting encoded surrogates ('surrogatepass'); UnicodeDecodeError when invalid. */
    static PyStr decodeUtf8(byte[] b, int from, int to) {
        int[] cps = new int[to - from];
        int n = 0;
        for (int i = from; i < to; ) {
            int c = b[i] & 0xff;
            int need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
            if (need < 0 || i + need >= to) return strictDecode(b, from, to);
            int cp = need == 0 ? c : c & (0x3f >> need);
            for (int j = 1; j <= need; j++) {
                int cc = b[i + j] & 0xff;
                if ((cc & 0xc0) != 0x80) return strictDecode(b, from, to);
                cp = cp << 6 | (cc & 0x3f);
            }
            int min = need == 1 ? 0x80 : need == 2 ? 0x800 : need == 3 ? 0x10000 : 0;
            if (cp < min || cp > 0x10ffff) return strictDecode(b, from, to);
            cps[n++] = cp;
            i += need + 1;
        }
        return PyStr.fromCodePoints(cps, n);
    }

    /** The UnicodeDecodeError strict UTF-8 decoding of invalid bytes gives. */
    private static PyStr strictDecode(byte[] b, int from, int to) {
        byte[] part = java.util.Arrays.copyOfRange(b, from, to);
        return PyStr.of(Codecs.decode(part, "utf-8", "strict"));
    }

    /** ASCII-only text (one byte per character, read as Latin-1 as CPython's 1-byte kind does). */
    static PyStr latin1(byte[] b, int from, int to) {
        return PyStr.of(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }
}
