package org.sanca.objects;

/**
 * staticmethod(f): returns f unchanged from attribute lookup; itself callable.
 * CPython: Objects/funcobject.c (PyStaticMethod_Type).
 */
public class PyStaticMethod extends PyObject {
    public static final PyType TYPE = new PyType("staticmethod", PyType.BASETYPE);

    PyType type = TYPE;
    PyObject callable;
    PyDict dict;

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    public PyObject getCallable() {
        return callable;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    static {
        TYPE.instanceDict = true;
        TYPE.tp_new = (t, a, o, n, k) -> {
            PyStaticMethod sm = new PyStaticMethod(Py.None);
            sm.type = t;
            return sm;
        };
        TYPE.tp_init = (self, a, o, n, k) -> {
            Args.noKeywords("staticmethod", k);
            Args.exactly("staticmethod", n, 1);
            ((PyStaticMethod) self).callable = a[o];
        };
        TYPE.tp_descr_get = (d, obj, type) -> ((PyStaticMethod) d).callable;
        TYPE.tp_call = (c, a, o, n, k) -> Abstract.call(((PyStaticMethod) c).callable, a, o, n, k);
        TYPE.tp_repr = o -> PyStr.of("<staticmethod(" + Abstract.repr(((PyStaticMethod) o).callable).value + ")>");
        TYPE.addGetter("__func__", o -> ((PyStaticMethod) o).callable);
        TYPE.addGetter("__wrapped__", o -> ((PyStaticMethod) o).callable);
        TYPE.addGetter("__isabstractmethod__", o -> PyClassMethod.isAbstract(((PyStaticMethod) o).callable));
        TYPE.addGetSet("__dict__", o -> o.getDict(), (o, v) -> ((PyStaticMethod) o).dict = (PyDict) v);
        TYPE.ready();
    }
}
