package org.sanca.objects;

import org.sanca.objects.Slots.*;

/**
 * The slots and methods of set and frozenset: set algebra with CPython's result ordering, comparison,
 * repr, iteration, hashing.
 * CPython: Objects/setobject.c (set_intersection, set_difference, set_richcompare, set_repr, setiter).
 */
final class SetType {
    private SetType() {}

    static PyFrozenSet self(PyObject o) {
        return (PyFrozenSet) o;
    }

    /** A new empty set of the same kind as proto (set or frozenset; subclasses give the base kind). */
    private static PyFrozenSet newLike(PyObject proto) {
        return proto instanceof PySet ? new PySet() : new PyFrozenSet();
    }

    private static PyFrozenSet asSet(PyObject o) {
        if (o instanceof PyFrozenSet s) return s;
        PySet s = new PySet();
        s.update(o);
        return s;
    }

    static PyFrozenSet copy(PyObject so) {
        PyFrozenSet r = newLike(so);
        r.update(so);
        return r;
    }

    /** set_intersection: a copy for a & a; else the smaller set's keys found in the larger, or other's items found. */
    static PyFrozenSet intersection(PyObject soObj, PyObject other) {
        if (soObj == other) return copy(soObj);
        PyFrozenSet so = self(soObj);
        PyFrozenSet result = newLike(soObj);
        if (other instanceof PyFrozenSet o) {
            PyFrozenSet a = so, b = o;
            if (b.used > a.used) {
                PyFrozenSet t = a;
                a = b;
                b = t;
            }
            for (int i = 0; i <= b.mask; i++) {
                PyObject k = b.table[i];
                if (k != null && k != PyFrozenSet.DUMMY && a.lookup(k, b.hashes[i]) >= 0) result.addEntry(k, b.hashes[i]);
            }
            return result;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject k; (k = Abstract.next(it)) != null; ) {
            long h = PyDict.hashOf(k);
            if (so.lookup(k, h) >= 0) result.addEntry(k, h);
        }
        return result;
    }

    /** set_difference: so's keys not in other, or (other not a set or dict, or much smaller) a copy less other's. */
    static PyFrozenSet difference(PyObject soObj, PyObject other) {
        PyFrozenSet so = self(soObj);
        boolean exact = other instanceof PyFrozenSet || other.getClass() == PyDict.class;
        if (!exact || (so.used >> 2) > Abstract.len(other)) {
            PyFrozenSet r = copy(soObj);
            differenceUpdate(r, other);
            return r;
        }
        PyFrozenSet result = newLike(soObj);
        for (int i = 0; i <= so.mask; i++) {
            PyObject k = so.table[i];
            if (k == null || k == PyFrozenSet.DUMMY) continue;
            boolean in = other instanceof PyFrozenSet o ? o.lookup(k, so.hashes[i]) >= 0 : ((PyDict) other).getItem(k, so.hashes[i]) != null;
            if (!in) result.addEntry(k, so.hashes[i]);
        }
        return result;
    }

    /** set_difference_update_internal: discards other's items, then purges the dummies if they are many. */
    static void differenceUpdate(PyFrozenSet so, PyObject other) {
        if (other == so) {
            so.clearTable();
            return;
        }
        if (other instanceof PyFrozenSet o) {
            if ((o.used >> 3) > so.used) o = intersection(so, o);
            for (int i = 0; i <= o.mask; i++) {
                PyObject k = o.table[i];
                if (k != null && k != PyFrozenSet.DUMMY) so.discardEntry(k, o.hashes[i]);
            }
        } else {
            PyObject it = Abstract.getIter(other);
            for (PyObject k; (k = Abstract.next(it)) != null; ) so.discard(k);
        }
        so.purgeDummies();
    }

