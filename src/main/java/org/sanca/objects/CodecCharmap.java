package org.sanca.objects;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;

/**
 * The charmap codec behind Lib/encodings' table codecs (cp1252, koi8_r, mac_roman, ...): decoding through a
 * 256-character str or a mapping, encoding through a mapping or the EncodingMap charmap_build makes.
 * CPython: Objects/unicodeobject.c (PyUnicode_DecodeCharmap, PyUnicode_EncodeCharmap, PyUnicode_BuildEncodingMap).
 */
public final class CodecCharmap {
    private CodecCharmap() {}

    /** The reverse of a decoding table: code point to byte (CPython's EncodingMap). */
    public static final class EncodingMap extends PyObject {
        public static final PyType TYPE = new PyType("EncodingMap");
        final HashMap<Integer, Integer> map;
        /** What CPython's size() reports: the bytes of its three-level table. */
        final int size;

        EncodingMap(HashMap<Integer, Integer> map, int size) {
            this.map = map;
            this.size = size;
        }

        static {
            TYPE.addMethod("size", (Slots.MethNoArgs) o -> PyInt.of(((EncodingMap) o).size));
            TYPE.ready();
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /**
     * charmap_build: an EncodingMap for a table that maps byte 0 to U+0000 and holds only other BMP characters,
     * else a dict {code point: byte}; a later duplicate character wins.
     */
    public static PyObject build(PyStr table) {
        int n = Math.min(table.length(), 256);
        boolean needDict = n > 0 && table.codePointAt(0) != 0;
        java.util.Set<Integer> level2 = new java.util.HashSet<>(), level3 = new java.util.HashSet<>();
        for (int i = 1; i < n && !needDict; i++) {
            int c = table.codePointAt(i);
            if (c == 0 || c > 0xffff) needDict = true;
            else if (c != 0xfffe) {
                level2.add(c >> 11);
                level3.add(c >> 7);
            }
        }
        if (needDict || level2.size() >= 0xff || level3.size() >= 0xff) {
            PyDict d = new PyDict();
            for (int i = 0; i < n; i++) d.setItem(PyInt.of(table.codePointAt(i)), PyInt.of(i));
            return d;
        }
        HashMap<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < n; i++) if (table.codePointAt(i) != 0xfffe) map.put(table.codePointAt(i), i);
        return new EncodingMap(map, 63 + 16 * level2.size() + 128 * level3.size());
    }

    private static final String UNDEFINED = "character maps to <undefined>";

    /** charmap_decode of b[0:len) through mapping (null: latin-1). */
    public static PyStr decode(byte[] b, int len, String errors, PyObject mapping) {
        if (mapping == null || mapping == PyNone.INSTANCE) return CodecUtf.decodeLatin1(b, len);
        CodePointBuilder out = new CodePointBuilder(len);
        PyStr table = mapping instanceof PyStr s ? s : null;
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xff;
            boolean ok = table != null ? fromTable(out, table, c) : fromMapping(out, mapping, c);
            if (ok) i++;
            else i = CodecErrors.decodeError(out, errors, "charmap", b, i, i + 1, UNDEFINED);
        }
        return out.toStr();
    }

    private static boolean fromTable(CodePointBuilder out, PyStr table, int c) {
        if (c >= table.length()) return false;
        int r = table.codePointAt(c);
        if (r == 0xfffe) return false;
        out.add(r);
        return true;
    }

    private static boolean fromMapping(CodePointBuilder out, PyObject mapping, int c) {
        PyObject r;
        try {
            r = Abstract.getItem(mapping, PyInt.of(c));
        } catch (PyException e) {
            if (Abstract.isInstance(e.value, PyExc.LookupError)) return false;
            throw e;
        }
        if (r == PyNone.INSTANCE) return false;
        if (r instanceof PyInt i) {
            long v = i.fitsLong() ? i.longValue() : -1;
            if (v < 0 || v > 0x10ffff)
                throw PyErr.format(PyExc.TypeError, "character mapping must be in range(0x110000)");
            out.add((int) v);
            return true;
        }
        if (r instanceof PyStr s) {
            if (s.length() == 1 && s.codePointAt(0) == 0xfffe) return false;
            out.add(s);
            return true;
        }
        throw PyErr.format(PyExc.TypeError, "character mapping must return integer, None or str");
    }

    /** charmap_encode of str through mapping (null: latin-1). */
    public static byte[] encode(PyStr str, String errors, PyObject mapping) {
        if (mapping == null || mapping == PyNone.INSTANCE) return CodecUtf.encodeUcs1(str, errors, 256);
        int n = str.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        CodecErrors.Writer w = (o, c) -> write(o, mapping, c);
        for (int i = 0; i < n;) {
            if (write(out, mapping, str.codePointAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && !encodable(mapping, str.codePointAt(j))) j++;
            i = CodecErrors.encodeError(out, errors, "charmap", str, i, j, UNDEFINED, w);
        }
        return out.toByteArray();
    }

    private static boolean encodable(PyObject mapping, int c) {
        return write(new ByteArrayOutputStream(), mapping, c);
    }

    /** Writes the bytes mapping gives for c; false when it maps to nothing. */
    private static boolean write(ByteArrayOutputStream out, PyObject mapping, int c) {
        if (mapping instanceof EncodingMap m) {
            Integer r = m.map.get(c);
            if (r == null) return false;
            out.write(r);
            return true;
        }
        PyObject r;
        try {
            r = Abstract.getItem(mapping, PyInt.of(c));
        } catch (PyException e) {
            if (Abstract.isInstance(e.value, PyExc.LookupError)) return false;
            throw e;
        }
        if (r == PyNone.INSTANCE) return false;
        if (r instanceof PyInt i) {
            long v = i.fitsLong() ? i.longValue() : -1;
            if (v < 0 || v > 255) throw PyErr.format(PyExc.TypeError, "character mapping must be in range(256)");
            out.write((int) v);
            return true;
        }
        if (r instanceof PyBytes b) {
            out.writeBytes(b.value);
            return true;
        }
        throw PyErr.format(PyExc.TypeError, "character mapping must return integer, bytes or None, not %.400s",
                PyErr.typeName(r));
    }
}
