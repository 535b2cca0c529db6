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

    void append(int b) {
        if (size == data.length) data = Arrays.copyOf(data, Math.max(8, size * 2));
        data[size++] = (byte) b;
    }

    static {
        BytesType.initByteArray(TYPE);
    }
}
