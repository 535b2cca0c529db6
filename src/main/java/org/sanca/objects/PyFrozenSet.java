package org.sanca.objects;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Python's frozenset: an immutable set of hashable objects.
 * CPython: Objects/setobject.c.
 */
public class PyFrozenSet extends PyObject {
    public static final PyType TYPE = new PyType("frozenset");

    final Set<PyObject> items;

    PyFrozenSet(Set<PyObject> items) {
        this.items = items;
    }

    public static PyFrozenSet of(PyObject... items) {
        return new PyFrozenSet(new LinkedHashSet<>(List.of(items)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
