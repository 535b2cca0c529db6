package org.sanca.objects;

import org.sanca.objects.Slots.*;

/**
 * dict.keys(), values() and items() views and the dict iterators.
 * CPython: Objects/dictobject.c (dictviews, dictiter_iternextkey, dictview_richcompare, dictviews_and ...).
 */
final class DictViews {
    private DictViews() {}

    static final int KEYS = 0, VALUES = 1, ITEMS = 2;

    /** A live view of a dict. */
    static final class View extends PyObject {
        final PyType type;
        final PyDict dict;

        View(PyType type, PyDict dict) {
            this.type = type;
            this.dict = dict;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    /** Iteration over a dict's keys, values or items, forward or reversed. */
    static final class DictIterator extends PyObject implements Iterators.Reducible {
        final PyDict dict;
        final int kind;
        final boolean reversed;
        int used;
        int i;
        int seen;
        boolean done;

        DictIterator(PyDict dict, int kind, boolean reversed) {
            this.dict = dict;
            this.kind = kind;
            this.reversed = reversed;
            this.used = dict.used;
            this.i = reversed ? dict.nentries - 1 : 0;
        }

        PyObject next() {
            PyDict d = dict;
            if (done) return null;
            if (d.used != used) {
                done = true;
                throw PyErr.format(PyExc.RuntimeError, "dictionary changed size during iteration");
            }
            PyObject r = advance(d);
            if (r == null) done = true;
            else if (seen > used) {
                done = true;
                throw PyErr.format(PyExc.RuntimeError, "dictionary keys changed during iteration");
            }
            return r;
        }

        private PyObject advance(PyDict d) {
            if (reversed) {
                while (i >= 0 && (i >= d.nentries || d.keys[i] == null)) i--;
                if (i < 0) return null;
                seen++;
                return item(d, i--);
            }
            while (i < d.nentries && d.keys[i] == null) i++;
            if (i >= d.nentries) return null;
            seen++;
            return item(d, i++);
        }

        /** dictiter_reduce: iter(list of what a copy of this iterator would still give). */
        @Override
        public PyObject reduce() {
            DictIterator copy = new DictIterator(dict, kind, reversed);
            copy.used = used;
            copy.i = i;
            copy.seen = seen;
            copy.done = done;
            return Iterators.reduceRemaining(copy);
        }

        private PyObject item(PyDict d, int j) {
            return switch (kind) {
                case KEYS -> d.keys[j];
                case VALUES -> d.values[j];
                default -> PyTuple.of(d.keys[j], d.values[j]);
            };
        }

        @Override
        public PyType type() {
            return ITER_TYPES[kind + (reversed ? 3 : 0)];
        }
    }

    static final PyType[] ITER_TYPES = {
        iterType("dict_keyiterator"), iterType("dict_valueiterator"), iterType("dict_itemiterator"),
        iterType("dict_reversekeyiterator"), iterType("dict_reversevalueiterator"), iterType("dict_reverseitemiterator")};

    private static PyType iterType(String name) {
        return Iterators.type(name, o -> ((DictIterator) o).next(),
                o -> PyInt.of(Math.max(0, ((DictIterator) o).dict.used - ((DictIterator) o).seen)), false);
    }

    static final PyType KEYS_TYPE = viewType("dict_keys", KEYS);
    static final PyType VALUES_TYPE = viewType("dict_values", VALUES);
    static final PyType ITEMS_TYPE = viewType("dict_items", ITEMS);

    private static View self(PyObject o) {
        return (View) o;
    }

    static boolean contains(View v, int kind, PyObject x) {
        if (kind == KEYS) return v.dict.containsKey(x);
        if (kind == ITEMS) {
            if (!(x instanceof PyTuple t) || t.size() != 2) return false;
            PyObject val = v.dict.getItem(t.get(0));
            return val != null && Abstract.equals(val, t.get(1));
        }
        PyObject it = new DictIterator(v.dict, VALUES, false);
        for (PyObject y; (y = ((DictIterator) it).next()) != null; ) if (Abstract.equals(y, x)) return true;
        return false;
    }

    private static PyType viewType(String name, int kind) {
        PyType t = new PyType(name, PyType.DISALLOW_INSTANTIATION);
        t.mp_length = o -> self(o).dict.used;
        t.tp_iter = o -> new DictIterator(self(o).dict, kind, false);
        t.sq_contains = (o, x) -> contains(self(o), kind, x);
        t.tp_repr = o -> {
            if (!Abstract.reprEnter(o)) return PyStr.of("...");
            try {
                return PyStr.of(name + "(" + Abstract.repr(PyList.fromIterable(o)).value + ")");
            } finally {
                Abstract.reprLeave(o);
            }
        };
        t.addMethod("__reversed__", (MethNoArgs) o -> new DictIterator(self(o).dict, kind, true));
        t.addGetter("mapping", o -> new PyMappingProxy(self(o).dict));
        if (kind != VALUES) {
            t.tp_richcompare = DictViews::setCompare;
            t.nb[PyNumber.AND] = DictViewSets::and;
            t.nb[PyNumber.OR] = DictViewSets::or;
            t.nb[PyNumber.SUBTRACT] = DictViewSets::sub;
            t.nb[PyNumber.XOR] = DictViewSets::xor;
            t.addMethod("isdisjoint", (MethO) (o, other) -> {
                PyObject it = Abstract.getIter(other);
                for (PyObject x; (x = Abstract.next(it)) != null; ) if (contains(self(o), kind, x)) return Py.False;
                return Py.True;
            });
            t.put("__hash__", PyNone.INSTANCE);
        }
        t.ready();
        return t;
    }

    private static PyObject setCompare(PyObject v, PyObject w, int op) {
        if (!(w instanceof View) && !(w instanceof PyFrozenSet)) return Py.NotImplemented;
        return Abstract.richCompare(PySet.fromIterable(v), PySet.fromIterable(w), op);
    }
}
