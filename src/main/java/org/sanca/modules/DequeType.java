package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyGenericAlias;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.Slots.MethO;

/**
 * The type collections.deque: its slots (indexing, comparison, +, *, repr, iteration) and methods, and its two
 * iterator types. CPython: Modules/_collectionsmodule.c (deque_methods, deque_as_sequence, dequeiter_*).
 */
final class DequeType {
    private DequeType() {}

    static final PyType TYPE = new PyType("collections.deque", PyType.BASETYPE | PyType.SEQUENCE);
    static final PyType ITER = new PyType("_collections._deque_iterator", 0);
    static final PyType REVITER = new PyType("_collections._deque_reverse_iterator", 0);
    private static final String MUTATED = "deque mutated during iteration";

    static Deque self(PyObject o) {
        return (Deque) o;
    }

    static {
        init(TYPE);
        initIter(ITER, false);
        initIter(REVITER, true);
    }

    private static void init(PyType t) {
        t.tp_new = (type, a, o, n, k) -> new Deque(type);
        t.tp_init = DequeType::initDeque;
        t.tp_repr = DequeType::repr;
        t.tp_richcompare = DequeType::compare;
        t.sq_length = o -> self(o).size;
        t.mp_subscript = DequeType::getItem;
        t.mp_ass_subscript = DequeType::setItem;
        t.sq_contains = (o, x) -> indexOf(self(o), x, 0, self(o).size, PyExc.RuntimeError) >= 0;
        t.sq_concat = DequeType::concat;
        t.sq_repeat = (v, w) -> {
            Deque r = self(copy(v));
            repeatInPlace(r, PyNumber.asSize(w, PyExc.OverflowError));
            return r;
        };
        t.nb[PyNumber.INPLACE + PyNumber.ADD] = (v, w) -> {
            self(v).extend(w, false);
            return v;
        };
        t.nb[PyNumber.INPLACE + PyNumber.MULTIPLY] = (v, w) -> {
            if (!PyNumber.isIndex(w)) return Py.NotImplemented;
            repeatInPlace(self(v), PyNumber.asSize(w, PyExc.OverflowError));
            return v;
        };
        t.tp_iter = o -> new DequeIter(ITER, self(o));
        addMethods(t);
        t.addGetter("maxlen", o -> self(o).maxlen < 0 ? Py.None : PyInt.of(self(o).maxlen));
        t.put("__hash__", Py.None);
        t.put("__doc__", PyStr.of("deque([iterable[, maxlen]]) --> deque object\n\n"
            + "A list-like sequence optimized for data accesses near its endpoints."));
        t.ready();
    }

    private static void addMethods(PyType t) {
        t.addMethod("append", (MethO) (s, x) -> {
            self(s).append(x);
            return Py.None;
        });
        t.addMethod("appendleft", (MethO) (s, x) -> {
            self(s).appendLeft(x);
            return Py.None;
        });
        t.addMethod("pop", (MethNoArgs) s -> self(s).pop());
        t.addMethod("popleft", (MethNoArgs) s -> self(s).popLeft());
        t.addMethod("extend", (MethO) (s, x) -> {
            self(s).extend(x, false);
            return Py.None;
        });
        t.addMethod("extendleft", (MethO) (s, x) -> {
            self(s).extend(x, true);
            return Py.None;
        });
        t.addMethod("clear", (MethNoArgs) s -> {
            self(s).clear();
            return Py.None;
        });
        t.addMethod("copy", (MethNoArgs) DequeType::copy);
        t.addMethod("__copy__", (MethNoArgs) DequeType::copy);
        t.addMethod("count", (MethO) (s, x) -> PyInt.of(count(self(s), x)));
        t.addMethod("index", (MethFast) DequeType::index);
        t.addMethod("insert", (MethFast) DequeType::insert);
        t.addMethod("remove", (MethO) DequeType::remove);
        t.addMethod("reverse", (MethNoArgs) s -> {
            self(s).reverse();
            return Py.None;
        });
        t.addMethod("rotate", (MethFast) (s, a, o, n, k) -> {
            Args.noKeywords("deque.rotate", k);
            Args.range("deque.rotate", n, 0, 1);
            self(s).rotate(n == 0 ? 1 : ssize(a[o]));
            return Py.None;
        });
        t.addMethod("__reversed__", (MethNoArgs) s -> new DequeIter(REVITER, self(s)));
        t.addMethod("__reduce__", (MethNoArgs) DequeType::reduce);
        t.addClassMethod("__class_getitem__", (c, a, o, n, k) -> Abstract.call(PyGenericAlias.TYPE, c, a[o]));
    }

