package org.sanca.modules;

import static org.sanca.modules.ItertoolsModule.init;
import static org.sanca.modules.ItertoolsModule.iterType;
import static org.sanca.modules.ItertoolsModule.positional;
import static org.sanca.modules.ItertoolsModule.reduce;

import org.sanca.modules.ItertoolsModule.Iter;
import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.Py;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.Slots.MethO;

/**
 * The itertools types that keep shared or combinatoric state: groupby and its _grouper, tee and _tee,
 * zip_longest, product, permutations, combinations and combinations_with_replacement.
 * CPython: Modules/itertoolsmodule.c.
 */
final class ItertoolsMore {
    private ItertoolsMore() {}

    static void populate(PyDict d) {
        for (PyType t : new PyType[] {GROUPBY, GROUPER, TEE, TEE_DATA, ZIP_LONGEST, PRODUCT, PERMUTATIONS,
                COMBINATIONS, CWR}) {
            d.setItem(PyStr.of(ItertoolsModule.shortName(t)), t);
        }
        d.setItem(PyStr.of("tee"), new org.sanca.objects.PyBuiltinFunction("tee", null, ItertoolsMore::tee)
                .withModule("itertools", null));
    }

    // ---- groupby -----------------------------------------------------------------------------

    static final class GroupBy extends Iter {
        PyObject it, keyfunc, tgtkey, currkey, currvalue;
        Grouper currgrouper;

        /** Reads the next value and its key; false at exhaustion. */
        boolean step() {
            PyObject v = Abstract.next(it);
            if (v == null) return false;
            PyObject key = keyfunc == null ? v : Abstract.call(keyfunc, v);
            currvalue = v;
            currkey = key;
            return true;
        }

        @Override
        PyObject next() {
            currgrouper = null;
            while (true) {
                if (currkey != null) {
                    if (tgtkey == null) break;
                    if (!Abstract.richCompareBool(tgtkey, currkey, Abstract.EQ)) break;
                }
                if (!step()) return null;
            }
            tgtkey = currkey;
            Grouper g = new Grouper(this, tgtkey);
            currgrouper = g;
            return PyTuple.of(currkey, g);
        }
    }

    static final class Grouper extends PyObject {
        final GroupBy parent;
        final PyObject tgtkey;

        Grouper(GroupBy parent, PyObject tgtkey) {
            this.parent = parent;
            this.tgtkey = tgtkey;
        }

        @Override
        public PyType type() {
            return GROUPER;
        }

        PyObject next() {
            GroupBy g = parent;
            if (g.currgrouper != this) return null;
            if (g.currvalue == null && !g.step()) return null;
            if (!Abstract.richCompareBool(tgtkey, g.currkey, Abstract.EQ)) return null;
            PyObject r = g.currvalue;
            g.currvalue = null;
            return r;
        }
    }

    static final PyType GROUPBY = iterType("groupby", PyType.BASETYPE, (t, a, o, n, k) -> {
        PyObject[] v = Args.parse("groupby", a, o, n, k, new String[] {"iterable", "key"}, 1);
        GroupBy g = init(new GroupBy(), t);
        g.it = Abstract.getIter(v[0]);
        g.keyfunc = v[1] == Py.None ? null : v[1];
        return g;
    });

    static {
        GROUPBY.addMethod("__reduce__", (MethNoArgs) o -> {
            GroupBy g = (GroupBy) o;
            PyTuple args = PyTuple.of(g.it, ItertoolsModule.none(g.keyfunc));
            if (g.tgtkey == null || g.currkey == null || g.currvalue == null) return reduce(g, args, null);
            return reduce(g, args, PyTuple.of(g.currkey, g.currvalue, g.tgtkey));
        });
        GROUPBY.addMethod("__setstate__", (MethO) (o, state) -> {
            if (!(state instanceof PyTuple st) || st.size() != 3)
                throw PyErr.format(PyExc.TypeError, "state is not a tuple");
            GroupBy g = (GroupBy) o;
            g.currkey = st.get(0);
            g.currvalue = st.get(1);
            g.tgtkey = st.get(2);
            return Py.None;
        });
        GROUPBY.ready();
    }

    static final PyType GROUPER = new PyType("itertools._grouper");

