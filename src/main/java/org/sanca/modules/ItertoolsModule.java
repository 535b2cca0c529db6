package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyGenericAlias;
import org.sanca.objects.Iterators;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.Py;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.Slots.MethO;
import org.sanca.objects.Slots.NewFunc;
import org.sanca.objects.TypeObject;

/**
 * The itertools module: its simple iterator types (count, cycle, repeat, accumulate, chain, compress,
 * dropwhile, takewhile, filterfalse, islice, starmap, pairwise); groupby, tee, zip_longest and the
 * combinatoric iterators are in {@link ItertoolsMore}.
 * CPython: Modules/itertoolsmodule.c.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    /** An itertools iterator: keeps its (possibly Python-subclass) type and, for subclasses, a __dict__. */
    abstract static class Iter extends PyObject {
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

        /** The next item, or null at exhaustion. */
        abstract PyObject next();
    }

    static <T extends Iter> T init(T it, PyType t) {
        it.type = t;
        if (t.isHeapType()) it.dict = new PyDict();
        return it;
    }

    /** A static itertools type named itertools.NAME; subclassable when flags say BASETYPE. */
    static PyType iterType(String name, long flags, NewFunc newFunc) {
        PyType t = new PyType("itertools." + name, flags);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((Iter) o).next();
        t.tp_new = newFunc;
        t.tp_getattro = TypeObject.GENERIC_GETATTR;
        return t;
    }

    /** A tuple (type(self), args) or (type(self), args, state) for __reduce__. */
    static PyTuple reduce(PyObject self, PyObject args, PyObject state) {
        return state == null ? PyTuple.of(self.type(), args) : PyTuple.of(self.type(), args, state);
    }

    static PyObject none(PyObject o) {
        return o == null ? Py.None : o;
    }

    /**
     * The positional-only check of the C types that take no keywords: "cycle expected 1 argument, got 0";
     * keywords are refused unless a subclass defines its own __init__ to take them.
     */
    static void positional(String name, PyType t, PyType own, int n, PyTuple k, int min, int max) {
        if (own == null || t == own || t.tp_init == own.tp_init) Args.noKeywords(name, k);
        Args.range(name, n, min, max);
    }

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        for (PyType t : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE,
                FILTERFALSE, ISLICE, STARMAP, PAIRWISE}) {
            d.setItem(PyStr.of(shortName(t)), t);
        }
        ItertoolsMore.populate(d);
        d.setItem(PyStr.of("__doc__"), PyStr.of("Functional tools for creating and using iterators."));
        return m;
    }

    /** The short name of a type ("itertools.chain" -> "chain"), as _PyType_Name. */
    static String shortName(PyType t) {
        String n = t.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    static PyStr fmt(String f, Object... args) {
        return PyStr.of(PyErr.fmt(f, args));
    }

    // ---- count -------------------------------------------------------------------------------

    static final class Count extends Iter {
        /** Fast mode: the next value while it fits; slow mode (cnt == null): longCnt and step. */
        long cnt;
        PyObject longCnt, step;
        boolean fast;

        @Override
        PyObject next() {
            if (fast) {
                if (cnt != Long.MAX_VALUE) return PyInt.of(cnt++);
                fast = false;
                longCnt = PyInt.of(cnt);
            }
            PyObject r = longCnt;
            longCnt = PyNumber.add(longCnt, step);
            return r;
        }

        PyObject current() {
            return fast ? PyInt.of(cnt) : longCnt;
        }
    }

    static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.nb_index != null || t.nb_int != null || t.nb_float != null || o instanceof PyComplex;
    }

    static final PyType COUNT = iterType("count", PyType.BASETYPE, (t, a, o, n, k) -> {
        PyObject[] v = Args.parse("count", a, o, n, k, new String[] {"start", "step"}, 0);
        PyObject start = v[0] == null ? PyInt.of(0) : v[0], step = v[1] == null ? PyInt.of(1) : v[1];
        if (!isNumber(start) || !isNumber(step)) throw PyErr.format(PyExc.TypeError, "a number is required");
        Count c = init(new Count(), t);
        c.step = step;
        if (start instanceof PyInt si && si.fitsLong() && isOne(step)) {
            c.fast = true;
            c.cnt = si.longValue();
        } else c.longCnt = start;
        return c;
    });

    static boolean isOne(PyObject step) {
        return step instanceof PyInt s && s.fitsLong() && s.longValue() == 1;
    }

    static {
        COUNT.tp_repr = o -> {
            Count c = (Count) o;
            String name = shortName(c.type);
            if (isOne(c.step)) return fmt("%s(%R)", name, c.current());
            return fmt("%s(%R, %R)", name, c.current(), c.step);
        };
        COUNT.addMethod("__reduce__", (MethNoArgs) o -> {
            Count c = (Count) o;
            return c.fast ? reduce(c, PyTuple.of(c.current()), null) : reduce(c, PyTuple.of(c.longCnt, c.step), null);
        });
        COUNT.ready();
    }

    // ---- cycle -------------------------------------------------------------------------------

    static final class Cycle extends Iter {
        PyObject it;
        PyList saved = new PyList();
        int index;
        boolean firstpass;

        @Override
        PyObject next() {
            if (it != null) {
                PyObject x = Abstract.next(it);
                if (x != null) {
                    if (!firstpass) saved.append(x);
                    return x;
                }
                it = null;
            }
            if (saved.size() == 0) return null;
            PyObject x = saved.get(index);
            index = index + 1 >= saved.size() ? 0 : index + 1;
            return x;
        }
    }

    static final PyType CYCLE = iterType("cycle", PyType.BASETYPE, (t, a, o, n, k) -> {
        positional("cycle", t, ItertoolsModule.CYCLE, n, k, 1, 1);
        Cycle c = init(new Cycle(), t);
        c.it = Abstract.getIter(a[o]);
        return c;
    });

    static {
        CYCLE.addMethod("__reduce__", (MethNoArgs) o -> {
            Cycle c = (Cycle) o;
            if (c.it == null) {
                PyObject it = Abstract.getIter(c.saved);
                for (int i = 0; i < c.index; i++) Abstract.next(it);
                return reduce(c, PyTuple.of(it), PyTuple.of(c.saved, PyBool.of(true)));
            }
            return reduce(c, PyTuple.of(c.it), PyTuple.of(c.saved, PyBool.of(c.firstpass)));
        });
        CYCLE.addMethod("__setstate__", (MethO) (o, state) -> {
            Cycle c = (Cycle) o;
            if (!(state instanceof PyTuple st) || st.size() != 2 || !(st.get(0) instanceof PyList l))
                throw PyErr.format(PyExc.TypeError, "state is not a tuple");
            c.saved = l;
            c.firstpass = Abstract.isTrue(st.get(1));
            c.index = 0;
            return Py.None;
        });
        CYCLE.ready();
    }

    // ---- repeat ------------------------------------------------------------------------------

    static final class Repeat extends Iter {
        PyObject element;
        /** The repetitions left, or -1 for ever. */
        long cnt;

        @Override
        PyObject next() {
            if (cnt == 0) return null;
            if (cnt > 0) cnt--;
            return element;
        }
    }

    static final PyType REPEAT = iterType("repeat", PyType.BASETYPE, (t, a, o, n, k) -> {
        PyObject[] v = Args.parse("repeat", a, o, n, k, new String[] {"object", "times"}, 1);
        Repeat r = init(new Repeat(), t);
        r.element = v[0];
        r.cnt = -1;
        if (v[1] != null) r.cnt = Math.max(0, PyNumber.asSize(v[1], PyExc.OverflowError));
        return r;
    });

    static {
        REPEAT.tp_repr = o -> {
            Repeat r = (Repeat) o;
            String name = shortName(r.type);
            if (r.cnt == -1) return fmt("%s(%R)", name, r.element);
            return fmt("%s(%R, %d)", name, r.element, r.cnt);
        };
        REPEAT.addMethod("__length_hint__", (MethNoArgs) o -> {
            Repeat r = (Repeat) o;
            if (r.cnt == -1) throw PyErr.format(PyExc.TypeError, "len() of unsized object");
            return PyInt.of(r.cnt);
        });
        REPEAT.addMethod("__reduce__", (MethNoArgs) o -> {
            Repeat r = (Repeat) o;
            return reduce(r, r.cnt >= 0 ? PyTuple.of(r.element, PyInt.of(r.cnt)) : PyTuple.of(r.element), null);
        });
        REPEAT.ready();
    }

    // ---- accumulate --------------------------------------------------------------------------

    static final class Accumulate extends Iter {
        PyObject it, binop, total, initial;

        @Override
        PyObject next() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            PyObject v = Abstract.next(it);
            if (v == null) return null;
            if (total == null) total = v;
            else if (binop == null) total = PyNumber.add(total, v);
            else total = Abstract.call(binop, total, v);
            return total;
        }
    }

    private static final String[] ACCUMULATE_ARGS = {"iterable", "func", "initial"};

    static final PyType ACCUMULATE = iterType("accumulate", PyType.BASETYPE, (t, a, o, n, k) -> {
        if (n > 2) throw PyErr.format(PyExc.TypeError, "accumulate() takes at most 2 positional arguments (%d given)", n);
        PyObject[] v = Args.parse("accumulate", a, o, n, k, ACCUMULATE_ARGS, 1);
        Accumulate acc = init(new Accumulate(), t);
        acc.it = Abstract.getIter(v[0]);
        acc.binop = v[1] == Py.None ? null : v[1];
        acc.initial = v[2] == Py.None ? null : v[2];
        return acc;
    });

    static {
        ACCUMULATE.addMethod("__reduce__", (MethNoArgs) o -> {
            Accumulate acc = (Accumulate) o;
            if (acc.initial != null) {
                PyObject it = Abstract.call(ItertoolsModule.CHAIN, PyTuple.of(acc.initial), acc.it);
                return reduce(acc, PyTuple.of(it, none(acc.binop)), Py.None);
            }
            return reduce(acc, PyTuple.of(acc.it, none(acc.binop)), none(acc.total));
        });
        ACCUMULATE.addMethod("__setstate__", (MethO) (o, state) -> {
            ((Accumulate) o).total = state == Py.None ? null : state;
            return Py.None;
        });
        ACCUMULATE.ready();
    }

    // ---- chain -------------------------------------------------------------------------------

    static final class Chain extends Iter {
        PyObject source, active;

        @Override
        PyObject next() {
            while (true) {
                if (active == null) {
                    if (source == null) return null;
                    PyObject iterable = Abstract.next(source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    active = Abstract.getIter(iterable);
                }
                PyObject x = Abstract.next(active);
                if (x != null) return x;
                active = null;
            }
        }
    }

    static final PyType CHAIN = iterType("chain", PyType.BASETYPE, (t, a, o, n, k) -> {
        if (t == ItertoolsModule.CHAIN || t.tp_init == ItertoolsModule.CHAIN.tp_init) Args.noKeywords("chain", k);
        Chain c = init(new Chain(), t);
        c.source = Abstract.getIter(Args.tuple(a, o, n));
        return c;
    });

    static {
        CHAIN.addClassMethod("from_iterable", (c, a, o, n, k) -> {
            if (n != 1 || (k != null && k.size() > 0))
                throw PyErr.format(PyExc.TypeError, "chain.from_iterable() takes exactly one argument (%d given)", n);
            Chain ch = init(new Chain(), (PyType) c);
            ch.source = Abstract.getIter(a[o]);
            return ch;
        });
        CHAIN.addClassMethod("__class_getitem__", (c, a, o, n, k) -> Abstract.call(PyGenericAlias.TYPE, c,
                BuiltinsModule.one("chain.__class_getitem__", a, o, n, k)));
        CHAIN.addMethod("__reduce__", (MethNoArgs) o -> {
            Chain c = (Chain) o;
            if (c.source == null) return reduce(c, PyTuple.EMPTY, null);
            return reduce(c, PyTuple.EMPTY, c.active == null ? PyTuple.of(c.source) : PyTuple.of(c.source, c.active));
        });
        CHAIN.addMethod("__setstate__", (MethO) (o, state) -> {
            if (!(state instanceof PyTuple st)) throw PyErr.format(PyExc.TypeError, "state is not a tuple");
            if (st.size() < 1 || st.size() > 2)
                throw PyErr.format(PyExc.TypeError, "function takes from 1 to 2 positional arguments but %d were given",
                        st.size());
            if (!Abstract.isIterator(st.get(0))) throw PyErr.format(PyExc.TypeError, "Arguments must be iterators.");
            Chain c = (Chain) o;
            c.source = st.get(0);
            c.active = st.size() == 2 ? st.get(1) : null;
            return Py.None;
        });
        CHAIN.ready();
    }

    // ---- compress, dropwhile, takewhile, filterfalse, starmap ---------------------------------

    static final class Compress extends Iter {
        PyObject data, selectors;

        @Override
        PyObject next() {
            while (true) {
                PyObject d = Abstract.next(data);
                if (d == null) return null;
                PyObject s = Abstract.next(selectors);
                if (s == null) return null;
                if (Abstract.isTrue(s)) return d;
            }
        }
    }

    static final PyType COMPRESS = iterType("compress", PyType.BASETYPE, (t, a, o, n, k) -> {
        int nk = k == null ? 0 : k.size();
        if (nk > 0 && n + nk > 2)
            throw PyErr.format(PyExc.TypeError, "compress() takes at most 2 keyword arguments (%d given)", n + nk);
        PyObject[] v = Args.parse("compress", a, o, n, k, new String[] {"data", "selectors"}, 2);
        Compress c = init(new Compress(), t);
        c.data = Abstract.getIter(v[0]);
        c.selectors = Abstract.getIter(v[1]);
        return c;
    });

    static {
        COMPRESS.addMethod("__reduce__", (MethNoArgs) o -> reduce(o, PyTuple.of(((Compress) o).data,
                ((Compress) o).selectors), null));
        COMPRESS.ready();
    }

    /** dropwhile, takewhile and filterfalse: a predicate over one iterator. */
    static final class Predicated extends Iter {
        final int kind;
        PyObject func, it;
        /** dropwhile: done dropping; takewhile: stopped. */
        boolean flag;

        Predicated(int kind) {
            this.kind = kind;
        }

        private boolean test(PyObject x) {
            if (kind == FILTERFALSE_KIND && (func == Py.None || func == PyBool.TYPE)) return Abstract.isTrue(x);
            return Abstract.isTrue(Abstract.call(func, x));
        }

        @Override
        PyObject next() {
            if (kind == TAKEWHILE_KIND) {
                if (flag) return null;
                PyObject x = Abstract.next(it);
                if (x == null) return null;
                if (test(x)) return x;
                flag = true;
                return null;
            }
            for (PyObject x; (x = Abstract.next(it)) != null; ) {
                if (kind == DROPWHILE_KIND) {
                    if (flag || !test(x)) {
                        flag = true;
                        return x;
                    }
                } else if (!test(x)) return x;
            }
            return null;
        }
    }

    static final int DROPWHILE_KIND = 0, TAKEWHILE_KIND = 1, FILTERFALSE_KIND = 2;

    private static PyType predicated(String name, int kind) {
        PyType[] self = new PyType[1];
        PyType t = iterType(name, PyType.BASETYPE, (sub, a, o, n, k) -> {
            positional(name, sub, self[0], n, k, 2, 2);
            Predicated p = init(new Predicated(kind), sub);
            p.func = a[o];
            p.it = Abstract.getIter(a[o + 1]);
            return p;
        });
        self[0] = t;
        t.addMethod("__reduce__", (MethNoArgs) o -> {
            Predicated p = (Predicated) o;
            PyTuple args = PyTuple.of(p.func, p.it);
            return kind == FILTERFALSE_KIND ? reduce(p, args, null) : reduce(p, args, PyInt.of(p.flag ? 1 : 0));
        });
        if (kind != FILTERFALSE_KIND) t.addMethod("__setstate__", (MethO) (o, state) -> {
            ((Predicated) o).flag = Abstract.isTrue(state);
            return Py.None;
        });
        return t.ready();
    }

    static final PyType DROPWHILE = predicated("dropwhile", DROPWHILE_KIND);
    static final PyType TAKEWHILE = predicated("takewhile", TAKEWHILE_KIND);
    static final PyType FILTERFALSE = predicated("filterfalse", FILTERFALSE_KIND);

    static final class Starmap extends Iter {
        PyObject func, it;

        @Override
        PyObject next() {
            PyObject args = Abstract.next(it);
            if (args == null) return null;
            PyObject[] items = Iterators.toArray(args instanceof PyTuple ? args : PyTuple.fromIterable(args));
            return Abstract.call(func, items, 0, items.length, null);
        }
    }

    static final PyType STARMAP = iterType("starmap", PyType.BASETYPE, (t, a, o, n, k) -> {
        positional("starmap", t, ItertoolsModule.STARMAP, n, k, 2, 2);
        Starmap s = init(new Starmap(), t);
        s.func = a[o];
        s.it = Abstract.getIter(a[o + 1]);
        return s;
    });

    static {
        STARMAP.addMethod("__reduce__", (MethNoArgs) o -> reduce(o, PyTuple.of(((Starmap) o).func, ((Starmap) o).it),
                null));
        STARMAP.ready();
    }

    // ---- islice ------------------------------------------------------------------------------

    static final class Islice extends Iter {
        PyObject it;
        long next, stop, step, cnt;

        @Override
        PyObject next() {
            if (it == null) return null;
            while (cnt < next) {
                if (Abstract.next(it) == null) return empty();
                cnt++;
            }
            if (stop != -1 && cnt >= stop) return empty();
            PyObject x = Abstract.next(it);
            if (x == null) return empty();
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) next = stop;
            return x;
        }

        private PyObject empty() {
            it = null;
            return null;
        }
    }

    /** An index argument of islice as a Java long: any error (not an int, too large) is cleared to -1. */
    private static long sizeOrMinusOne(PyObject o) {
        try {
            return PyNumber.asSize(o, PyExc.OverflowError);
        } catch (PyException e) {
            return -1;
        }
    }

    private static final String STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    static final PyType ISLICE = iterType("islice", PyType.BASETYPE, (t, a, o, n, k) -> {
        positional("islice", t, ItertoolsModule.ISLICE, n, k, 2, 4);
        long start = 0, stop = -1, step = 1;
        if (n == 2) {
            if (a[o + 1] != Py.None && (stop = sizeOrMinusOne(a[o + 1])) == -1)
                throw PyErr.format(PyExc.ValueError, STOP_MSG);
        } else {
            if (a[o + 1] != Py.None) start = sizeOrMinusOne(a[o + 1]);
            if (a[o + 2] != Py.None && (stop = sizeOrMinusOne(a[o + 2])) == -1)
                throw PyErr.format(PyExc.ValueError, STOP_MSG);
        }
        if (start < 0 || stop < -1)
            throw PyErr.format(PyExc.ValueError,
                    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        if (n == 4 && a[o + 3] != Py.None) step = sizeOrMinusOne(a[o + 3]);
        if (step < 1) throw PyErr.format(PyExc.ValueError, "Step for islice() must be a positive integer or None.");
        Islice s = init(new Islice(), t);
        s.it = Abstract.getIter(a[o]);
        s.next = start;
        s.stop = stop;
        s.step = step;
        return s;
    });

    static {
        ISLICE.addMethod("__reduce__", (MethNoArgs) o -> {
            Islice s = (Islice) o;
            if (s.it == null) return reduce(s, PyTuple.of(Abstract.getIter(PyList.fromIterable(PyTuple.EMPTY)),
                    PyInt.of(0)), PyInt.of(0));
            PyObject stop = s.stop == -1 ? Py.None : PyInt.of(s.stop);
            return reduce(s, PyTuple.of(s.it, PyInt.of(s.next), stop, PyInt.of(s.step)), PyInt.of(s.cnt));
        });
        ISLICE.addMethod("__setstate__", (MethO) (o, state) -> {
            ((Islice) o).cnt = PyNumber.asSize(state, PyExc.OverflowError);
            return Py.None;
        });
        ISLICE.ready();
    }

    // ---- pairwise ----------------------------------------------------------------------------

    static final class Pairwise extends Iter {
        PyObject it, old;

        @Override
        PyObject next() {
            if (it == null) return null;
            if (old == null && (old = Abstract.next(it)) == null) {
                it = null;
                return null;
            }
            PyObject nw = Abstract.next(it);
            if (nw == null) {
                it = null;
                old = null;
                return null;
            }
            PyTuple r = PyTuple.of(old, nw);
            old = nw;
            return r;
        }
    }

    static final PyType PAIRWISE = iterType("pairwise", PyType.BASETYPE, (t, a, o, n, k) -> {
        positional("pairwise", t, ItertoolsModule.PAIRWISE, n, k, 1, 1);
        Pairwise p = init(new Pairwise(), t);
        p.it = Abstract.getIter(a[o]);
        return p;
    }).ready();
}
