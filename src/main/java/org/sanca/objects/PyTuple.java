package org.sanca.objects;

import java.util.Arrays;

/**
 * Python's tuple: an immutable array of objects.
 * CPython: Objects/tupleobject.c.
 */
public class PyTuple extends PyObject {
    public static final PyType TYPE = new PyType("tuple");
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;

    PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** A tuple of the given items (the array is copied). */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyTuple t && Arrays.equals(t.items, items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }
}