    /** set_symmetric_difference_update: a dict's keys in its order, else a set's (other made one first) in table order. */
    static void symmetricDifferenceUpdate(PyFrozenSet so, PyObject other) {
        if (other == so) {
            so.clearTable();
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            for (int i = 0; i < d.nentries; i++) {
                PyObject k = d.keys[i];
                if (k != null && !so.discardEntry(k, d.hashes[i])) so.addEntry(k, d.hashes[i]);
            }
            return;
        }
        PyFrozenSet o = other instanceof PyFrozenSet os ? os : fromIterableLike(so, other);
        for (int i = 0; i <= o.mask; i++) {
            PyObject k = o.table[i];
            if (k == null || k == PyFrozenSet.DUMMY) continue;
            if (!so.discardEntry(k, o.hashes[i])) so.addEntry(k, o.hashes[i]);
        }
    }

    /** make_new_set_basetype(Py_TYPE(proto), iterable). */
    private static PyFrozenSet fromIterableLike(PyObject proto, PyObject iterable) {
        PyFrozenSet r = newLike(proto);
        r.update(iterable);
        return r;
    }

    static PyFrozenSet symmetricDifference(PyObject so, PyObject other) {
        PyFrozenSet r = fromIterableLike(so, other);
        symmetricDifferenceUpdate(r, so);
        return r;
    }

    static boolean isSubset(PyFrozenSet a, PyFrozenSet b) {
        if (a.used > b.used) return false;
        for (PyObject k : a.toArray()) if (!b.contains(k)) return false;
        return true;
    }

    private static PyObject compare(PyObject v, PyObject w, int op) {
        if (!(w instanceof PyFrozenSet b)) return Py.NotImplemented;
        PyFrozenSet a = self(v);
        return PyBool.of(switch (op) {
            case Abstract.EQ -> a.used == b.used && isSubset(a, b);
            case Abstract.NE -> !(a.used == b.used && isSubset(a, b));
            case Abstract.LE -> isSubset(a, b);
            case Abstract.GE -> isSubset(b, a);
            case Abstract.LT -> a.used < b.used && isSubset(a, b);
            default -> a.used > b.used && isSubset(b, a);
        });
    }

