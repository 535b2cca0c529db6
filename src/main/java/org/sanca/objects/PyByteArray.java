package org.sanca.objects;

import java.util.Arrays;

/**
 * Python's bytearray: a mutable sequence of bytes.
 * CPython: Objects/bytearrayobject.c.
 */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = new PyType("bytearray", PyType.OBJECT, PyType.BASETYPE);

    byte[] data = new byte[0];
    int size;

    public PyByteArray() {}

    public PyByteArray(byte[] b) {
        data = b.clone();
        size = b.length;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Replaces data[from, to) with the given bytes. */
    void replace(int from, int to, byte[] with) {
        int newSize = size - (to - from) + with.length;
        byte[] d = newSize > data.length ? Arrays.copyOf(data, Math.max(newSize, data.length * 2)) : data;
        System.arraycopy(data, to, d, from + with.length, size - to);
        System.arraycopy(with, 0, d, from, with.length);
        data = d;
        size = newSize;
    }

    void append(int b) {
        if (size == data.length) data = Arrays.copyOf(data, Math.max(8, size * 2));
        data[size++] = (byte) b;
    }

    static {
        BytesType.initByteArray(TYPE);
    }
}
