package org.sanca.compiler;

import org.sanca.objects.ConstantKey;

import java.util.HashMap;
import java.util.Map;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;

/**
 * The constants of one compilation, shared by all its code objects: an equal constant (by
 * {@link ConstantKey}; code objects aside) is the same object everywhere in a module, so {@code x is 'abc'} sees the
 * same string in a function as at module level, as in CPython.
 * CPython: Python/compile.c (c_const_cache, merge_consts_recursive).
 */
final class ConstCache {
    private final Map<Object, PyObject> cache = new HashMap<>();

    /** The compilation's object for a constant equal to o; o itself (its items merged) when new. */
    PyObject merge(PyObject o) {
        if (o instanceof PyCode) return o;
        Object key = ConstantKey.of(o);
        PyObject known = cache.get(key);
        if (known != null) return known;
        PyObject merged = o instanceof PyTuple t ? mergeItems(t) : o.getClass() == PyFrozenSet.class ? rebuild((PyFrozenSet) o) : o;
        cache.put(key, merged);
        return merged;
    }

    /**
     * A frozenset made anew from fs's merged items in fs's table order, as merge_consts_recursive does: its table
     * (and so its iteration order) can differ from fs's, and CPython's code objects hold this one.
     */
    private PyFrozenSet rebuild(PyFrozenSet fs) {
        if (fs.size() == 0) return fs;
        PyObject[] items = fs.toArray();
        for (int i = 0; i < items.length; i++) items[i] = merge(items[i]);
        return PyFrozenSet.of(items);
    }

    /** A tuple whose items are the cache's objects: t itself when they already are. */
    private PyTuple mergeItems(PyTuple t) {
        PyObject[] items = t.toArray();
        boolean changed = false;
        for (int i = 0; i < items.length; i++) {
            PyObject m = merge(items[i]);
            changed |= m != items[i];
            items[i] = m;
        }
        return changed ? PyTuple.of(items) : t;
    }
}
