package org.sanca.objects;

/**
 * Python's type objects: a class, its bases, its MRO, its dict and its slots.
 * CPython: Objects/typeobject.c (PyTypeObject).
 */
public class PyType extends PyObject {
    public static final PyType TYPE = new PyType("type");

    private final String name;

    public PyType(String name) {
        this.name = name;
    }

    /** The type's __name__. */
    public String getName() {
        return name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
