package org.sanca.compiler;

import java.util.WeakHashMap;
import java.util.List;
import java.util.Map;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyObject;

/**
 * The items of the frozensets the compiler makes (the object model's frozenset has no public
 * iteration yet), remembered when the compiler creates them.
 * CPython: Objects/setobject.c (what _PySet_NextEntry gives the compiler).
 */
final class FrozenSets {
    private FrozenSets() {}

    private static final Map<PyFrozenSet, List<PyObject>> ITEMS = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    /** A frozenset of the given items less those equal to an earlier one (1, 1.0, True), remembering them. */
    static PyFrozenSet make(List<PyObject> items) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        List<PyObject> unique = new java.util.ArrayList<>();
        for (PyObject o : items) {
            if (seen.add(ConstantFolder.hashKey(o))) unique.add(o);
        }
        PyFrozenSet fs = PyFrozenSet.of(unique.toArray(new PyObject[0]));
        ITEMS.put(fs, List.copyOf(unique));
        return fs;
    }

    /** The items of fs: as remembered, or by iterating it for a frozenset the compiler did not make. */
    static List<PyObject> items(PyFrozenSet fs) {
        List<PyObject> l = ITEMS.get(fs);
        return l != null ? l : AstValidator.frozenSetItems(fs);
    }
}
