package org.sanca.bytecode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.sanca.objects.Abstract;
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
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PySet;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * Reads one object in the marshal format (any version) from bytes or from a binary file.
 * CPython: Python/marshal.c (r_object, r_PyLong, r_string, r_ref_reserve, r_ref_insert).
 *
 * <p>Back-references index a list of the flagged objects in the order their records start; a
 * container is listed before its items are read (so data may refer to a list from inside it), a
 * frozenset and a code object only once complete, as CPython does.
 */
final class MarshalReader {
    private static final int SIZE32_MAX = 0x7fffffff;
    private static final String BAD = "bad marshal data (%s)";

    /** The bytes being read; for a file, the last chunk read from it. */
    private byte[] data;
    private int pos, end;
    /** The file read from, or null. */
    private final PyObject file;
    private int depth;
    /** The flagged objects by reference index; null for a reserved index not filled yet. */
    private final List<PyObject> refs = new ArrayList<>();

    MarshalReader(byte[] data, int from, int to) {
        this.data = data;
        this.pos = from;
        this.end = to;
        this.file = null;
    }

    MarshalReader(PyObject file) {
        this.data = new byte[0];
        this.file = file;
    }

    /** read_object: the object, or TypeError when the data holds TYPE_NULL where the object should be. */
    PyObject readTopObject() {
        PyObject v;
        try {
            v = readObject();
        } catch (StackOverflowError e) {
            throw PyErr.format(PyExc.ValueError, "recursion limit exceeded");
        }
        if (v == null) throw PyErr.format(PyExc.TypeError, "NULL object in marshal data for object");
        return v;
    }

    // ---- bytes -------------------------------------------------------------------------------

    /** r_string: makes n bytes available at data[pos], then the caller advances pos. */
    private int need(long n) {
        if (file == null) {
            if (end - pos < n) throw PyErr.format(PyExc.EOFError, "marshal data too short");
            return pos;
        }
        byte[] chunk = readFromFile((int) n);
        data = chunk;
        pos = 0;
        end = chunk.length;
        return 0;
    }

    /** n bytes from the file, with readinto when it has it (as CPython), else read. */
    private byte[] readFromFile(int n) {
        byte[] got;
        if (Abstract.lookupAttr(file, "readinto") != null) {
            PyByteArray b = new PyByteArray(new byte[n]);
            PyObject r = Abstract.callMethod(file, "readinto", b);
            int read = PyNumber.asIndex(r);
            got = java.util.Arrays.copyOf(b.toByteArray(), Math.min(Math.max(read, 0), n));
            checkRead(n, read);
        } else {
            PyObject r = Abstract.callMethod(file, "read", PyInt.of(n));
            got = PyBytes.fromObject(r);
            checkRead(n, got.length);
        }
        return got;
    }

    private static void checkRead(int n, int read) {
        if (read > n) {
            throw PyErr.format(PyExc.ValueError, "read() returned too much data: %d bytes requested, %d returned", n, read);
        }
        if (read != n) throw PyErr.format(PyExc.EOFError, "EOF read where not expected");
    }

    /** r_byte: at the end of the data, EOFError("EOF read where not expected"). */
    private int readByte() {
        if (file == null && pos >= end) throw PyErr.format(PyExc.EOFError, "EOF read where not expected");
        int at = need(1);
        pos = at + 1;
        return data[at] & 0xff;
    }

    private int readShort() {
        int at = need(2);
        pos = at + 2;
        return (short) ((data[at] & 0xff) | (data[at + 1] & 0xff) << 8);
    }

    private int readLong() {
        int at = need(4);
        pos = at + 4;
        return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16 | (data[at + 3] & 0xff) << 24;
    }

    /** A length-prefixed field's n bytes as a copy. */
    private byte[] readBytes(int n) {
        int at = need(n);
        pos = at + n;
        return java.util.Arrays.copyOfRange(data, at, at + n);
    }

    /** The number of bytes known to remain (for bytes, everything left; for a file, unknown: max). */
    private int remaining() {
        return file == null ? end - pos : Integer.MAX_VALUE;
    }

    // ---- objects -----------------------------------------------------------------------------

    /** r_object: an object, or null for TYPE_NULL. */
    PyObject readObject() {
        int code;
        try {
            code = file == null && pos >= end ? -1 : readByte();
        } catch (org.sanca.objects.PyException e) {
            if (!e.matches(PyExc.EOFError)) throw e;
            code = -1;
        }
        if (code < 0) throw PyErr.format(PyExc.EOFError, "EOF read where object expected");
        if (++depth > Marshal.MAX_DEPTH) {
            depth--;
            throw PyErr.format(PyExc.ValueError, "recursion limit exceeded");
        }
        boolean flag = (code & Marshal.FLAG_REF) != 0;
        PyObject v = readTyped(code & ~Marshal.FLAG_REF, flag);
        depth--;
        return v;
    }

