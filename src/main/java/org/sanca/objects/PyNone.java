package org.sanca.objects;

/**
 * The type of None.
 * CPython: Objects/object.c (_Py_NoneStruct, NoneType).
 */
public final class PyNone extends PyObject {
    static final PyNone INSTANCE = new PyNone();
    public static final PyType TYPE = new PyType("NoneType");

    private PyNone() {}

    static {
        TYPE.tp_repr = o -> PyStr.of("None");
        TYPE.nb_bool = o -> false;
        TYPE.tp_hash = o -> 0xFCA86420L;
        TYPE.tp_new = (t, a, o, n, k) -> {
            if (n > 0 || (k != null && k.size() > 0)) throw PyErr.format(PyExc.TypeError, "NoneType takes no arguments");
            return INSTANCE;
        };
        TYPE.ready();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
