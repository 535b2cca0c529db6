package org.sanca.vm;

import org.sanca.objects.PyObject;
import org.sanca.objects.PyType;

/**
 * A cell: the box holding a variable shared between a function and the closures nested in it.
 * CPython: Objects/cellobject.c.
 */
public final class PyCell extends PyObject {
    public static final PyType TYPE = new PyType("cell");

    /** The variable's value, or null while unbound ("cell is empty"). */
    PyObject contents;

    public PyCell(PyObject contents) {
        this.contents = contents;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** cell_contents, or null when empty. */
    public PyObject get() {
        return contents;
    }

    /** Sets cell_contents; null empties the cell. */
    public void set(PyObject v) {
        contents = v;
    }
}
