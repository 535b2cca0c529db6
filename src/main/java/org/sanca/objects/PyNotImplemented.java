package org.sanca.objects;

/**
 * The type of NotImplemented, the result a binary slot returns to let the other operand try.
 * CPython: Objects/object.c (_Py_NotImplementedStruct, NotImplementedType).
 */
public final class PyNotImplemented extends PyObject {
    static final PyNotImplemented INSTANCE = new PyNotImplemented();
    public static final PyType TYPE = new PyType("NotImplementedType");

    private PyNotImplemented() {}

    static {
        TYPE.tp_repr = o -> PyStr.of("NotImplemented");
        TYPE.nb_bool = o -> {
            Warnings.warn(PyExc.DeprecationWarning,
                    "NotImplemented should not be used in a boolean context");
            return true;
        };
        TYPE.tp_new = (t, a, o, n, k) -> {
            if (n > 0 || (k != null && k.size() > 0))
                throw PyErr.format(PyExc.TypeError, "NotImplementedType takes no arguments");
            return INSTANCE;
        };
        TYPE.addMethod("__reduce__", (Slots.MethNoArgs) o -> PyStr.of("NotImplemented"));
        TYPE.ready();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
