package org.sanca.objects;

/**
 * The type of Ellipsis (...).
 * CPython: Objects/sliceobject.c (_Py_EllipsisObject).
 */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = new PyType("ellipsis");
    static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
