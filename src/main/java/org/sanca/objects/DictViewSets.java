package org.sanca.objects;

/**
 * The set operators of dict.keys() and dict.items() views, building their result sets in CPython's order (which
 * operand is iterated, and into which set) so the sets print as CPython's do.
 * CPython: Objects/dictobject.c (_PyDictView_Intersect, dictviews_or, dictviews_sub, dictviews_xor, dictitems_xor).
 */
final class DictViewSets {
    private DictViewSets() {}

    private static boolean isSetView(PyObject o) {
        return o instanceof DictViews.View v && v.type != DictViews.VALUES_TYPE;
    }

    private static int kind(DictViews.View v) {
        return v.type == DictViews.KEYS_TYPE ? DictViews.KEYS : DictViews.ITEMS;
    }

    /** dictviews_to_set: a keys view of an exact dict takes set()'s dict fast path. */
    private static PySet toSet(PyObject self) {
        if (self instanceof DictViews.View v && v.type == DictViews.KEYS_TYPE && v.dict.getClass() == PyDict.class)
            return PySet.fromIterable(v.dict);
        return PySet.fromIterable(self);
    }

    /** _PyDictView_Intersect: a larger set does the work; else the smaller operand's items found in the view. */
    static PyObject and(PyObject self, PyObject other) {
        if (!isSetView(self)) {
            PyObject t = other;
            other = self;
            self = t;
        }
        DictViews.View view = (DictViews.View) self;
        int lenSelf = view.dict.used;
        if (other.getClass() == PySet.class && lenSelf <= ((PySet) other).used)
            return SetType.intersection(other, self);
        if (isSetView(other) && ((DictViews.View) other).dict.used > lenSelf) {
            PyObject t = other;
            other = view;
            view = (DictViews.View) t;
        }
        PySet result = new PySet();
        PyObject it = Abstract.getIter(other);
        for (PyObject x; (x = Abstract.next(it)) != null; )
            if (DictViews.contains(view, kind(view), x)) result.add(x);
        return result;
    }

    /** dictviews_or: set(self) updated with other. */
    static PyObject or(PyObject self, PyObject other) {
        PySet r = toSet(self);
        r.update(other);
        return r;
    }

    /** dictviews_sub: set(self) less other, by its difference_update. */
    static PyObject sub(PyObject self, PyObject other) {
        PySet r = toSet(self);
        Abstract.callMethod(r, "difference_update", other);
        return r;
    }

    /** dictviews_xor: dictitems_xor for two items views, else set(self) by its symmetric_difference_update. */
    static PyObject xor(PyObject self, PyObject other) {
        if (self instanceof DictViews.View a && a.type == DictViews.ITEMS_TYPE
                && other instanceof DictViews.View b && b.type == DictViews.ITEMS_TYPE)
            return itemsXor(a.dict, b.dict);
        PySet r = toSet(self);
        Abstract.callMethod(r, "symmetric_difference_update", other);
        return r;
    }

    /** dictitems_xor: d2's pairs not equal in d1 first, then what remains of a copy of d1. */
    private static PyObject itemsXor(PyDict d1, PyDict d2) {
        PyDict rest = d1.copy();
        PySet result = new PySet();
        for (int i = 0; i < d2.nentries; i++) {
            PyObject key = d2.keys[i];
            if (key == null) continue;
            PyObject v2 = d2.values[i];
            PyObject v1 = rest.getItem(key, d2.hashes[i]);
            if (v1 != null && Abstract.equals(v1, v2)) rest.delItem(key);
            else result.add(PyTuple.of(key, v2));
        }
        result.update(new DictViews.View(DictViews.ITEMS_TYPE, rest));
        return result;
    }
}
