package org.sanca.bytecode;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.sanca.objects.FloatFormat;
import org.sanca.objects.Py;
import org.sanca.objects.PyByteArray;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyMemoryView;
import org.sanca.objects.PyObject;
import org.sanca.objects.PySet;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * Writes one object in the marshal format, versions 0 to 4.
 * CPython: Python/marshal.c (w_object, w_complex_object, w_ref, w_PyLong).
 *
 * <p>CPython flags an object for back-references (version 3 and up) when its reference count says it
 * may be shared; Sanca has no reference counts, so it flags every object that can be referenced, which
 * costs no bytes (the flag is the type byte's high bit) and gives identical objects one record. The
 * names of code objects are Java strings here: the writer gives equal names one str object, as
 * CPython's interning does, so they are written once and referenced after. A str is written as
 * interned when it is one of those names or consists of ASCII letters, digits and underscores only
 * (the strings CPython's compiler interns).
 */
final class MarshalWriter {
    /** The first error stops the writer (CPython's WFERR_*; it keeps writing garbage, which no one reads). */
    private static final class Failure extends RuntimeException {
        final String message;

        Failure(String message) {
            super(message, null, false, false);
            this.message = message;
        }
    }

    private static final String UNMARSHALLABLE = "unmarshallable object";
    private static final String TOO_DEEP = "object too deeply nested to marshal";

    private final int version;
    private byte[] buf = new byte[64];
    private int len;
    private int depth;
    /** Objects written so far and their reference index (version 3 and up), by identity. */
    private final Map<PyObject, Integer> refs;
    /** Code object names written so far as str objects, by text. */
    private final Map<String, PyStr> names = new HashMap<>();

    MarshalWriter(int version) {
        this.version = version;
        this.refs = version >= 3 ? new IdentityHashMap<>() : null;
    }

    /** The marshal data of v: ValueError for an unmarshallable or too deeply nested object. */
    static byte[] write(PyObject v, int version) {
        MarshalWriter w = new MarshalWriter(version);
        try {
            w.writeObject(v);
        } catch (Failure f) {
            throw PyErr.format(PyExc.ValueError, "%s", f.message);
        } catch (StackOverflowError e) {
            throw PyErr.format(PyExc.ValueError, TOO_DEEP);
        }
        return java.util.Arrays.copyOf(w.buf, w.len);
    }

    // ---- bytes -------------------------------------------------------------------------------

    private void reserve(int n) {
        if (len + n > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    private void writeByte(int b) {
        reserve(1);
        buf[len++] = (byte) b;
    }

    private void writeBytes(byte[] b) {
        reserve(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    private void writeShort(int x) {
        writeByte(x);
        writeByte(x >> 8);
    }

    private void writeLong(int x) {
        reserve(4);
        buf[len++] = (byte) x;
        buf[len++] = (byte) (x >> 8);
        buf[len++] = (byte) (x >> 16);
        buf[len++] = (byte) (x >> 24);
    }

    /** A 4-byte size; sizes past 2**31-1 cannot be marshalled. */
    private void writeSize(long n) {
        if (n > Integer.MAX_VALUE) throw new Failure(UNMARSHALLABLE);
        writeLong((int) n);
    }

    private void writePString(byte[] b) {
        writeSize(b.length);
        writeBytes(b);
    }

    // ---- objects -----------------------------------------------------------------------------

    /** w_object: singletons, else a back-reference or the object with its type code. */
    void writeObject(PyObject v) {
        if (++depth > Marshal.MAX_DEPTH) throw new Failure(TOO_DEEP);
        if (v == Py.None) writeByte(Marshal.TYPE_NONE);
        else if (v == PyExc.StopIteration) writeByte(Marshal.TYPE_STOPITER);
        else if (v == Py.Ellipsis) writeByte(Marshal.TYPE_ELLIPSIS);
        else if (v == Py.False) writeByte(Marshal.TYPE_FALSE);
        else if (v == Py.True) writeByte(Marshal.TYPE_TRUE);
        else if (isOtherBuffer(v)) writeBytesObject(PyBytes.fromObject(v), 0);
        else {
            int flag = reference(v);
            if (flag >= 0) writeComplexObject(v, flag);
        }
        depth--;
    }

    /**
     * w_ref: -1 after writing a back-reference to v when it was written before; else the flag to
     * put on v's type code (FLAG_REF when v now has a reference index).
     */
    private int reference(PyObject v) {
        if (refs == null) return 0;
        Integer index = refs.get(v);
        if (index != null) {
            writeByte(Marshal.TYPE_REF);
            writeLong(index);
            return -1;
        }
        refs.put(v, refs.size());
        return Marshal.FLAG_REF;
    }

    private void writeComplexObject(PyObject v, int flag) {
        var t = v.type();
        if (t == PyInt.TYPE) writeInt((PyInt) v, flag);
        else if (t == PyFloat.TYPE) writeFloat(((PyFloat) v).value, flag, Marshal.TYPE_BINARY_FLOAT, Marshal.TYPE_FLOAT);
        else if (t == PyComplex.TYPE) writeComplex((PyComplex) v, flag);
        else if (t == PyBytes.TYPE) writeBytesObject(((PyBytes) v).toByteArray(), flag);
        else if (t == PyStr.TYPE) writeStr((PyStr) v, flag, isInterned((PyStr) v));
        else if (t == PyTuple.TYPE) writeTuple(((PyTuple) v).toArray(), flag);
        else if (t == PyList.TYPE) writeList((PyList) v, flag);
        else if (t == PyDict.TYPE) writeDict((PyDict) v, flag);
        else if (t == PySet.TYPE || t == PyFrozenSet.TYPE) writeSet((PyFrozenSet) v, flag);
        else if (t == PyCode.TYPE) writeCode((PyCode) v, flag);
        else throw new Failure(UNMARSHALLABLE);
    }

    /**
     * Whether v is a bytes-like object other than bytes (a bytearray, a memoryview, a bytes subclass):
     * it is written as bytes, and without a reference flag, since loading it gives a different object.
     */
    private static boolean isOtherBuffer(PyObject v) {
        return v instanceof PyByteArray || v instanceof PyMemoryView || v instanceof PyBytes && v.type() != PyBytes.TYPE;
    }

    /** TYPE_INT for 32-bit values, else TYPE_LONG in 15-bit digits, least significant first. */
    private void writeInt(PyInt v, int flag) {
        if (v.fitsLong() && v.longValue() == (int) v.longValue()) {
            writeByte(Marshal.TYPE_INT | flag);
            writeLong((int) v.longValue());
            return;
        }
        writeByte(Marshal.TYPE_LONG | flag);
        BigInteger mag = v.bigValue().abs();
        int digits = (mag.bitLength() + 14) / 15;
        writeSize(v.signum() < 0 ? -digits : digits);
        byte[] be = mag.toByteArray();
        for (int i = 0; i < digits; i++) writeShort(bits(be, 15 * i));
    }

    /** The 15 bits of a big-endian magnitude starting at bit position from (least significant first). */
    private static int bits(byte[] be, int from) {
        int d = 0;
        for (int b = 0; b < 15; b++) {
            int bit = from + b;
            int index = be.length - 1 - (bit >> 3);
            if (index >= 0 && (be[index] >> (bit & 7) & 1) != 0) d |= 1 << b;
        }
        return d;
    }

    /** Binary from version 2 on, else text ('%.17g' after a length byte). */
    private void writeFloat(double x, int flag, int binaryCode, int textCode) {
        writeByte((version > 1 ? binaryCode : textCode) | flag);
        writeDouble(x);
    }

    private void writeDouble(double x) {
        if (version > 1) {
            long bits = Double.doubleToRawLongBits(x);
            for (int i = 0; i < 8; i++) writeByte((int) (bits >> (8 * i)));
            return;
        }
        String text = (x < 0 || 1 / x < 0 ? "-" : "") + FloatFormat.format(x, 'g', 17, false);
        writeByte(text.length());
        writeBytes(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private void writeComplex(PyComplex c, int flag) {
        writeFloat(c.real, flag, Marshal.TYPE_BINARY_COMPLEX, Marshal.TYPE_COMPLEX);
        writeDouble(c.imag);
    }

    private void writeBytesObject(byte[] b, int flag) {
        writeByte(Marshal.TYPE_STRING | flag);
        writePString(b);
    }

    /** ASCII text in one byte per character from version 4, else UTF-8 with lone surrogates passed through. */
    private void writeStr(PyStr s, int flag, boolean interned) {
        if (version >= 4 && Marshal.isAscii(s)) {
            byte[] b = s.asString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            if (b.length < 256) {
                writeByte((interned ? Marshal.TYPE_SHORT_ASCII_INTERNED : Marshal.TYPE_SHORT_ASCII) | flag);
                writeByte(b.length);
                writeBytes(b);
            } else {
                writeByte((interned ? Marshal.TYPE_ASCII_INTERNED : Marshal.TYPE_ASCII) | flag);
                writePString(b);
            }
            return;
        }
        writeByte((version >= 3 && interned ? Marshal.TYPE_INTERNED : Marshal.TYPE_UNICODE) | flag);
        writePString(Marshal.encodeUtf8(s));
    }

    private void writeTuple(PyObject[] items, int flag) {
        if (version >= 4 && items.length < 256) {
            writeByte(Marshal.TYPE_SMALL_TUPLE | flag);
            writeByte(items.length);
        } else {
            writeByte(Marshal.TYPE_TUPLE | flag);
            writeSize(items.length);
        }
        for (PyObject x : items) writeObject(x);
    }

    private void writeList(PyList l, int flag) {
        writeByte(Marshal.TYPE_LIST | flag);
        PyObject[] items = l.toArray();
        writeSize(items.length);
        for (PyObject x : items) writeObject(x);
    }

    /** Key, value, key, value, ... ended by TYPE_NULL. */
    private void writeDict(PyDict d, int flag) {
        writeByte(Marshal.TYPE_DICT | flag);
        for (PyDict.Entry e : d.entries()) {
            writeObject(e.key());
            writeObject(e.value());
        }
        writeByte(Marshal.TYPE_NULL);
    }

    /**
     * The items in the order of their own marshal data (sorted(v, key=marshal.dumps), bpo-37596), so
     * that the output does not depend on hash randomisation.
     */
    private void writeSet(PyFrozenSet s, int flag) {
        writeByte((s.type() == PyFrozenSet.TYPE ? Marshal.TYPE_FROZENSET : Marshal.TYPE_SET) | flag);
        PyObject[] items = s.toArray();
        writeSize(items.length);
        byte[][] keys = new byte[items.length][];
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < items.length; i++) {
            keys[i] = standalone(items[i]);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> java.util.Arrays.compareUnsigned(keys[x], keys[y]));
        for (Integer i : order) writeObject(items[i]);
    }

    /** The marshal data of v on its own, with this writer's version. */
    private byte[] standalone(PyObject v) {
        MarshalWriter w = new MarshalWriter(version);
        try {
            w.writeObject(v);
        } catch (Failure f) {
            throw new Failure(UNMARSHALLABLE);
        }
        return java.util.Arrays.copyOf(w.buf, w.len);
    }

    /** The fields of a 3.11 code object, in marshal.c's order. */
    private void writeCode(PyCode c, int flag) {
        writeByte(Marshal.TYPE_CODE | flag);
        writeLong(c.getArgcount());
        writeLong(c.getPosonlyargcount());
        writeLong(c.getKwonlyargcount());
        writeLong(c.getStacksize());
        writeLong(c.getFlags());
        writeObject(PyBytes.of(c.codeUnits()));
        writeObject(PyTuple.wrap(c.getConsts().clone()));
        writeObject(nameTuple(c.getNames()));
        writeObject(nameTuple(c.getLocalsplusnames()));
        writeObject(PyBytes.of(c.getLocalspluskinds().clone()));
        writeObject(name(c.getFilename()));
        writeObject(name(c.getName()));
        writeObject(name(c.getQualname()));
        writeLong(c.getFirstlineno());
        writeObject(PyBytes.of(c.getLinetable()));
        writeObject(PyBytes.of(c.getExceptiontable()));
    }

    private PyTuple nameTuple(String[] texts) {
        PyObject[] items = new PyObject[texts.length];
        for (int i = 0; i < texts.length; i++) items[i] = name(texts[i]);
        return PyTuple.wrap(items);
    }

    /** Whether s is written as interned: a code object's name, or text of name characters only. */
    private boolean isInterned(PyStr s) {
        return names.get(s.asString()) == s || Marshal.isInternable(s);
    }

    /** The one str object this writer uses for a code object's name text. */
    private PyStr name(String text) {
        return names.computeIfAbsent(text, PyStr::of);
    }
}
