package org.sanca.objects;

import java.util.Arrays;

/**
 * Python's bytes: an immutable sequence of bytes.
 * CPython: Objects/bytesobject.c.
 */
public class PyBytes extends PyObject {
    public static final PyType TYPE = new PyType("bytes", PyType.OBJECT, PyType.BASETYPE | PyType.BYTES_SUBCLASS);

    final byte[] value;

    PyBytes(byte[] value) {
        this.value = value;
    }

    /** Wraps the array, which the caller must not change afterwards. */
    public static PyBytes of(byte[] b) {
        return new PyBytes(b);
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return value.clone();
    }

    /** The bytes of a bytes-like object (bytes, bytearray), or TypeError. */
    public static byte[] fromObject(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyByteArray ba) return ba.toByteArray();
        if (o instanceof PyMemoryView mv) return mv.toByteArray();
        throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%.100s'", PyErr.typeName(o));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(b.value, value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    /** An instance of a Python subclass of bytes. */
    static final class Derived extends PyBytes {
        final PyType type;
        PyDict dict;

        Derived(PyType type, byte[] value) {
            super(value);
            this.type = type;
            this.dict = type.instanceDict ? new PyDict() : null;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    static {
        BytesType.init(TYPE);
    }
}
