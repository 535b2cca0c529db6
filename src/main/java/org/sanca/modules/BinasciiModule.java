package org.sanca.modules;

import java.io.ByteArrayOutputStream;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.PyByteArray;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyMemoryView;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.TypeObject;

/**
 * The binascii module's base64, hex and CRC conversions (a2b_base64 with strict_mode, b2a_base64,
 * hexlify/unhexlify, crc32, crc_hqx) and its Error and Incomplete exceptions.
 * CPython: Modules/binascii.c.
 */
public final class BinasciiModule {
    private BinasciiModule() {}

    static final PyType ERROR = exception("Error", PyExc.ValueError);
    static final PyType INCOMPLETE = exception("Incomplete", PyExc.Exception);
    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int[] A2B = new int[256];
    private static final int[] CRC32 = new int[256];

    static {
        java.util.Arrays.fill(A2B, 64);
        for (int i = 0; i < 64; i++) A2B[B64[i]] = i;
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            CRC32[n] = c;
        }
    }

    private static PyType exception(String name, PyType base) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("binascii"));
        return TypeObject.newType(name, PyTuple.of(base), ns);
    }

    private static PyException error(String msg) {
        return PyErr.format(ERROR, "%s", msg);
    }

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("Error"), ERROR);
        d.setItem(PyStr.of("Incomplete"), INCOMPLETE);
        BuiltinsModule.def(m, d, "binascii", "a2b_base64", (s, a, o, n, k) -> {
            PyObject[] p = Args.parse("a2b_base64", a, o, n, k, new String[] {"data", "strict_mode"}, 1, 1);
            return PyBytes.of(a2bBase64(ascii(p[0]), p[1] != null && Abstract.isTrue(p[1])));
        });
        BuiltinsModule.def(m, d, "binascii", "b2a_base64", (s, a, o, n, k) -> {
            PyObject[] p = Args.parse("b2a_base64", a, o, n, k, new String[] {"data", "newline"}, 1, 1);
            return PyBytes.of(b2aBase64(bytes(p[0]), p[1] == null || Abstract.isTrue(p[1])));
        });
        for (String f : new String[] {"b2a_hex", "hexlify"}) {
            BuiltinsModule.def(m, d, "binascii", f, (s, a, o, n, k) -> {
                PyObject[] p = Args.parse(f, a, o, n, k, new String[] {"data", "sep", "bytes_per_sep"}, 1);
                PyObject data = PyBytes.of(bytes(p[0]));
                PyObject hex = p[1] == null ? Abstract.callMethod(data, "hex")
                    : Abstract.callMethod(data, "hex", p[1], p[2] == null ? PyInt.of(1) : p[2]);
                return PyBytes.of(((PyStr) hex).asString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            });
        }
        for (String f : new String[] {"a2b_hex", "unhexlify"}) {
            BuiltinsModule.def(m, d, "binascii", f, (s, a, o, n, k) ->
                PyBytes.of(unhexlify(ascii(BuiltinsModule.one(f, a, o, n, k)))));
        }
        BuiltinsModule.def(m, d, "binascii", "crc32", (s, a, o, n, k) -> {
            Args.noKeywords("crc32", k);
            Args.range("crc32", n, 1, 2);
            int crc = n == 2 ? unsignedInt(a[o + 1]) : 0;
            return PyInt.of(crc32(bytes(a[o]), crc) & 0xffffffffL);
        });
        BuiltinsModule.def(m, d, "binascii", "crc_hqx", (s, a, o, n, k) -> {
            BuiltinsModule.two("crc_hqx", n, k);
            return PyInt.of(crcHqx(bytes(a[o]), unsignedInt(a[o + 1]) & 0xffff));
        });
        return m;
    }

    /** A bytes-like argument. */
    private static byte[] bytes(PyObject o) {
        return PyBytes.fromObject(o);
    }

    /** ascii_buffer_converter: a bytes-like object or an ASCII str. */
    private static byte[] ascii(PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.asString();
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) > 127) {
                    throw PyErr.format(PyExc.ValueError, "string argument should contain only ASCII characters");
                }
            }
            return v.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView) return bytes(o);
        throw PyErr.format(PyExc.TypeError, "argument should be bytes, buffer or ASCII string, not '%.100s'",
            PyErr.typeName(o));
    }

    /** An unsigned int argument, bitwise: any int, its low 32 bits. */
    private static int unsignedInt(PyObject o) {
        return org.sanca.objects.PyNumber.index(o).bigValue().intValue();
    }

    /** a2b_base64: skips non-alphabet characters (strict mode refuses them), stops at complete padding. */
    static byte[] a2bBase64(byte[] s, boolean strict) {
        if (strict && s.length > 0 && s[0] == '=') throw error("Leading padding not allowed");
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length / 4 * 3 + 3);
        int quad = 0, left = 0, pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xff;
            if (c == '=') {
                paddingStarted = true;
                if (strict && quad == 0) throw error("Excess padding not allowed");
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < s.length) throw error("Excess data after padding");
                    return out.toByteArray();
                }
                continue;
            }
            int v = A2B[c];
            if (v >= 64) {
                if (strict) throw error("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw error("Discontinuous padding not allowed");
            pads = 0;
            switch (quad) {
                case 0 -> left = v;
                case 1 -> {
                    out.write((left << 2) | (v >> 4));
                    left = v & 0x0f;
                }
                case 2 -> {
                    out.write((left << 4) | (v >> 2));
                    left = v & 0x03;
                }
                default -> out.write((left << 6) | v);
            }
            quad = (quad + 1) & 3;
        }
        if (quad == 1) {
            throw error("Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                + ") cannot be 1 more than a multiple of 4");
        }
        if (quad != 0) throw error("Incorrect padding");
        return out.toByteArray();
    }

    static byte[] b2aBase64(byte[] b, boolean newline) {
        byte[] enc = java.util.Base64.getEncoder().encode(b);
        if (!newline) return enc;
        byte[] r = java.util.Arrays.copyOf(enc, enc.length + 1);
        r[enc.length] = '\n';
        return r;
    }

    private static byte[] unhexlify(byte[] s) {
        if (s.length % 2 != 0) throw error("Odd-length string");
        byte[] r = new byte[s.length / 2];
        for (int i = 0; i < r.length; i++) {
            int hi = Character.digit(s[2 * i] & 0xff, 16), lo = Character.digit(s[2 * i + 1] & 0xff, 16);
            if (hi < 0 || lo < 0 || (s[2 * i] & 0xff) > 127 || (s[2 * i + 1] & 0xff) > 127) {
                throw error("Non-hexadecimal digit found");
            }
            r[i] = (byte) (hi << 4 | lo);
        }
        return r;
    }

    /** zlib's CRC-32 of b continuing from crc. */
    static int crc32(byte[] b, int crc) {
        int c = ~crc;
        for (byte x : b) c = CRC32[(c ^ x) & 0xff] ^ (c >>> 8);
        return ~c;
    }

    /** CRC-CCITT (XMODEM) of b continuing from crc. */
    private static int crcHqx(byte[] b, int crc) {
        for (byte x : b) {
            crc ^= (x & 0xff) << 8;
            for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            crc &= 0xffff;
        }
        return crc;
    }
}
