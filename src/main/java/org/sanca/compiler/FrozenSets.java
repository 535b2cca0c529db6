package org.sanca.compiler;

import java.util.List;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyObject;

/**
 * The frozensets the compiler makes from literal sets, and their items.
 * CPython: Objects/setobject.c (PyFrozenSet_New, and _PySet_NextEntry as the compiler uses it).
 */
final class FrozenSets {
    private FrozenSets() {}

    /** A frozenset of the given items less those equal to an earlier one (1, 1.0, True). */
    static PyFrozenSet make(List<PyObject> items) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        List<PyObject> unique = new java.util.ArrayList<>();
        for (PyObject o : items) {
            if (seen.add(ConstantFolder.hashKey(o))) unique.add(o);
        }
        return PyFrozenSet.of(unique.toArray(new PyObject[0]));
    }

    /** The items of fs, in its table's order. */
    static List<PyObject> items(PyFrozenSet fs) {
        return List.of(fs.toArray());
    }
}
