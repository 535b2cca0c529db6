package org.sanca.objects;

/**
 * The type of Ellipsis (...).
 * CPython: Objects/sliceobject.c (_Py_EllipsisObject).
 */
public final class PyEllipsis extends PyObject {
    static final PyEllipsis INSTANCE = new PyEllipsis();
    public static final PyType TYPE = new PyType("ellipsis");

    private PyEllipsis() {}

    static {
        TYPE.tp_repr = o -> PyStr.of("Ellipsis");
        TYPE.tp_new = (t, a, o, n, k) -> {
            if (n > 0 || (k != null && k.size() > 0)) throw PyErr.format(PyExc.TypeError, "EllipsisType takes no arguments");
            return INSTANCE;
        };
        TYPE.addMethod("__reduce__", (Slots.MethNoArgs) o -> PyStr.of("Ellipsis"));
        TYPE.ready();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
