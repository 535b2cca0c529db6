package org.sanca.vm;

import org.sanca.objects.PyDict;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;

/**
 * Helpers for function objects made by MAKE_FUNCTION.
 * CPython: Objects/funcobject.c and ceval.c's MAKE_FUNCTION.
 */
final class Functions {
    private Functions() {}

    /** MAKE_FUNCTION's annotations: a flat (name, value, ...) tuple becomes a dict. */
    static PyObject annotationsFromTuple(PyObject o) {
        if (!(o instanceof PyTuple t)) return o;
        PyDict d = new PyDict();
        for (int i = 0; i + 1 < t.size(); i += 2) d.setItem(t.get(i), t.get(i + 1));
        return d;
    }
}
