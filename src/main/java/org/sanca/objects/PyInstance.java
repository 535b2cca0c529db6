package org.sanca.objects;

/**
 * An instance of a Python class whose layout is plain object's: its class and its __dict__.
 * CPython: Objects/typeobject.c (object_new for heap types, the instance dict of PyObject).
 */
public class PyInstance extends PyObject {
    PyType type;
    PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.instanceDict ? new PyDict() : null;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** __class__ assignment (the layouts have been checked by the caller). */
    public void setType(PyType t) {
        this.type = t;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        this.dict = d;
    }
}
