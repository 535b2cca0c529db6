package org.sanca.objects;

/**
 * The interpreter-wide singletons: None, True, False, Ellipsis, NotImplemented.
 * CPython: Include/object.h and boolobject.h (Py_None, Py_True, Py_False, ...).
 */
public final class Py {
    private Py() {}

    public static final PyObject None = PyNone.INSTANCE;
    public static final PyBool True = PyBool.TRUE;
    public static final PyBool False = PyBool.FALSE;
    public static final PyObject Ellipsis = PyEllipsis.INSTANCE;
}
