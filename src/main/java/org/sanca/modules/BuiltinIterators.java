package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * The lazy iterator types builtins defines: map, filter, zip (with strict=), and the
 * callable iterator of iter(callable, sentinel).
 * CPython: Python/bltinmodule.c (map_new, filter_new, zip_new) and Objects/iterobject.c (calliter).
 */
public final class BuiltinIterators {
    private BuiltinIterators() {}

    /** A map object: func applied to items drawn from each iterator in turn. */
    static final class MapObject extends PyObject {
        final PyObject func;
        final PyObject[] iters;

        MapObject(PyObject func, PyObject[] iters) {
            this.func = func;
            this.iters = iters;
        }

        @Override
        public PyType type() {
            return MAP;
        }
    }

    /** A filter object: the items for which func (or truth, when func is None) holds. */
    static final class FilterObject extends PyObject {
        final PyObject func;
        final PyObject iter;

        FilterObject(PyObject func, PyObject iter) {
            this.func = func;
            this.iter = iter;
        }

        @Override
        public PyType type() {
            return FILTER;
        }
    }

    /** A zip object: tuples of one item from each iterator. */
    static final class ZipObject extends PyObject {
        final PyObject[] iters;
        final boolean strict;

        ZipObject(PyObject[] iters, boolean strict) {
            this.iters = iters;
            this.strict = strict;
        }

        @Override
        public PyType type() {
            return ZIP;
        }
    }

    /** callable_iterator: calls func until it returns the sentinel. */
    static final class CallIterObject extends PyObject {
        PyObject func;
        final PyObject sentinel;

        CallIterObject(PyObject func, PyObject sentinel) {
            this.func = func;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return CALLITER;
        }
    }

    public static final PyType MAP = new PyType("map", PyType.BASETYPE);
    public static final PyType FILTER = new PyType("filter", PyType.BASETYPE);
    public static final PyType ZIP = new PyType("zip", PyType.BASETYPE);
    public static final PyType CALLITER = new PyType("callable_iterator", PyType.DISALLOW_INSTANTIATION);

    static {
        MAP.tp_new = BuiltinIterators::mapNew;
        MAP.tp_iternext = o -> mapNext((MapObject) o);
        FILTER.tp_new = BuiltinIterators::filterNew;
        FILTER.tp_iternext = o -> filterNext((FilterObject) o);
        ZIP.tp_new = BuiltinIterators::zipNew;
        ZIP.tp_iternext = o -> zipNext((ZipObject) o);
        CALLITER.tp_iternext = o -> callIterNext((CallIterObject) o);
        for (PyType t : new PyType[] {MAP, FILTER, ZIP, CALLITER}) {
            t.tp_iter = o -> o;
            t.put("__module__", org.sanca.objects.PyStr.of("builtins"));
            t.ready();
        }
    }

    static PyObject callIter(PyObject func, PyObject sentinel) {
        return new CallIterObject(func, sentinel);
    }

    private static PyObject[] iterators(PyObject[] a, int from, int to) {
        PyObject[] iters = new PyObject[to - from];
        for (int i = from; i < to; i++) {
            iters[i - from] = Abstract.getIter(a[i]);
        }
        return iters;
    }

    private static PyObject mapNew(PyType type, PyObject[] a, int o, int n, PyTuple kw) {
        if (type == MAP) {
            Args.noKeywords("map", kw);
        }
        if (n < 2) {
            throw PyErr.format(PyExc.TypeError, "map() must have at least two arguments.");
        }
        return new MapObject(a[o], iterators(a, o + 1, o + n));
    }

    private static PyObject mapNext(MapObject m) {
        PyObject[] args = new PyObject[m.iters.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = Abstract.next(m.iters[i]);
            if (args[i] == null) {
                return null;
            }
        }
        return Abstract.call(m.func, args, 0, args.length, null);
    }

    private static PyObject filterNew(PyType type, PyObject[] a, int o, int n, PyTuple kw) {
        if (type == FILTER) {
            Args.noKeywords("filter", kw);
        }
        Args.exactly("filter", n, 2);
        return new FilterObject(a[o], Abstract.getIter(a[o + 1]));
    }

    private static PyObject filterNext(FilterObject f) {
        for (PyObject item = Abstract.next(f.iter); item != null; item = Abstract.next(f.iter)) {
            boolean ok = f.func == Py.None || f.func == org.sanca.objects.PyBool.TYPE
                ? Abstract.isTrue(item) : Abstract.isTrue(Abstract.call(f.func, item));
            if (ok) {
                return item;
            }
        }
        return null;
    }

    private static PyObject zipNew(PyType type, PyObject[] a, int o, int n, PyTuple kw) {
        boolean strict = false;
        if (kw != null && kw.size() > 0) {
            PyObject[] k = Args.parse("zip", a, o + n, 0, kw, new String[] {"strict"}, 0);
            strict = k[0] != null && Abstract.isTrue(k[0]);
        }
        return new ZipObject(iterators(a, o, o + n), strict);
    }

    private static PyObject zipNext(ZipObject z) {
        if (z.iters.length == 0) {
            return null;
        }
        PyObject[] items = new PyObject[z.iters.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = Abstract.next(z.iters[i]);
            if (items[i] == null) {
                if (z.strict) {
                    strictMismatch(z, i);
                }
                return null;
            }
        }
        return PyTuple.wrap(items);
    }

    private static void strictMismatch(ZipObject z, int i) {
        if (i > 0) {
            throw PyErr.format(PyExc.ValueError, "zip() argument %d is shorter than argument%s%d",
                i + 1, i == 1 ? " " : "s 1-", i);
        }
        for (int j = 1; j < z.iters.length; j++) {
            if (Abstract.next(z.iters[j]) != null) {
                throw PyErr.format(PyExc.ValueError, "zip() argument %d is longer than argument%s%d",
                    j + 1, j == 1 ? " " : "s 1-", j);
            }
        }
    }

    private static PyObject callIterNext(CallIterObject c) {
        if (c.func == null) {
            return null;
        }
        PyObject v;
        try {
            v = Abstract.call(c.func);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                c.func = null;
                return null;
            }
            throw e;
        }
        if (Abstract.richCompareBool(v, c.sentinel, Abstract.EQ)) {
            c.func = null;
            return null;
        }
        return v;
    }
}
