package org.sanca.objects;

/**
 * The builtin iterator classes enumerate, zip, map, filter and reversed.
 * CPython: Objects/enumobject.c (enumerate, reversed) and Python/bltinmodule.c (zip, map, filter).
 */
public final class FuncIterators {
    private FuncIterators() {}

    /** Objects of these classes are Python-subclassable; each keeps its type. */
    abstract static class Base extends PyObject {
        PyType type;
        PyDict dict;

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        abstract PyObject next();

        void setType(PyType t) {
            type = t;
            if (t.isHeapType()) dict = new PyDict();
        }
    }

    private static PyType iterType(String name, Slots.NewFunc newFunc, Slots.MethNoArgs reduce) {
        PyType t = new PyType(name, PyType.BASETYPE);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((Base) o).next();
        t.tp_new = newFunc;
        t.tp_getattro = TypeObject.GENERIC_GETATTR;
        t.addMethod("__reduce__", reduce);
        t.ready();
        return t;
    }

    /** (type(self), args...) as the __reduce__ methods return it. */
    private static PyTuple reduced(PyObject self, PyObject... args) {
        return PyTuple.of(self.type(), PyTuple.of(args));
    }

    private static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] out = new PyObject[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    static final class Enumerate extends Base {
        PyObject it;
        long count;
        PyObject bigCount;

        @Override
        PyObject next() {
            PyObject x = Abstract.next(it);
            if (x == null) return null;
            PyObject c;
            if (bigCount != null) {
                c = bigCount;
                bigCount = PyNumber.add(bigCount, PyInt.of(1));
            } else if (count == Long.MAX_VALUE) {
                c = PyInt.of(count);
                bigCount = PyNumber.add(c, PyInt.of(1));
            } else c = PyInt.of(count++);
            return PyTuple.of(c, x);
        }
    }

    public static final PyType ENUMERATE = iterType("enumerate", (t, a, o, n, k) -> {
        if (n == 0 && (k == null || k.size() == 0))
            throw PyErr.format(PyExc.TypeError, "enumerate() missing required argument 'iterable'");
        PyObject[] v = Args.parse("enumerate", a, o, n, k, new String[] {"iterable", "start"}, 1);
        Enumerate e = new Enumerate();
        e.setType(t);
        e.it = Abstract.getIter(v[0]);
        if (v[1] != null) {
            PyInt s = PyNumber.index(v[1]);
            if (s.fitsLong()) e.count = s.longValue();
            else e.bigCount = s;
        }
        return e;
    }, self -> {
        Enumerate e = (Enumerate) self;
        return reduced(e, e.it, e.bigCount != null ? e.bigCount : PyInt.of(e.count));
    });

    static {
        ENUMERATE.addClassMethod("__class_getitem__", (c, a, o, n, k) -> {
            Args.noKeywords("enumerate.__class_getitem__", k);
            Args.exactly("enumerate.__class_getitem__", n, 1);
            return Abstract.call(PyGenericAlias.TYPE, c, a[o]);
        });
    }

    static final class Zip extends Base {
        PyObject[] its;
        boolean strict;

        @Override
        PyObject next() {
            if (its.length == 0) return null;
            PyObject[] r = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = Abstract.next(its[i]);
                if (x == null) {
                    if (strict) strictCheck(i);
                    return null;
                }
                r[i] = x;
            }
            return PyTuple.wrap(r);
        }

        private void strictCheck(int i) {
            PyObject[] all = its;
            if (i > 0) throw PyErr.format(PyExc.ValueError, "zip() argument %d is shorter than argument%s%d", i + 1,
                    i == 1 ? " " : "s 1-", i);
            for (int j = 1; j < all.length; j++) {
                if (Abstract.next(all[j]) != null)
                    throw PyErr.format(PyExc.ValueError, "zip() argument %d is longer than argument%s%d", j + 1,
                            j == 1 ? " " : "s 1-", j);
            }
        }
    }

    public static final PyType ZIP = iterType("zip", (t, a, o, n, k) -> {
        Zip z = new Zip();
        z.setType(t);
        if (k != null) {
            for (int i = 0; i < k.size(); i++) {
                if (!((PyStr) k.get(i)).value.equals("strict"))
                    throw PyErr.format(PyExc.TypeError, "'%s' is an invalid keyword argument for zip()", k.get(i));
                z.strict = Abstract.isTrue(a[o + n + i]);
            }
        }
        z.its = new PyObject[n];
        for (int i = 0; i < n; i++) z.its[i] = Abstract.getIter(a[o + i]);
        return z;
    }, self -> {
        Zip z = (Zip) self;
        PyTuple its = PyTuple.of(z.its);
        return z.strict ? PyTuple.of(z.type, its, Py.True) : PyTuple.of(z.type, its);
    });

    static {
        ZIP.addMethod("__setstate__", (Slots.MethO) (self, state) -> {
            ((Zip) self).strict = Abstract.isTrue(state);
            return Py.None;
        });
    }

    static final class MapIter extends Base {
        PyObject func;
        PyObject[] its;

        @Override
        PyObject next() {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = Abstract.next(its[i]);
                if (x == null) return null;
                args[i] = x;
            }
            return Abstract.call(func, args);
        }
    }

    public static final PyType MAP = iterType("map", (t, a, o, n, k) -> {
        if (t == null || t.getName().equals("map")) Args.noKeywords("map", k);
        if (n < 2) throw PyErr.format(PyExc.TypeError, "map() must have at least two arguments.");
        MapIter m = new MapIter();
        m.setType(t);
        m.func = a[o];
        m.its = new PyObject[n - 1];
        for (int i = 1; i < n; i++) m.its[i - 1] = Abstract.getIter(a[o + i]);
        return m;
    }, self -> reduced(self, prepend(((MapIter) self).func, ((MapIter) self).its)));

    static final class Filter extends Base {
        PyObject func, it;

        @Override
        PyObject next() {
            for (PyObject x; (x = Abstract.next(it)) != null; ) {
                boolean ok = func == Py.None || func == PyBool.TYPE ? Abstract.isTrue(x) : Abstract.isTrue(Abstract.call(func, x));
                if (ok) return x;
            }
            return null;
        }
    }

    public static final PyType FILTER = iterType("filter", (t, a, o, n, k) -> {
        Args.noKeywords("filter", k);
        Args.exactly("filter", n, 2);
        Filter f = new Filter();
        f.setType(t);
        f.func = a[o];
        f.it = Abstract.getIter(a[o + 1]);
        return f;
    }, self -> reduced(self, ((Filter) self).func, ((Filter) self).it));

    static final class Reversed extends Base {
        PyObject seq;
        long index;

        @Override
        PyObject next() {
            if (index >= 0) {
                try {
                    return Abstract.getItem(seq, PyInt.of(index--));
                } catch (PyException e) {
                    if (!e.matches(PyExc.IndexError) && !e.matches(PyExc.StopIteration)) throw e;
                }
            }
            index = -1;
            seq = null;
            return null;
        }
    }

    public static final PyType REVERSED = iterType("reversed", (t, a, o, n, k) -> {
        Args.noKeywords("reversed", k);
        Args.exactly("reversed", n, 1);
        PyObject seq = a[o];
        PyObject rev = Abstract.lookupSpecial(seq, PyStr.of("__reversed__"));
        if (rev == Py.None) throw PyErr.format(PyExc.TypeError, "'%.200s' object is not reversible", PyErr.typeName(seq));
        if (rev != null) return Abstract.call(rev);
        if (seq.type().mp_subscript == null || seq instanceof PyDict)
            throw PyErr.format(PyExc.TypeError, "'%.200s' object is not reversible", PyErr.typeName(seq));
        Reversed r = new Reversed();
        r.setType(t);
        r.seq = seq;
        r.index = Abstract.len(seq) - 1;
        return r;
    }, self -> {
        Reversed r = (Reversed) self;
        return r.seq == null ? PyTuple.of(r.type, PyTuple.of(PyTuple.EMPTY)) : PyTuple.of(r.type, PyTuple.of(r.seq),
                PyInt.of(r.index));
    });

    static {
        REVERSED.addMethod("__length_hint__", (Slots.MethNoArgs) self -> {
            Reversed r = (Reversed) self;
            if (r.seq == null) return PyInt.of(0);
            long position = r.index + 1;
            return PyInt.of(Abstract.len(r.seq) < position ? 0 : position);
        });
        REVERSED.addMethod("__setstate__", (Slots.MethO) (self, state) -> {
            Reversed r = (Reversed) self;
            long index = PyNumber.asSize(state, PyExc.OverflowError);
            if (r.seq != null) r.index = Math.max(-1, Math.min(index, Abstract.len(r.seq) - 1));
            return Py.None;
        });
    }
}
