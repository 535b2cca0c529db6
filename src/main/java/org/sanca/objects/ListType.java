package org.sanca.objects;

import org.sanca.objects.Slots.*;

/**
 * The slots and methods of list: indexing and slice assignment, append/extend/insert/pop/remove, sort, ...
 * CPython: Objects/listobject.c (list_methods, list_subscript, list_ass_subscript, list_richcompare).
 */
final class ListType {
    private ListType() {}

    static PyList self(PyObject o) {
        return (PyList) o;
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyList l = self(o);
        if (key instanceof PySlice sl) return new PyList(SeqOps.slice(l.items, sl.indices(l.size)));
        if (!PyNumber.isIndex(key))
            throw PyErr.format(PyExc.TypeError, "list indices must be integers or slices, not %.200s", PyErr.typeName(key));
        return l.items[SeqOps.index(key, l.size, "list index out of range")];
    }

    private static void assSubscript(PyObject o, PyObject key, PyObject value) {
        PyList l = self(o);
        if (key instanceof PySlice sl) {
            assSlice(l, sl, value);
            return;
        }
        if (!PyNumber.isIndex(key))
            throw PyErr.format(PyExc.TypeError, "list indices must be integers or slices, not %.200s", PyErr.typeName(key));
        int i = SeqOps.index(key, l.size, value == null ? "list assignment index out of range" : "list assignment index out of range");
        if (value == null) l.pop(i);
        else l.items[i] = value;
    }