    static {
        GROUPER.tp_iter = o -> o;
        GROUPER.tp_iternext = o -> ((Grouper) o).next();
        GROUPER.tp_new = (t, a, o, n, k) -> {
            positional("_grouper", t, GROUPER, n, k, 2, 2);
            if (!(a[o] instanceof GroupBy g))
                throw PyErr.format(PyExc.TypeError, "_grouper() argument 1 must be itertools.groupby, not %.50s",
                        PyErr.typeName(a[o]));
            Grouper gr = new Grouper(g, a[o + 1]);
            g.currgrouper = gr;
            return gr;
        };
        GROUPER.addMethod("__reduce__", (MethNoArgs) o -> {
            Grouper gr = (Grouper) o;
            if (gr.parent.currgrouper != gr) {
                PyObject iter = org.sanca.runtime.PySystemState.current().builtinsDict().getItem(PyStr.of("iter"));
                return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
            }
            return PyTuple.of(GROUPER, PyTuple.of(gr.parent, gr.tgtkey));
        });
        GROUPER.ready();
    }

    // ---- tee ---------------------------------------------------------------------------------

    static final int LINKCELLS = 57;

    /** A block of values read from the shared iterator, linked to the next block (teedataobject). */
    static final class TeeData extends PyObject {
        PyObject it;
        final PyObject[] values = new PyObject[LINKCELLS];
        int numread;
        boolean running;
        TeeData nextLink;

        TeeData(PyObject it) {
            this.it = it;
        }

        @Override
        public PyType type() {
            return TEE_DATA;
        }

        TeeData jumpLink() {
            if (nextLink == null) nextLink = new TeeData(it);
            return nextLink;
        }

        PyObject getItem(int i) {
            if (i < numread) return values[i];
            if (running) throw PyErr.format(PyExc.RuntimeError, "cannot re-enter the tee iterator");
            running = true;
            PyObject v;
            try {
                v = Abstract.next(it);
            } finally {
                running = false;
            }
            if (v == null) return null;
            values[numread++] = v;
            return v;
        }
    }

    static final class Tee extends Iter {
        TeeData data;
        int index;

        @Override
        PyObject next() {
            if (index >= LINKCELLS) {
                data = data.jumpLink();
                index = 0;
            }
            PyObject v = data.getItem(index);
            if (v == null) return null;
            index++;
            return v;
        }

        Tee copy() {
            Tee t = init(new Tee(), TEE);
            t.data = data;
            t.index = index;
            return t;
        }
    }

    static final PyType TEE_DATA = new PyType("itertools._tee_dataobject");

    /** _tee_dataobject(iterable, values, next): rebuilds a pickled block. */
    private static PyObject teeDataNew(PyType t, PyObject[] a, int o, int n, PyTuple k) {
        positional("_tee_dataobject", t, TEE_DATA, n, k, 3, 3);
        if (!(a[o + 1] instanceof PyList values)) throw PyErr.format(PyExc.TypeError,
                "_tee_dataobject() argument 2 must be list, not %.50s", PyErr.typeName(a[o + 1]));
        PyObject next = a[o + 2];
        if (values.size() > LINKCELLS || (next != Py.None && values.size() != LINKCELLS))
            throw PyErr.format(PyExc.ValueError, "Invalid _tee_dataobject state");
        if (next != Py.None && !(next instanceof TeeData))
            throw PyErr.format(PyExc.TypeError, "_tee_dataobject next must be a _tee_dataobject");
        TeeData d = new TeeData(a[o]);
        for (int i = 0; i < values.size(); i++) d.values[i] = values.get(i);
        d.numread = values.size();
        d.nextLink = next == Py.None ? null : (TeeData) next;
        return d;
    }

    static {
        TEE_DATA.tp_new = ItertoolsMore::teeDataNew;
        TEE_DATA.addMethod("__reduce__", (MethNoArgs) o -> {
            TeeData d = (TeeData) o;
            PyList values = new PyList();
            for (int i = 0; i < d.numread; i++) values.append(d.values[i]);
            PyObject next = d.nextLink == null ? Py.None : d.nextLink;
            return PyTuple.of(TEE_DATA, PyTuple.of(d.it, values, next));
        });
        TEE_DATA.ready();
    }

    static Tee fromIterable(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        if (it instanceof Tee t) return t.copy();
        Tee t = init(new Tee(), TEE);
        t.data = new TeeData(it);
        return t;
    }

    static final PyType TEE = iterType("_tee", 0, (t, a, o, n, k) -> {
        positional("_tee", t, null, n, k, 1, 1);
        Args.noKeywords("_tee", k);
        return fromIterable(a[o]);
    });

