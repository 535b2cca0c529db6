package org.sanca.objects;

/**
 * An instance of a Python class whose layout is plain object's: its class and its __dict__.
 * CPython: Objects/typeobject.c (object_new for heap types, the instance dict of PyObject).
 */
public class PyInstance extends PyObject {
    PyType type;
    PyDict dict;
    /** The __slots__ cells (null when the class has none); an unset cell is null. */
    PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.instanceDict ? new PyDict() : null;
        if (type.slotCount > 0) this.slots = new PyObject[type.slotCount];
    }

    /** An instance of a class with an instance dict, given its dict (which it keeps). */
    public PyInstance(PyType type, PyDict dict) {
        this.type = type;
        this.dict = dict;
        if (type.slotCount > 0) this.slots = new PyObject[type.slotCount];
    }

    @Override
    public PyType type() {
        return type;
    }

    /** __class__ assignment (the layouts have been checked by the caller). */
    public void setType(PyType t) {
        this.type = t;
        if (t.slotCount > (slots == null ? 0 : slots.length)) slots = ObjectArrays.copyOf(slots == null ? new PyObject[0] : slots, t.slotCount);
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
