package org.sanca.objects;

/**
 * classmethod(f): binds f to the class it is looked up on.
 * CPython: Objects/funcobject.c (PyClassMethod_Type).
 */
public class PyClassMethod extends PyObject {
    public static final PyType TYPE = new PyType("classmethod", PyType.BASETYPE);

    PyType type = TYPE;
    PyObject callable;
    PyDict dict;

    public PyClassMethod(PyObject callable) {
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
            PyClassMethod cm = new PyClassMethod(Py.None);
            cm.type = t;
            return cm;
        };
        TYPE.tp_init = (self, a, o, n, k) -> {
            Args.noKeywords("classmethod", k);
            Args.exactly("classmethod", n, 1);
            ((PyClassMethod) self).callable = a[o];
        };
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyClassMethod cm = (PyClassMethod) d;
            PyObject t = type != null ? type : obj.type();
            Slots.DescrGetFunc f = cm.callable.type().tp_descr_get;
            if (f != null) return f.get(cm.callable, t, t);
            return new PyMethod(cm.callable, t);
        };
        TYPE.tp_repr = o -> PyStr.of("<classmethod(" + Abstract.repr(((PyClassMethod) o).callable).value + ")>");
        TYPE.addGetter("__func__", o -> ((PyClassMethod) o).callable);
        TYPE.addGetter("__wrapped__", o -> ((PyClassMethod) o).callable);
        TYPE.addGetter("__isabstractmethod__", o -> isAbstract(((PyClassMethod) o).callable));
        TYPE.addGetSet("__dict__", o -> o.getDict(), (o, v) -> ((PyClassMethod) o).dict = (PyDict) v);
        TYPE.ready();
    }

    static PyObject isAbstract(PyObject f) {
        PyObject v = Abstract.lookupAttr(f, "__isabstractmethod__");
        return PyBool.of(v != null && Abstract.isTrue(v));
    }
}
