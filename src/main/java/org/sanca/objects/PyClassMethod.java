package org.sanca.objects;

/**
 * classmethod(f): binds f to the class it is looked up on.
 * CPython: Objects/funcobject.c (PyClassMethod_Type).
 */
public class PyClassMethod extends PyFunctionWrapper {
    public static final PyType TYPE = new PyType("classmethod", PyType.BASETYPE);

    public PyClassMethod(PyObject callable) {
        super(TYPE, callable);
    }

    static {
        initType(TYPE, "classmethod", t -> new PyClassMethod(Py.None).withType(t));
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyClassMethod cm = (PyClassMethod) d;
            PyObject t = type != null ? type : obj.type();
            Slots.DescrGetFunc f = cm.callable.type().tp_descr_get;
            if (f != null) return f.get(cm.callable, t, t);
            return new PyMethod(cm.callable, t);
        };
        TYPE.ready();
    }
}