    private PyObject readTyped(int type, boolean flag) {
        switch (type) {
            case Marshal.TYPE_NULL: return null;
            case Marshal.TYPE_NONE: return Py.None;
            case Marshal.TYPE_STOPITER: return PyExc.StopIteration;
            case Marshal.TYPE_ELLIPSIS: return Py.Ellipsis;
            case Marshal.TYPE_FALSE: return Py.False;
            case Marshal.TYPE_TRUE: return Py.True;
            case Marshal.TYPE_TUPLE: return readTuple(checkedSize("tuple"), flag);
            case Marshal.TYPE_SMALL_TUPLE: return readTuple(readByte(), flag);
            case Marshal.TYPE_LIST: return readList(flag);
            case Marshal.TYPE_DICT: return readDict(flag);
            case Marshal.TYPE_SET: case Marshal.TYPE_FROZENSET: return readSet(type == Marshal.TYPE_SET, flag);
            case Marshal.TYPE_CODE: return readCode(flag);
            case Marshal.TYPE_REF: return readRef();
            default:
                PyObject v = readScalar(type);
                if (flag) refs.add(v);
                return v;
        }
    }

    /** The objects that hold no other objects. */
    private PyObject readScalar(int type) {
        switch (type) {
            case Marshal.TYPE_INT: return PyInt.of(readLong());
            case Marshal.TYPE_INT64: return readInt64();
            case Marshal.TYPE_LONG: return readPyLong();
            case Marshal.TYPE_FLOAT: return PyFloat.of(readFloatText());
            case Marshal.TYPE_BINARY_FLOAT: return PyFloat.of(readFloatBinary());
            case Marshal.TYPE_COMPLEX: return PyComplex.of(readFloatText(), readFloatText());
            case Marshal.TYPE_BINARY_COMPLEX: return PyComplex.of(readFloatBinary(), readFloatBinary());
            case Marshal.TYPE_STRING: return PyBytes.of(readBytes(checkedSize("bytes object")));
            case Marshal.TYPE_ASCII: case Marshal.TYPE_ASCII_INTERNED: return readAscii(checkedSize("string"));
            case Marshal.TYPE_SHORT_ASCII: case Marshal.TYPE_SHORT_ASCII_INTERNED: return readAscii(readByte());
            case Marshal.TYPE_UNICODE: case Marshal.TYPE_INTERNED: return readUnicode(checkedSize("string"));
            default: throw PyErr.format(PyExc.ValueError, "bad marshal data (unknown type code)");
        }
    }

    /** A 4-byte size, ValueError "bad marshal data (WHAT size out of range)" when negative. */
    private int checkedSize(String what) {
        int n = readLong();
        if (n < 0) throw PyErr.format(PyExc.ValueError, BAD, what + " size out of range");
        return n;
    }

    private PyObject readInt64() {
        int at = need(8);
        pos = at + 8;
        long v = 0;
        for (int i = 7; i >= 0; i--) v = v << 8 | (data[at + i] & 0xff);
        return PyInt.of(v);
    }

    /** r_PyLong: a signed count of 15-bit digits, least significant first; the top digit must not be 0. */
    private PyObject readPyLong() {
        int n = readLong();
        if (n == 0) return PyInt.of(0);
        if (n == Integer.MIN_VALUE) throw PyErr.format(PyExc.ValueError, BAD, "long size out of range");
        int count = Math.abs(n);
        byte[] be = count <= 4 ? null : new byte[(int) ((15L * count + 7) / 8)];
        long small = 0;
        for (int i = 0; i < count; i++) {
            int d = readShort();
            if (d < 0) throw PyErr.format(PyExc.ValueError, BAD, "digit out of range in long");
            if (d == 0 && i == count - 1) throw PyErr.format(PyExc.ValueError, BAD, "unnormalized long data");
            if (be == null) small |= (long) d << (15 * i);
            else setBits(be, 15 * i, d);
        }
        if (be == null) return PyInt.of(n < 0 ? -small : small);
        BigInteger mag = new BigInteger(1, be);
        return PyInt.of(n < 0 ? mag.negate() : mag);
    }

    /** Sets the 15-bit digit d at bit position from of a big-endian magnitude. */
    private static void setBits(byte[] be, int from, int d) {
        for (int b = 0; b < 15; b++) {
            if ((d >> b & 1) == 0) continue;
            int bit = from + b;
            be[be.length - 1 - (bit >> 3)] |= (byte) (1 << (bit & 7));
        }
    }

    private double readFloatBinary() {
        int at = need(8);
        pos = at + 8;
        long bits = 0;
        for (int i = 7; i >= 0; i--) bits = bits << 8 | (data[at + i] & 0xff);
        return Double.longBitsToDouble(bits);
    }