    private static String repr(PyObject o) {
        PyFrozenSet s = self(o);
        String name = o.type().getName();
        boolean plainSet = o.type() == PySet.TYPE;
        if (s.used == 0) return name + "()";
        if (!Abstract.reprEnter(o)) return name + "(...)";
        try {
            StringBuilder sb = new StringBuilder(plainSet ? "{" : name + "({");
            boolean first = true;
            for (PyObject k : s.toArray()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Abstract.repr(k).value);
            }
            return sb.append(plainSet ? "}" : "})").toString();
        } finally {
            Abstract.reprLeave(o);
        }
    }

    private static BinaryFunc binop(int kind) {
        return (v, w) -> {
            if (!(v instanceof PyFrozenSet) || !(w instanceof PyFrozenSet)) return Py.NotImplemented;
            return switch (kind) {
                case 0 -> {
                    PyFrozenSet r = copy(v);
                    if (v != w) r.update(w);
                    yield r;
                }
                case 1 -> intersection(v, w);
                case 2 -> difference(v, w);
                default -> symmetricDifference(v, w);
            };
        };
    }

    /** The name a method descriptor of set or frozenset reports: "frozenset.union". */
    private static String qual(PyObject s, String name) {
        return (s instanceof PySet ? "set." : "frozenset.") + name;
    }

    /** set_union: a copy updated with each other argument (the set itself skipped). */
    private static PyObject union(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(qual(s, "union"), k);
        PyFrozenSet r = copy(s);
        for (int i = 0; i < n; i++) if (a[o + i] != s) r.update(a[o + i]);
        return r;
    }

    /** set_intersection_multi: a copy without arguments, else intersected with each in turn. */
    static PyObject intersectionMulti(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(qual(s, "intersection"), k);
        if (n == 0) return copy(s);
        PyObject r = s;
        for (int i = 0; i < n; i++) r = intersection(r, a[o + i]);
        return r;
    }

    /** set_difference_multi: the difference with the first argument, then less each of the others. */
    private static PyObject differenceMulti(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(qual(s, "difference"), k);
        if (n == 0) return copy(s);
        PyFrozenSet r = difference(s, a[o]);
        for (int i = 1; i < n; i++) differenceUpdate(r, a[o + i]);
        return r;
    }

    private static final PyType SET_ITER = Iterators.type("set_iterator", o -> ((SetIterator) o).next(),
            o -> PyInt.of(((SetIterator) o).remaining()), false);

    /** Iteration in table order; errors if the set changes size. */
    static final class SetIterator extends PyObject implements Iterators.Reducible {
        PyFrozenSet set;
        final int size;
        int i, seen;

        SetIterator(PyFrozenSet set) {
            this(set, set.used);
        }

        private SetIterator(PyFrozenSet set, int size) {
            this.set = set;
            this.size = size;
        }

        PyObject next() {
            if (set == null) return null;
            if (set.used != size) {
                set = null;
                throw PyErr.format(PyExc.RuntimeError, "Set changed size during iteration");
            }
            PyObject[] t = set.table;
            while (i < t.length && (t[i] == null || t[i] == PyFrozenSet.DUMMY)) i++;
            if (i >= t.length) {
                set = null;
                return null;
            }
            seen++;
            return t[i++];
        }

        int remaining() {
            return set == null ? 0 : size - seen;
        }

        /** setiter_reduce: iter(list of what a copy of this iterator would still give). */
        @Override
        public PyObject reduce() {
            SetIterator copy = new SetIterator(set, size);
            copy.i = i;
            copy.seen = seen;
            return Iterators.reduceRemaining(copy);
        }

        @Override
        public PyType type() {
            return SET_ITER;
        }
    }

    /** set_discard_key: an unhashable set key is looked up as the frozenset of its items. */
    private static boolean discard(PyFrozenSet s, PyObject x) {
        try {
            return s.discard(x);
        } catch (PyException e) {
            if (!(x instanceof PySet) || !e.matches(PyExc.TypeError)) throw e;
            return s.discard(PyFrozenSet.of(((PySet) x).toArray()));
        }
    }

    private static void common(PyType t) {
        t.tp_repr = o -> PyStr.of(repr(o));
        t.sq_length = o -> self(o).used;
        t.sq_contains = (o, x) -> {
            try {
                return self(o).contains(x);
            } catch (PyException e) {
                if (!(x instanceof PySet) || !e.matches(PyExc.TypeError)) throw e;
                return self(o).contains(PyFrozenSet.of(((PySet) x).toArray()));
            }
        };
        t.tp_iter = o -> new SetIterator(self(o));
        t.tp_richcompare = SetType::compare;
        t.nb[PyNumber.OR] = binop(0);
        t.nb[PyNumber.AND] = binop(1);
        t.nb[PyNumber.SUBTRACT] = binop(2);
        t.nb[PyNumber.XOR] = binop(3);
        t.addMethod("copy", (MethNoArgs) s -> s.getClass() == PyFrozenSet.class ? s : copy(s));
        t.addMethod("union", (MethFast) SetType::union);
        t.addMethod("intersection", (MethFast) SetType::intersectionMulti);
        t.addMethod("difference", (MethFast) SetType::differenceMulti);
        t.addMethod("symmetric_difference", (MethO) SetType::symmetricDifference);
        t.addMethod("issubset", (MethO) (s, o) -> PyBool.of(isSubset(self(s), asSet(o))));
        t.addMethod("issuperset", (MethO) (s, o) -> PyBool.of(isSubset(asSet(o), self(s))));
        t.addMethod("isdisjoint", (MethO) (s, o) -> PyBool.of(intersection(s, o).used == 0));
        t.addMethod("__reduce__", (MethNoArgs) s -> PyTuple.of(s.type(), PyTuple.of(new PyList(self(s).toArray())),
                s.getDict() == null ? Py.None : s.getDict()));
        t.addClassMethod("__class_getitem__", (c, a, o, n, k) -> PyGenericAlias.of(c, a[o]));
    }

    static void initFrozen(PyType t) {
        common(t);
        t.tp_hash = o -> self(o).hashValue();
        t.tp_new = (type, a, o, n, k) -> {
            if (type == PyFrozenSet.TYPE) Args.noKeywords("frozenset", k);
            Args.range("frozenset", n, 0, 1);
            if (type == PyFrozenSet.TYPE && n == 1 && a[o].getClass() == PyFrozenSet.class) return a[o];
            PyFrozenSet s = type == PyFrozenSet.TYPE ? new PyFrozenSet() : new PyFrozenSet.Derived(type);
            if (n == 1) s.update(a[o]);
            return s;
        };
        t.ready();
    }

    static void initSet(PyType t) {
        common(t);
        t.tp_new = (type, a, o, n, k) -> type == PySet.TYPE ? new PySet() : new PySet.Derived(type);
        t.tp_init = (s, a, o, n, k) -> {
            if (s.type() == PySet.TYPE) Args.noKeywords("set", k);
            Args.range("set", n, 0, 1);
            self(s).clearTable();
            if (n == 1) self(s).update(a[o]);
        };
        t.nb[PyNumber.INPLACE + PyNumber.OR] = (v, w) -> {
            if (!(w instanceof PyFrozenSet)) return Py.NotImplemented;
            self(v).update(w);
            return v;
        };
        t.nb[PyNumber.INPLACE + PyNumber.AND] = (v, w) -> {
            if (!(w instanceof PyFrozenSet)) return Py.NotImplemented;
            replace(self(v), intersection(v, w));
            return v;
        };
        t.nb[PyNumber.INPLACE + PyNumber.SUBTRACT] = (v, w) -> {
            if (!(w instanceof PyFrozenSet)) return Py.NotImplemented;
            differenceUpdate(self(v), w);
            return v;
        };
        t.nb[PyNumber.INPLACE + PyNumber.XOR] = (v, w) -> {
            if (!(w instanceof PyFrozenSet)) return Py.NotImplemented;
            symmetricDifferenceUpdate(self(v), w);
            return v;
        };
        t.addMethod("add", (MethO) (s, x) -> {
            self(s).add(x);
            return Py.None;
        });
        t.addMethod("discard", (MethO) (s, x) -> {
            discard(self(s), x);
            return Py.None;
        });
        t.addMethod("remove", (MethO) (s, x) -> {
            if (!discard(self(s), x)) throw PyErr.raise(PyExc.KeyError, x);
            return Py.None;
        });
        t.addMethod("pop", (MethNoArgs) s -> {
            if (self(s).used == 0) throw PyErr.format(PyExc.KeyError, "pop from an empty set");
            return self(s).pop();
        });
        t.addMethod("clear", (MethNoArgs) s -> {
            self(s).clearTable();
            return Py.None;
        });
        t.addMethod("update", (MethFast) (s, a, o, n, k) -> {
            Args.noKeywords("set.update", k);
            for (int i = 0; i < n; i++) self(s).update(a[o + i]);
            return Py.None;
        });
        t.addMethod("intersection_update", (MethFast) (s, a, o, n, k) -> {
            Args.noKeywords("set.intersection_update", k);
            replace(self(s), self(intersectionMulti(s, a, o, n, k)));
            return Py.None;
        });
        t.addMethod("difference_update", (MethFast) (s, a, o, n, k) -> {
            Args.noKeywords("set.difference_update", k);
            for (int i = 0; i < n; i++) differenceUpdate(self(s), a[o + i]);
            return Py.None;
        });
        t.addMethod("symmetric_difference_update", (MethO) (s, x) -> {
            symmetricDifferenceUpdate(self(s), x);
            return Py.None;
        });
        t.put("__hash__", PyNone.INSTANCE);
        t.ready();
    }

    private static void replace(PyFrozenSet target, PyFrozenSet src) {
        if (target == src) return;
        target.table = src.table;
        target.hashes = src.hashes;
        target.mask = src.mask;
        target.fill = src.fill;
        target.used = src.used;
    }
}
