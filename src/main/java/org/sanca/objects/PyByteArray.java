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
    /**
     * CPython's ob_alloc and the distance of ob_start from the buffer's start, kept as figures so that
     * __alloc__ reports what CPython's growth policy would have allocated; data itself starts at 0.
     */
    int alloc, offset;

    public PyByteArray() {}

    public PyByteArray(byte[] b) {
        data = b.clone();
        size = b.length;
        alloc = size == 0 ? 0 : size + 1;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Sets the size to n; bytes past the old size are left for the caller to fill (PyByteArray_Resize). */
    void resize(int n) {
        if (n > data.length) data = Arrays.copyOf(data, Math.max(n, data.length + (data.length >> 1) + 8));
        account(n);
        size = n;
    }

    /** The allocation PyByteArray_Resize makes for a change of size to n. */
    private void account(int n) {
        if (n == size) return;
        long a = alloc;
        if (n + offset + 1L <= a) {
            if (n >= a / 2) return;
            a = n + 1;
        } else if (n <= a * 1.125) {
            a = n + (n >> 3) + (n < 9 ? 3 : 6);
        } else {
            a = n + 1;
        }
        alloc = (int) a;
        offset = 0;
    }

    /** Replaces data[from, to) with the given bytes; shrinking at the front advances the logical start. */
    void replace(int from, int to, byte[] with) {
        int growth = with.length - (to - from), old = size;
        if (growth < 0 && from == 0) offset -= growth;
        if (old + growth > data.length) data = Arrays.copyOf(data, Math.max(old + growth, 2 * data.length));
        System.arraycopy(data, to, data, from + with.length, old - to);
        System.arraycopy(with, 0, data, from, with.length);
        account(old + growth);
        size = old + growth;
    }

    /** Removes the byte at i, moving the tail down (pop, remove). */
    void removeAt(int i) {
        System.arraycopy(data, i + 1, data, i, size - i - 1);
        resize(size - 1);
    }

    void append(int b) {
        resize(size + 1);
        data[size - 1] = (byte) b;
    }

    /** An instance of a Python subclass of bytearray: its type and __dict__. */
    static final class Derived extends PyByteArray {
        final PyType type;
        PyDict dict;

        Derived(PyType type) {
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
        BytesType.initByteArray(TYPE);
    }
}
