package org.sanca.objects;

/**
 * The root of every Python value in Sanca: an object knows its Python type.
 * CPython: Include/object.h (PyObject, ob_type).
 */
public abstract class PyObject {
    /** The Python type of this object (CPython's ob_type). */
    public abstract PyType type();

    /** The instance __dict__, or null when the object has none. */
    public PyDict getDict() {
        return null;
    }

    /** Replaces the instance __dict__; only objects that have one accept it. */
    public void setDict(PyDict d) {
        throw PyErr.format(PyExc.AttributeError, "This object has no __dict__");
    }

    /** Java's view of the object: its Python repr (for debugging and tests). */
    @Override
    public String toString() {
        return Abstract.repr(this).value;
    }
}
