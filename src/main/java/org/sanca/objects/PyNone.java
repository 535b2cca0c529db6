package org.sanca.objects;

/**
 * The type of None.
 * CPython: Objects/object.c (_Py_NoneStruct, NoneType).
 */
public final class PyNone extends PyObject {
    public static final PyType TYPE = new PyType("NoneType");
    static final PyNone INSTANCE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