    private static void assSlice(PyList l, PySlice sl, PyObject value) {
        PySlice.Indices ix = sl.indices(l.size);
        if (value == null) {
            if (ix.length() == 0) return;
            boolean[] del = new boolean[l.size];
            for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step()) del[j] = true;
            int k = 0;
            for (int i = 0; i < l.size; i++) if (!del[i]) l.items[k++] = l.items[i];
            for (int i = k; i < l.size; i++) l.items[i] = null;
            l.size = k;
            return;
        }
        PyObject[] v = value instanceof PyList vl ? vl.toArray() : SeqOps.fast(value, "can only assign an iterable");
        if (ix.step() == 1) {
            int start = ix.start(), stop = Math.max(ix.stop(), start);
            int tail = l.size - stop;
            int newSize = start + v.length + tail;
            l.ensure(newSize);
            System.arraycopy(l.items, stop, l.items, start + v.length, tail);
            System.arraycopy(v, 0, l.items, start, v.length);
            for (int i = newSize; i < l.size; i++) l.items[i] = null;
            l.size = newSize;
            return;
        }
        if (v.length != ix.length())
            throw PyErr.format(PyExc.ValueError, "attempt to assign sequence of size %d to extended slice of size %d",
                    v.length, ix.length());
        for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step()) l.items[j] = v[i];
    }

    private static PyObject pop(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("list.pop", k);
        Args.range("pop", n, 0, 1);
        PyList l = self(self);
        if (l.size == 0) throw PyErr.format(PyExc.IndexError, "pop from empty list");
        if (n > 0) Args.ssize(a[o]);
        int i = n == 0 ? l.size - 1 : SeqOps.index(a[o], l.size, "pop index out of range");
        return l.pop(i);
    }

    private static PyObject remove(PyObject self, PyObject x) {
        PyList l = self(self);
        for (int i = 0; i < l.size; i++) {
            if (Abstract.equals(l.items[i], x)) {
                l.pop(i);
                return Py.None;
            }
        }
        throw PyErr.format(PyExc.ValueError, "list.remove(x): x not in list");
    }

    private static PyObject sort(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("sort", a, o, n, k, new String[] {"key", "reverse"}, 0, 0);
        self(self).sort(v[0], v[1] != null && IntOps.asCInt(v[1]) != 0);
        return Py.None;
    }

    private static PyObject newList(PyType type, PyObject[] a, int o, int n, PyTuple k) {
        return type == PyList.TYPE ? new PyList() : new PyList.Derived(type);
    }

    private static void initList(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("list", k);
        Args.range("list", n, 0, 1);
        PyList l = self(self);
        if (l.size > 0) {
            java.util.Arrays.fill(l.items, 0, l.size, null);
            l.size = 0;
        }
        if (n == 1) l.extend(a[o]);
    }

    static void init(PyType t) {
        t.tp_new = ListType::newList;
        t.tp_init = ListType::initList;
        t.tp_repr = o -> PyStr.of(SeqOps.repr(o, self(o).items, self(o).size, "[", "]", false));
        t.tp_richcompare = (v, w, op) -> w instanceof PyList wl
                ? SeqOps.compare(self(v).items, self(v).size, wl.items, wl.size, op) : Py.NotImplemented;
        t.sq_length = o -> self(o).size;
        t.mp_subscript = ListType::subscript;
        t.mp_ass_subscript = ListType::assSubscript;
        t.sq_contains = (o, x) -> {
            PyList l = self(o);
            for (int i = 0; i < l.size; i++) if (Abstract.equals(l.items[i], x)) return true;
            return false;
        };
        t.sq_concat = (v, w) -> {
            if (!(w instanceof PyList wl))
                throw PyErr.format(PyExc.TypeError, "can only concatenate list (not \"%.200s\") to list", PyErr.typeName(w));
            PyList r = new PyList(self(v).toArray());
            r.extend(wl);
            return r;
        };
        t.sq_repeat = (v, n) -> new PyList(SeqOps.repeat(self(v).items, self(v).size, n));
        t.nb[PyNumber.INPLACE + PyNumber.ADD] = (v, w) -> {
            self(v).extend(w);
            return v;
        };
        t.nb[PyNumber.INPLACE + PyNumber.MULTIPLY] = (v, w) -> {
            if (!PyNumber.isIndex(w)) return Py.NotImplemented;
            PyList l = self(v);
            PyObject[] r = SeqOps.repeat(l.items, l.size, w);
            l.items = r;
            l.size = r.length;
            return v;
        };
        t.tp_iter = o -> new ListIterator(self(o));
        t.addMethod("append", (MethO) (s, x) -> {
            self(s).append(x);
            return Py.None;
        });
        t.addMethod("extend", (MethO) (s, x) -> {
            self(s).extend(x);
            return Py.None;
        });
        t.addMethod("insert", (MethFast) (s, a, o, n, k) -> {
            Args.noKeywords("list.insert", k);
            Args.exactly("insert", n, 2);
            long i = PyNumber.asSize(a[o], null);
            int sz = self(s).size;
            if (i < 0) i = Math.max(0, i + sz);
            self(s).insert((int) Math.min(i, sz), a[o + 1]);
            return Py.None;
        });
        t.addMethod("pop", (MethFast) ListType::pop);
        t.addMethod("remove", (MethO) ListType::remove);
        t.addMethod("index", (MethFast) (s, a, o, n, k) -> {
            Args.noKeywords("list.index", k);
            if (n < 1) Args.range("index", n, 1, 3);
            return PyInt.of(SeqOps.indexOf(self(s).items, self(s).size, a, o, n,
                    PyErr.fmt("%R is not in list", a[o])));
        });
        t.addMethod("count", (MethO) (s, x) -> PyInt.of(SeqOps.count(self(s).items, self(s).size, x)));
        t.addMethod("reverse", (MethNoArgs) s -> {
            PyList l = self(s);
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject tmp = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = tmp;
            }
            return Py.None;
        });
        t.addMethod("sort", (MethFast) ListType::sort);
        t.addMethod("clear", (MethNoArgs) s -> {
            if (self(s).items.length == 0) return Py.None;
            self(s).items = new PyObject[0];
            self(s).size = 0;
            return Py.None;
        });
        t.addMethod("copy", (MethNoArgs) s -> new PyList(self(s).toArray()));
        t.addMethod("__reversed__", (MethNoArgs) s -> new ListReverseIterator(self(s)));
        t.addMethod("__sizeof__", (MethNoArgs) s -> PyInt.of(40 + 8L * self(s).items.length));
        t.addClassMethod("__class_getitem__", (c, a, o, n, k) -> PyGenericAlias.of(c, a[o]));
        t.put("__hash__", PyNone.INSTANCE);
        t.ready();
    }

    static final PyType LIST_ITER = Iterators.type("list_iterator", o -> ((ListIterator) o).next(),
            o -> PyInt.of(((ListIterator) o).remaining()), true);
    static final PyType LIST_REVITER = Iterators.type("list_reverseiterator", o -> ((ListReverseIterator) o).next(),
            o -> PyInt.of(((ListReverseIterator) o).remaining()), true);

    /** iter(list): sees appends made during iteration, as CPython's does. */
    static final class ListIterator extends PyObject implements Iterators.Reducible {
        PyList list;
        int i;

        ListIterator(PyList list) {
            this.list = list;
        }

        PyObject next() {
            if (list == null) return null;
            if (i < list.size) return list.items[i++];
            list = null;
            return null;
        }

        int remaining() {
            return list == null ? 0 : Math.max(0, list.size - i);
        }

        @Override
        public PyObject reduce() {
            return Iterators.reduceIter(list, i, new PyList());
        }

        @Override
        public void setState(long index) {
            if (list != null) i = (int) Math.max(0, Math.min(index, list.size));
        }

        @Override
        public PyType type() {
            return LIST_ITER;
        }
    }

    /** reversed(list). */
    static final class ListReverseIterator extends PyObject implements Iterators.Reducible {
        PyList list;
        int i;

        ListReverseIterator(PyList list) {
            this.list = list;
            this.i = list.size - 1;
        }

        PyObject next() {
            if (list != null && i >= 0 && i < list.size) return list.items[i--];
            i = -1;
            list = null;
            return null;
        }

        int remaining() {
            return list == null || i + 1 > list.size ? 0 : i + 1;
        }

        @Override
        public PyObject reduce() {
            if (list == null) return Iterators.reduceIter(null, 0, new PyList());
            return PyTuple.of(Iterators.builtin("reversed"), PyTuple.of(list), PyInt.of(i));
        }

        @Override
        public void setState(long index) {
            if (list != null) i = (int) Math.max(-1, Math.min(index, list.size - 1));
        }

        @Override
        public PyType type() {
            return LIST_REVITER;
        }
    }
}
