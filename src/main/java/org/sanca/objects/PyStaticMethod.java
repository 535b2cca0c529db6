package org.sanca.objects;

/**
 * staticmethod(f): returns f unchanged from attribute lookup; itself callable.
 * CPython: Objects/funcobject.c (PyStaticMethod_Type).
 */
public class PyStaticMethod extends PyFunctionWrapper {
    public static final PyType TYPE = new PyType("staticmethod", PyType.BASETYPE);

    public PyStaticMethod(PyObject callable) {
        super(TYPE, callable);
    }

    static {
        initType(TYPE, "staticmethod", t -> new PyStaticMethod(Py.None).withType(t));
        TYPE.tp_descr_get = (d, obj, type) -> ((PyStaticMethod) d).callable;
        TYPE.tp_call = (c, a, o, n, k) -> Abstract.call(((PyStaticMethod) c).callable, a, o, n, k);
        TYPE.ready();
    }
}
