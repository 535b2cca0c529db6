package org.sanca.objects;

import java.util.function.Function;

/**
 * What classmethod and staticmethod share: a wrapped callable, a __dict__, and the type
 * machinery around them (new, init, repr, __func__, __wrapped__, __isabstractmethod__).
 * CPython: Objects/funcobject.c (the cm_* and sm_* functions, which mirror each other).
 */
public abstract class PyFunctionWrapper extends PyObject {
    PyType type;
    PyObject callable;
    PyDict dict;

    PyFunctionWrapper(PyType type, PyObject callable) {
        this.type = type;
        this.callable = callable;
    }

    /** This wrapper made an instance of t (a subclass, from tp_new). */
    PyFunctionWrapper withType(PyType t) {
        type = t;
        return this;
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

    /** Whether f declares itself abstract (f.__isabstractmethod__ is true), as a bool. */
    static PyObject isAbstract(PyObject f) {
        PyObject v = Abstract.lookupAttr(f, "__isabstractmethod__");
        return PyBool.of(v != null && Abstract.isTrue(v));
    }

    /** Copies the callable's __module__, __name__, __qualname__, __doc__ and __annotations__ (functools_wraps). */
    private void copyWrappedAttributes() {
        for (String name : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            PyObject v = Abstract.lookupAttr(callable, name);
            if (v != null) getDict().setItem(PyStr.of(name), v);
        }
    }

    /** Sets up the slots and attributes both wrapper types have; make builds an empty instance. */
    static void initType(PyType t, String name, Function<PyType, PyFunctionWrapper> make) {
        t.instanceDict = true;
        t.tp_new = (type, a, o, n, k) -> make.apply(type);
        t.tp_init = (self, a, o, n, k) -> {
            Args.noKeywords(name, k);
            Args.exactly(name, n, 1);
            PyFunctionWrapper w = (PyFunctionWrapper) self;
            w.callable = a[o];
            w.copyWrappedAttributes();
        };
        t.tp_repr = o -> PyStr.of("<" + name + "(" + Abstract.repr(((PyFunctionWrapper) o).callable).value + ")>");
        t.addGetter("__func__", o -> ((PyFunctionWrapper) o).callable);
        t.addGetter("__wrapped__", o -> ((PyFunctionWrapper) o).callable);
        t.addGetter("__isabstractmethod__", o -> isAbstract(((PyFunctionWrapper) o).callable));
        t.addGetSet("__dict__", o -> o.getDict(), (o, v) -> ((PyFunctionWrapper) o).dict = (PyDict) v);
    }
}