    /** deque(iterable=(), maxlen=None): clears the deque, then extends it. */
    private static void initDeque(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("deque", a, o, n, k, new String[] {"iterable", "maxlen"}, 0);
        Deque d = self(s);
        long maxlen = -1;
        if (v[1] != null && v[1] != Py.None) {
            if (!(v[1] instanceof PyInt)) throw PyErr.format(PyExc.TypeError, "an integer is required");
            maxlen = ssize(v[1]);
            if (maxlen < 0) throw PyErr.format(PyExc.ValueError, "maxlen must be non-negative");
        }
        d.maxlen = maxlen;
        if (d.size > 0) d.clear();
        if (v[0] != null) d.extend(v[0], false);
    }

    private static String typeName(PyObject o) {
        String name = o.type().getName();
        return o.type().isHeapType() ? name : name.substring(name.lastIndexOf('.') + 1);
    }

    private static PyObject repr(PyObject o) {
        if (!Abstract.reprEnter(o)) return PyStr.of("[...]");
        try {
            Deque d = self(o);
            String items = Abstract.repr(new PyList(d.toArray())).asString();
            return PyStr.of(typeName(o) + "(" + items + (d.maxlen >= 0 ? ", maxlen=" + d.maxlen : "") + ")");
        } finally {
            Abstract.reprLeave(o);
        }
    }

    /** deque_richcompare: lexicographic, over deques only. */
    private static PyObject compare(PyObject v, PyObject w, int op) {
        if (!(w instanceof Deque dw)) return Py.NotImplemented;
        Deque dv = self(v);
        if ((op == Abstract.EQ || op == Abstract.NE) && (v == w || dv.size != dw.size))
            return PyBool.of((v == w) == (op == Abstract.EQ));
        PyObject[] x = dv.toArray(), y = dw.toArray();
        int i = 0;
        for (; i < x.length && i < y.length; i++) {
            if (!Abstract.richCompareBool(x[i], y[i], Abstract.EQ)) return Abstract.richCompare(x[i], y[i], op);
        }
        boolean xDone = i == x.length, yDone = i == y.length;
        return PyBool.of(switch (op) {
            case Abstract.LT -> !yDone;
            case Abstract.LE -> xDone;
            case Abstract.EQ -> xDone && yDone;
            case Abstract.NE -> !(xDone && yDone);
            case Abstract.GT -> !xDone;
            default -> yDone;
        });
    }

    /** PyLong_AsSsize_t of __index__, with its OverflowError. */
    private static long ssize(PyObject v) {
        PyInt i = PyNumber.index(v);
        if (!i.fitsLong()) throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        return i.longValue();
    }

    private static int checkIndex(Deque d, long i) {
        if (i < 0) i += d.size;
        if (i < 0 || i >= d.size) throw PyErr.format(PyExc.IndexError, "deque index out of range");
        return (int) i;
    }

    private static PyObject getItem(PyObject o, PyObject key) {
        if (!PyNumber.isIndex(key))
            throw PyErr.format(PyExc.TypeError, "sequence index must be integer, not '%.200s'", PyErr.typeName(key));
        Deque d = self(o);
        return d.get(checkIndex(d, PyNumber.asSize(key, PyExc.IndexError)));
    }

    private static void setItem(PyObject o, PyObject key, PyObject value) {
        Deque d = self(o);
        int i = checkIndex(d, PyNumber.asSize(key, PyExc.IndexError));
        if (value == null) d.delete(i);
        else d.set(i, value);
    }

    private static PyObject concat(PyObject v, PyObject w) {
        if (!(w instanceof Deque))
            throw PyErr.format(PyExc.TypeError, "can only concatenate deque (not \"%.200s\") to deque",
                PyErr.typeName(w));
        PyObject r = copy(v);
        self(r).extend(w, false);
        return r;
    }

    /** deque_copy: an exact deque copies itself; a subclass is called as type(d)(d[, maxlen]). */
    static PyObject copy(PyObject s) {
        Deque d = self(s);
        if (d.type == TYPE) {
            Deque r = new Deque(TYPE);
            r.maxlen = d.maxlen;
            for (int i = 0; i < d.size; i++) r.append(d.get(i));
            return r;
        }
        return d.maxlen < 0 ? Abstract.call(d.type, d) : Abstract.call(d.type, d, PyInt.of(d.maxlen));
    }

    /** deque_inplace_repeat: the items n times over, trimmed to maxlen from the left. */
    private static void repeatInPlace(Deque d, long n) {
        if (n <= 0) {
            d.clear();
            return;
        }
        if (d.size == 0 || n == 1) return;
        if (d.maxlen >= 0 && n * d.size > d.maxlen) n = (d.maxlen + d.size - 1) / d.size + 1;
        if ((long) d.size * n > Integer.MAX_VALUE - 8) throw PyErr.noMemory();
        PyObject[] items = d.toArray();
        for (long r = 1; r < n; r++) for (PyObject x : items) d.append(x);
    }