    /** r_float_str: a length byte and the text PyOS_string_to_double accepts. */
    private double readFloatText() {
        int n = readByte();
        String text = new String(readBytes(n), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' || Character.isWhitespace(c) || c == 0) {
                throw PyErr.format(PyExc.ValueError, "could not convert string to float: %R", PyStr.of(text));
            }
        }
        return ((PyFloat) Abstract.call(PyFloat.TYPE, PyStr.of(text))).value;
    }

    private PyStr readAscii(int n) {
        int at = need(n);
        pos = at + n;
        return Marshal.latin1(data, at, at + n);
    }

    private PyStr readUnicode(int n) {
        if (n == 0) return PyStr.EMPTY;
        int at = need(n);
        pos = at + n;
        return Marshal.decodeUtf8(data, at, at + n);
    }

    // ---- containers --------------------------------------------------------------------------

    /** The item of a container record, TypeError for TYPE_NULL ("NULL object in marshal data for WHAT"). */
    private PyObject item(String what) {
        PyObject v = readObject();
        if (v == null) throw PyErr.format(PyExc.TypeError, "NULL object in marshal data for %s", what);
        return v;
    }

    /** A tuple is listed before its items are read: its array is filled in place. */
    private PyObject readTuple(int n, boolean flag) {
        if (n > remaining()) {
            // Cannot be complete: read the items there are for CPython's error, without a huge array.
            int index = reserve(flag);
            List<PyObject> items = new ArrayList<>();
            for (int i = 0; i < n; i++) items.add(item("tuple"));
            return fill(index, PyTuple.wrap(items.toArray(new PyObject[0])));
        }
        PyObject[] items = new PyObject[n];
        PyTuple t = PyTuple.wrap(items);
        if (flag) refs.add(t);
        for (int i = 0; i < n; i++) items[i] = item("tuple");
        return t;
    }

    private PyObject readList(boolean flag) {
        int n = checkedSize("list");
        PyList l = new PyList();
        if (flag) refs.add(l);
        for (int i = 0; i < n; i++) l.append(item("list"));
        return l;
    }

    /** Key, value pairs up to TYPE_NULL; a TYPE_NULL value ends the dict too, dropping its key (as CPython). */
    private PyObject readDict(boolean flag) {
        PyDict d = new PyDict();
        if (flag) refs.add(d);
        while (true) {
            PyObject key = readObject();
            if (key == null) break;
            PyObject value = readObject();
            if (value == null) break;
            d.setItem(key, value);
        }
        return d;
    }

    /** A set is listed before its items, a frozenset only once complete. */
    private PyObject readSet(boolean mutable, boolean flag) {
        int n = checkedSize("set");
        if (mutable) {
            PySet s = new PySet();
            if (flag) refs.add(s);
            for (int i = 0; i < n; i++) s.addItem(item("set"));
            return s;
        }
        int index = reserve(flag);
        List<PyObject> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PyObject x = item("set");
            Abstract.hash(x);
            items.add(x);
        }
        return fill(index, PyFrozenSet.of(items.toArray(new PyObject[0])));
    }

    /** r_ref_reserve: a reference index for an object made later, or -1 without the flag. */
    private int reserve(boolean flag) {
        if (!flag) return -1;
        refs.add(null);
        return refs.size() - 1;
    }

    /** r_ref_insert. */
    private PyObject fill(int index, PyObject v) {
        if (index >= 0) refs.set(index, v);
        return v;
    }

    private PyObject readRef() {
        int n = readLong();
        if (n < 0 || n >= refs.size() || refs.get(n) == null) {
            throw PyErr.format(PyExc.ValueError, BAD, "invalid reference");
        }
        return refs.get(n);
    }

    // ---- code objects ------------------------------------------------------------------------

    /** A 3.11 code object; it is listed once complete. */
    private PyObject readCode(boolean flag) {
        int index = reserve(flag);
        int argcount = readLong(), posonly = readLong(), kwonly = readLong(), stacksize = readLong(), flags = readLong();
        PyObject code = codeField(), consts = codeField(), names = codeField(), localsplusnames = codeField(),
                localspluskinds = codeField(), filename = codeField(), name = codeField(), qualname = codeField();
        int firstlineno = readLong();
        PyObject linetable = codeField(), exceptiontable = codeField();
        PyCode c = MarshalCode.make(argcount, posonly, kwonly, stacksize, flags, code, consts, names, localsplusnames,
                localspluskinds, filename, name, qualname, firstlineno, linetable, exceptiontable);
        return fill(index, c);
    }

    /** A field of a code object: TYPE_NULL there makes the whole load fail as CPython's read_object does. */
    private PyObject codeField() {
        PyObject v = readObject();
        if (v == null) throw PyErr.format(PyExc.TypeError, "NULL object in marshal data for code object");
        return v;
    }
}
