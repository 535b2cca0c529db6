package org.sanca.objects;

/**
 * The root of every Python value in Sanca: an object knows its Python type.
 * CPython: Include/object.h (PyObject, ob_type).
 */
public abstract class PyObject {
    /** The Python type of this object (CPython's ob_type). */
    public abstract PyType type();
}