    /** The first index in [start, stop) holding a value equal to x, or -1; a mutation raises exc. */
    private static int indexOf(Deque d, PyObject x, int start, int stop, PyType exc) {
        long state = d.state;
        for (int i = start; i < stop && i < d.size; i++) {
            boolean eq = Abstract.richCompareBool(d.get(i), x, Abstract.EQ);
            if (d.state != state) throw PyErr.format(exc, MUTATED);
            if (eq) return i;
        }
        return -1;
    }

    private static long count(Deque d, PyObject x) {
        long state = d.state, c = 0;
        for (int i = 0; i < d.size; i++) {
            if (Abstract.richCompareBool(d.get(i), x, Abstract.EQ)) c++;
            d.checkState(state, MUTATED);
        }
        return c;
    }

    private static long sliceIndex(PyObject v) {
        if (!PyNumber.isIndex(v))
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or have an __index__ method");
        return PyNumber.asSize(v, null);
    }

    private static int clampIndex(long i, int size) {
        if (i < 0) i = Math.max(0, i + size);
        return (int) Math.min(i, size);
    }

    private static PyObject index(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("deque.index", k);
        if (n < 1 || n > 3)
            throw PyErr.format(PyExc.TypeError, "index() takes %s %d argument%s (%d given)",
                n < 1 ? "at least" : "at most", n < 1 ? 1 : 3, n < 1 ? "" : "s", n);
        Deque d = self(s);
        int start = n > 1 ? clampIndex(sliceIndex(a[o + 1]), d.size) : 0;
        int stop = n > 2 ? clampIndex(sliceIndex(a[o + 2]), d.size) : d.size;
        int i = indexOf(d, a[o], start, stop, PyExc.RuntimeError);
        if (i < 0) throw PyErr.format(PyExc.ValueError, "%R is not in deque", a[o]);
        return PyInt.of(i);
    }

    private static PyObject insert(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("deque.insert", k);
        if (n != 2) throw PyErr.format(PyExc.TypeError, "insert() takes exactly 2 arguments (%d given)", n);
        Deque d = self(s);
        long i = ssize(a[o]);
        if (d.maxlen >= 0 && d.size >= d.maxlen)
            throw PyErr.format(PyExc.IndexError, "deque already at its maximum size");
        d.insert(clampIndex(i, d.size), a[o + 1]);
        return Py.None;
    }

    private static PyObject remove(PyObject s, PyObject x) {
        Deque d = self(s);
        int i = indexOf(d, x, 0, d.size, PyExc.IndexError);
        if (i < 0) throw PyErr.format(PyExc.ValueError, "%R is not in deque", x);
        d.delete(i);
        return Py.None;
    }

    /** (type(d), () or ((), maxlen), __dict__ or None, iter(d)). */
    private static PyObject reduce(PyObject s) {
        Deque d = self(s);
        PyObject dict = Abstract.lookupAttr(s, "__dict__");
        PyObject args = d.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(d.maxlen));
        return PyTuple.of(d.type, args, dict == null ? Py.None : dict, Abstract.getIter(s));
    }

    // ---- iterators ---------------------------------------------------------------------------------------

    /** A deque iterator (forward or reversed by its type) that fails once the deque changes. */
    static final class DequeIter extends PyObject {
        final PyType type;
        final Deque deque;
        final long state;
        int index;
        int counter;

        DequeIter(PyType type, Deque deque) {
            this.type = type;
            this.deque = deque;
            this.state = deque.state;
            this.counter = deque.size;
        }

        @Override
        public PyType type() {
            return type;
        }

        PyObject next() {
            if (deque.state != state) {
                counter = 0;
                throw PyErr.format(PyExc.RuntimeError, MUTATED);
            }
            if (counter == 0) return null;
            counter--;
            int i = index++;
            return deque.get(type == REVITER ? deque.size - 1 - i : i);
        }
    }

    private static void initIter(PyType t, boolean reversed) {
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((DequeIter) o).next();
        t.tp_new = (type, a, o, n, k) -> {
            Args.noKeywords(reversed ? "_deque_reverse_iterator" : "_deque_iterator", k);
            if (n < 1 || n > 2)
                throw PyErr.format(PyExc.TypeError, "function takes at %s (%d given)",
                    n < 1 ? "least 1 argument" : "most 2 arguments", n);
            if (!(a[o] instanceof Deque d))
                throw PyErr.format(PyExc.TypeError, "argument 1 must be collections.deque, not %.200s",
                    PyErr.typeName(a[o]));
            DequeIter it = new DequeIter(type, d);
            long skip = n > 1 ? ssize(a[o + 1]) : 0;
            for (long i = 0; i < skip && it.next() != null; i++) { }
            return it;
        };
        t.addMethod("__length_hint__", (MethNoArgs) o -> PyInt.of(((DequeIter) o).counter));
        t.addMethod("__reduce__", (MethNoArgs) o -> {
            DequeIter it = (DequeIter) o;
            return PyTuple.of(it.type, PyTuple.of(it.deque, PyInt.of(it.deque.size - it.counter)));
        });
        t.ready();
    }
}