    static {
        TEE.addMethod("__copy__", (MethNoArgs) o -> ((Tee) o).copy());
        TEE.addMethod("__reduce__", (MethNoArgs) o -> reduce(o, PyTuple.of(PyTuple.EMPTY),
                PyTuple.of(((Tee) o).data, PyInt.of(((Tee) o).index))));
        TEE.addMethod("__setstate__", (MethO) (o, state) -> {
            if (!(state instanceof PyTuple st) || st.size() != 2) throw PyErr.format(PyExc.TypeError, "state is not a tuple");
            if (!(st.get(0) instanceof TeeData data)) throw PyErr.format(PyExc.TypeError,
                    "_tee.__setstate__() argument 1 must be itertools._tee_dataobject, not %.50s", PyErr.typeName(st.get(0)));
            long index = PyNumber.asSize(st.get(1), PyExc.OverflowError);
            if (index < 0 || index > LINKCELLS) throw PyErr.format(PyExc.ValueError, "Index out of range");
            Tee t = (Tee) o;
            t.data = data;
            t.index = (int) index;
            return Py.None;
        });
        TEE.ready();
    }

    private static PyObject tee(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("tee", k);
        Args.range("tee", n, 1, 2);
        long count = n == 2 ? PyNumber.asSize(a[o + 1], PyExc.OverflowError) : 2;
        if (count < 0) throw PyErr.format(PyExc.ValueError, "n must be >= 0");
        if (count == 0) return PyTuple.EMPTY;
        PyObject it = Abstract.getIter(a[o]);
        PyObject copyable = Abstract.lookupAttr(it, "__copy__") != null ? it : fromIterable(it);
        PyObject copy = Abstract.getAttr(copyable, "__copy__");
        PyObject[] r = new PyObject[(int) count];
        r[0] = copyable;
        for (int i = 1; i < count; i++) r[i] = Abstract.call(copy);
        return PyTuple.wrap(r);
    }

    // ---- zip_longest -------------------------------------------------------------------------

    static final class ZipLongest extends Iter {
        PyObject[] its;
        int numactive;
        PyObject fillvalue;

