package org.sanca.objects;

/**
 * Python's set: the mutable form of the same table as frozenset (in Java it extends PyFrozenSet,
 * as CPython's PyAnySet_Check treats both alike; its Python type is set, not a frozenset subclass).
 * CPython: Objects/setobject.c.
 */
public class PySet extends PyFrozenSet {
    public static final PyType TYPE = new PyType("set", PyType.OBJECT, PyType.BASETYPE);

    public PySet() {}

    /** set(iterable). */
    public static PySet fromIterable(PyObject iterable) {
        PySet s = new PySet();
        s.update(iterable);
        return s;
    }

    /** _PySet_Update: set.update(iterable), with set_update_internal's fast paths for sets and dicts. */
    public void updateFrom(PyObject iterable) {
        update(iterable);
    }

    /** set.add. */
    public void addItem(PyObject key) {
        add(key);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a Python subclass of set. */
    static final class Derived extends PySet {
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
    }

    static {
        SetType.initSet(TYPE);
    }
}
