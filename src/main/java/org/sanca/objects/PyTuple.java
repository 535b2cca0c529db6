package org.sanca.objects;

import java.util.Arrays;

/**
 * Python's tuple: an immutable array of objects.
 * CPython: Objects/tupleobject.c.
 */
public class PyTuple extends PyObject {
    public static final PyType TYPE = new PyType("tuple", PyType.OBJECT,
            PyType.BASETYPE | PyType.TUPLE_SUBCLASS | PyType.SEQUENCE);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;

    PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** A tuple of the given items (the array is copied). */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    /** A tuple owning the array (the caller must not change it afterwards). */
    public static PyTuple wrap(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** tuple(iterable). */
    public static PyTuple fromIterable(PyObject iterable) {
        if (iterable.getClass() == PyTuple.class) return (PyTuple) iterable;
        if (iterable instanceof PyTuple t) return wrap(t.items.clone());
        if (iterable instanceof PyList l) return wrap(l.toArray());
        return wrap(PyList.fromIterable(iterable).toArray());
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** A copy of the items. */
    public PyObject[] toArray() {
        return items.clone();
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

    /** An instance of a Python subclass of tuple. */
    static final class Derived extends PyTuple {
        final PyType type;
        PyDict dict;

        Derived(PyType type, PyObject[] items) {
            super(items);
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
        TupleType.init(TYPE);
    }
}