        @Override
        PyObject next() {
            if (its.length == 0 || numactive == 0) return null;
            PyObject[] r = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = its[i] == null ? fillvalue : Abstract.next(its[i]);
                if (x == null) {
                    if (--numactive == 0) return null;
                    its[i] = null;
                    x = fillvalue;
                }
                r[i] = x;
            }
            return PyTuple.wrap(r);
        }
    }

    static final PyType ZIP_LONGEST = iterType("zip_longest", PyType.BASETYPE, (t, a, o, n, k) -> {
        PyObject fill = Py.None;
        if (k != null && k.size() > 0) {
            if (k.size() != 1 || !((PyStr) k.get(0)).asString().equals("fillvalue"))
                throw PyErr.format(PyExc.TypeError, "zip_longest() got an unexpected keyword argument");
            fill = a[o + n];
        }
        ZipLongest z = init(new ZipLongest(), t);
        z.its = new PyObject[n];
        for (int i = 0; i < n; i++) z.its[i] = Abstract.getIter(a[o + i]);
        z.numactive = n;
        z.fillvalue = fill;
        return z;
    });

    static {
        ZIP_LONGEST.addMethod("__reduce__", (MethNoArgs) o -> {
            ZipLongest z = (ZipLongest) o;
            PyObject[] args = new PyObject[z.its.length];
            for (int i = 0; i < args.length; i++) args[i] = z.its[i] == null ? PyTuple.EMPTY : z.its[i];
            return reduce(z, PyTuple.wrap(args), z.fillvalue);
        });
        ZIP_LONGEST.addMethod("__setstate__", (MethO) (o, state) -> {
            ((ZipLongest) o).fillvalue = state;
            return Py.None;
        });
        ZIP_LONGEST.ready();
    }

    // ---- combinatorics -----------------------------------------------------------------------

    /** The shared shape of the combinatoric iterators: pools, indices, whether the first result was made. */
    abstract static class Combinatoric extends Iter {
        PyObject[] pool;
        int[] indices;
        int r;
        /** started: a result was made (CPython's result != NULL); deferredStop: stop at the first next. */
        boolean started, stopped, deferredStop;

        @Override
        final PyObject next() {
            if (deferredStop) {
                deferredStop = false;
                stopped = true;
            }
            if (stopped) return null;
            if (!started) {
                started = true;
                return result();
            }
            if (!advance()) {
                stopped = true;
                return null;
            }
            return result();
        }

        /** Steps the indices to the next result; false when there is none. */
        abstract boolean advance();

        /** The __reduce__ of combinations, its variant with replacement and permutations. */
        PyObject reduceWithR(PyObject state) {
            PyInt rr = PyInt.of(r);
            if (!started) return reduce(this, PyTuple.of(PyTuple.wrap(pool), rr), null);
            if (stopped) return reduce(this, PyTuple.of(PyTuple.EMPTY, rr), null);
            return reduce(this, PyTuple.of(PyTuple.wrap(pool), rr), state);
        }

        /** Reads a __setstate__ tuple of n indices, each clamped to lo..hi(i). */
        static int[] clampedIndices(PyObject state, int n, int lo, java.util.function.IntUnaryOperator hi) {
            if (!(state instanceof PyTuple t) || t.size() != n) throw PyErr.format(PyExc.ValueError, "invalid arguments");
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                long v = PyNumber.asSize(t.get(i), PyExc.OverflowError);
                out[i] = (int) Math.max(lo, Math.min(v, hi.applyAsInt(i)));
            }
            return out;
        }

        PyObject result() {
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
            return PyTuple.wrap(out);
        }
    }

    static final class Product extends Combinatoric {
        PyObject[][] pools;

        @Override
        boolean advance() {
            for (int i = pools.length - 1; i >= 0; i--) {
                if (++indices[i] < pools[i].length) return true;
                indices[i] = 0;
            }
            return false;
        }

        @Override
        PyObject result() {
            PyObject[] out = new PyObject[pools.length];
            for (int i = 0; i < out.length; i++) out[i] = pools[i][indices[i]];
            return PyTuple.wrap(out);
        }
    }

    static final PyType PRODUCT = iterType("product", PyType.BASETYPE, (t, a, o, n, k) -> {
        long repeat = 1;
        if (k != null && k.size() > 0) {
            PyObject[] v = Args.parse("product", a, o + n, 0, k, new String[] {"repeat"}, 0);
            if (v[0] != null) repeat = PyNumber.asSize(v[0], PyExc.OverflowError);
        }
        if (repeat < 0) throw PyErr.format(PyExc.ValueError, "repeat argument cannot be negative");
        if (n > 0 && repeat > Integer.MAX_VALUE / n) throw PyErr.format(PyExc.OverflowError, "repeat argument too large");
        PyObject[][] base = new PyObject[n][];
        for (int i = 0; i < n; i++) base[i] = PyTuple.fromIterable(a[o + i]).toArray();
        Product p = init(new Product(), t);
        p.pools = new PyObject[(int) (n * repeat)][];
        for (int i = 0; i < p.pools.length; i++) {
            p.pools[i] = base[i % n];
            if (p.pools[i].length == 0) p.deferredStop = true;
        }
        p.indices = new int[p.pools.length];
        return p;
    });

    static {
        PRODUCT.addMethod("__reduce__", (MethNoArgs) o -> {
            Product p = (Product) o;
            if (p.stopped) return reduce(p, PyTuple.of(PyTuple.EMPTY), null);
            PyObject[] pools = new PyObject[p.pools.length];
            for (int i = 0; i < pools.length; i++) pools[i] = PyTuple.wrap(p.pools[i]);
            return reduce(p, PyTuple.wrap(pools), p.started ? indexTuple(p.indices, p.indices.length) : null);
        });
        PRODUCT.addMethod("__setstate__", (MethO) (o, state) -> {
            Product p = (Product) o;
            for (PyObject[] pool : p.pools) {
                if (pool.length == 0) {
                    p.stopped = true;
                    return Py.None;
                }
            }
            p.indices = Combinatoric.clampedIndices(state, p.pools.length, 0, i -> p.pools[i].length - 1);
            p.started = true;
            p.deferredStop = false;
            return Py.None;
        });
        PRODUCT.ready();
    }

    static PyTuple indexTuple(int[] indices, int n) {
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) out[i] = PyInt.of(indices[i]);
        return PyTuple.wrap(out);
    }

    /** __reduce__ and __setstate__ for combinations and combinations_with_replacement. */
    private static PyType withIndexState(PyType t, boolean replacement) {
        t.addMethod("__reduce__", (MethNoArgs) o -> {
            Combinatoric c = (Combinatoric) o;
            return c.reduceWithR(c.started ? indexTuple(c.indices, c.r) : null);
        });
        t.addMethod("__setstate__", (MethO) (o, state) -> {
            Combinatoric c = (Combinatoric) o;
            int n = c.pool.length;
            c.indices = Combinatoric.clampedIndices(state, c.r, 0, i -> replacement ? n - 1 : i + n - c.r);
            c.started = true;
            return Py.None;
        });
        return t.ready();
    }

    static final class Combinations extends Combinatoric {
        @Override
        boolean advance() {
            int n = pool.length, i = r - 1;
            while (i >= 0 && indices[i] == i + n - r) i--;
            if (i < 0) return false;
            indices[i]++;
            for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
            return true;
        }
    }

    static final class CombinationsWithReplacement extends Combinatoric {
        @Override
        boolean advance() {
            int n = pool.length, i = r - 1;
            while (i >= 0 && indices[i] == n - 1) i--;
            if (i < 0) return false;
            int index = indices[i] + 1;
            for (int j = i; j < r; j++) indices[j] = index;
            return true;
        }
    }

    static final class Permutations extends Combinatoric {
        int[] cycles;

        @Override
        boolean advance() {
            int n = pool.length;
            if (n == 0) return false;
            for (int i = r - 1; i >= 0; i--) {
                if (--cycles[i] == 0) {
                    int index = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = index;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i], tmp = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = tmp;
                    return true;
                }
            }
            return false;
        }
    }

    /** Sets up pool and r; a negative r is "r must be non-negative". */
    private static <T extends Combinatoric> T combinatoric(T c, PyType t, PyObject iterable, PyObject rObj) {
        init(c, t);
        c.pool = PyTuple.fromIterable(iterable).toArray();
        long r = PyNumber.asSize(rObj, PyExc.OverflowError);
        if (r < 0) throw PyErr.format(PyExc.ValueError, "r must be non-negative");
        c.r = (int) Math.min(r, Integer.MAX_VALUE);
        return c;
    }

    private static final String[] COMBINATION_ARGS = {"iterable", "r"};

    static final PyType COMBINATIONS = iterType("combinations", PyType.BASETYPE, (t, a, o, n, k) -> {
        PyObject[] v = Args.parse("combinations", a, o, n, k, COMBINATION_ARGS, 2);
        Combinations c = combinatoric(new Combinations(), t, v[0], v[1]);
        c.stopped = c.r > c.pool.length;
        if (!c.stopped) {
            c.indices = new int[c.r];
            for (int i = 0; i < c.r; i++) c.indices[i] = i;
        }
        return c;
    });

    static {
        withIndexState(COMBINATIONS, false);
    }

    static final PyType CWR = iterType("combinations_with_replacement", PyType.BASETYPE, (t, a, o, n, k) -> {
        PyObject[] v = Args.parse("combinations_with_replacement", a, o, n, k, COMBINATION_ARGS, 2);
        CombinationsWithReplacement c = combinatoric(new CombinationsWithReplacement(), t, v[0], v[1]);
        c.stopped = c.pool.length == 0 && c.r > 0;
        if (!c.stopped) c.indices = new int[c.r];
        return c;
    });

    static {
        withIndexState(CWR, true);
    }

    static final PyType PERMUTATIONS = iterType("permutations", PyType.BASETYPE, (t, a, o, n, k) -> {
        PyObject[] v = Args.parse("permutations", a, o, n, k, new String[] {"iterable", "r"}, 1);
        PyObject rObj = v[1] == null ? Py.None : v[1];
        if (rObj != Py.None && !(rObj instanceof PyInt))
            throw PyErr.format(PyExc.TypeError, "Expected int as r");
        Permutations p = init(new Permutations(), t);
        p.pool = PyTuple.fromIterable(v[0]).toArray();
        int len = p.pool.length;
        long r = rObj == Py.None ? len : PyNumber.asSize(rObj, PyExc.OverflowError);
        if (r < 0) throw PyErr.format(PyExc.ValueError, "r must be non-negative");
        p.r = (int) Math.min(r, Integer.MAX_VALUE);
        p.stopped = r > len;
        p.indices = new int[len];
        p.cycles = new int[Math.min(p.r, len)];
        for (int i = 0; i < len; i++) p.indices[i] = i;
        for (int i = 0; i < p.cycles.length; i++) p.cycles[i] = len - i;
        return p;
    });

    static {
        PERMUTATIONS.addMethod("__reduce__", (MethNoArgs) o -> {
            Permutations p = (Permutations) o;
            PyObject state = p.started ? PyTuple.of(indexTuple(p.indices, p.indices.length),
                    indexTuple(p.cycles, p.cycles.length)) : null;
            return p.reduceWithR(state);
        });
        PERMUTATIONS.addMethod("__setstate__", (MethO) (o, state) -> {
            Permutations p = (Permutations) o;
            int n = p.pool.length;
            if (!(state instanceof PyTuple st) || st.size() != 2) throw PyErr.format(PyExc.ValueError, "invalid arguments");
            int[] indices = Combinatoric.clampedIndices(st.get(0), n, 0, i -> n - 1);
            p.cycles = Combinatoric.clampedIndices(st.get(1), p.cycles.length, 1, i -> n - i);
            p.indices = indices;
            p.started = true;
            return Py.None;
        });
        PERMUTATIONS.ready();
    }
}
