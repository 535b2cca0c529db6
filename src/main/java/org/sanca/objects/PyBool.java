package org.sanca.objects;

/**
 * Python's bool, a subclass of int with the two instances True and False.
 * CPython: Objects/boolobject.c.
 */
public final class PyBool extends PyInt {
    public static final PyType TYPE = new PyType("bool");
    static final PyBool TRUE = new PyBool(1);
    static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return value != 0 ? "True" : "False";
    }
}
