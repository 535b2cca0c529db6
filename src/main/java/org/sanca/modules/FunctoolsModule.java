package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyGenericAlias;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.Getter;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.Slots.MethO;
import org.sanca.objects.TypeObject;

/**
 * The _functools module: reduce, partial and cmp_to_key (the LRU cache wrapper is {@link FunctoolsLru}).
 * CPython: Modules/_functoolsmodule.c.
 */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("partial"), PARTIAL);
        d.setItem(PyStr.of("_lru_cache_wrapper"), FunctoolsLru.TYPE);
        BuiltinsModule.def(m, d, "_functools", "reduce", FunctoolsModule::reduce);
        BuiltinsModule.def(m, d, "_functools", "cmp_to_key", (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("cmp_to_key", a, o, n, k, new String[] {"mycmp"}, 1);
            return new KeyWrapper(v[0], null);
        });
        return m;
    }

    // ---- reduce ------------------------------------------------------------------------------

    private static PyObject reduce(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("reduce", k);
        Args.range("reduce", n, 2, 3);
        PyObject func = a[o], result = n == 3 ? a[o + 2] : null, it;
        try {
            it = Abstract.getIter(a[o + 1]);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) throw e;
            throw PyErr.format(PyExc.TypeError, "reduce() arg 2 must support iteration");
        }
        PyObject[] pair = new PyObject[2];
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            if (result == null) {
                result = x;
                continue;
            }
            pair[0] = result;
            pair[1] = x;
            result = Abstract.call(func, pair, 0, 2, null);
        }
        if (result == null) throw PyErr.format(PyExc.TypeError, "reduce() of empty iterable with no initial value");
        return result;
    }

    // ---- partial -----------------------------------------------------------------------------

    /** A partial application: func with leading positional arguments and default keywords. */
    static final class Partial extends PyObject {
        PyType type;
        PyObject fn;
        PyTuple args;
        PyDict kw;
        PyDict dict;

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) dict = new PyDict();
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        PyObject call(PyObject[] a, int o, int n, PyTuple kwnames) {
            int np = args.size(), nk = kwnames == null ? 0 : kwnames.size();
            if (kw.size() == 0) {
                if (np == 0) return Abstract.call(fn, a, o, n, kwnames);
                PyObject[] all = new PyObject[np + n + nk];
                for (int i = 0; i < np; i++) all[i] = args.get(i);
                System.arraycopy(a, o, all, np, n + nk);
                return Abstract.call(fn, all, 0, np + n, kwnames);
            }
            PyObject[] pos = new PyObject[np + n];
            for (int i = 0; i < np; i++) pos[i] = args.get(i);
            System.arraycopy(a, o, pos, np, n);
            PyDict merged = kw.copy();
            for (int i = 0; i < nk; i++) merged.setItem(kwnames.get(i), a[o + n + i]);
            return Abstract.call(fn, PyTuple.wrap(pos), merged);
        }
    }

    static final PyType PARTIAL = new PyType("functools.partial", PyType.BASETYPE);

    private static PyObject partialNew(PyType t, PyObject[] a, int o, int n, PyTuple k) {
        if (n < 1) throw PyErr.format(PyExc.TypeError, "type 'partial' takes at least one argument");
        PyObject fn = a[o];
        PyTuple pargs = PyTuple.EMPTY;
        PyDict pkw = null;
        if (fn instanceof Partial p && p.type.tp_call == PARTIAL.tp_call && (p.dict == null || p.dict.size() == 0)) {
            pargs = p.args;
            pkw = p.kw;
            fn = p.fn;
        }
        if (!BuiltinsModule.isCallable(fn)) throw PyErr.format(PyExc.TypeError, "the first argument must be callable");
        Partial r = new Partial();
        r.type = t;
        r.fn = fn;
        PyObject[] all = new PyObject[pargs.size() + n - 1];
        System.arraycopy(pargs.toArray(), 0, all, 0, pargs.size());
        System.arraycopy(a, o + 1, all, pargs.size(), n - 1);
        r.args = PyTuple.wrap(all);
        r.kw = pkw == null ? new PyDict() : pkw.copy();
        for (int i = 0; k != null && i < k.size(); i++) r.kw.setItem(k.get(i), a[o + n + i]);
        return r;
    }

    private static PyObject partialRepr(PyObject self) {
        Partial p = (Partial) self;
        if (!Abstract.reprEnter(p)) return PyStr.of("...");
        try {
            StringBuilder sb = new StringBuilder(p.type.getName()).append('(');
            sb.append(Abstract.repr(p.fn).asString());
            for (PyObject x : p.args.toArray()) sb.append(", ").append(Abstract.repr(x).asString());
            for (PyDict.Entry e : p.kw.entries())
                sb.append(", ").append(Abstract.str(e.key()).asString()).append('=')
                        .append(Abstract.repr(e.value()).asString());
            return PyStr.of(sb.append(')').toString());
        } finally {
            Abstract.reprLeave(p);
        }
    }

    private static PyObject partialSetState(PyObject self, PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 4) throw invalidState();
        PyObject fn = t.get(0), fnargs = t.get(1), kw = t.get(2), dict = t.get(3);
        if (!BuiltinsModule.isCallable(fn) || !(fnargs instanceof PyTuple) || (kw != Py.None && !(kw instanceof PyDict)))
            throw invalidState();
        Partial p = (Partial) self;
        p.fn = fn;
        p.args = fnargs.type() == PyTuple.TYPE ? (PyTuple) fnargs : PyTuple.fromIterable(fnargs);
        p.kw = kw == Py.None ? new PyDict() : kw.type() == PyDict.TYPE ? (PyDict) kw : ((PyDict) kw).copy();
        p.dict = dict == Py.None ? null : (PyDict) dict;
        return Py.None;
    }

    /** A READONLY member: its setter and deleter raise "readonly attribute". */
    static void readonly(PyType t, String name, Getter g) {
        t.addGetSet(name, g, (s, v) -> {
            throw PyErr.format(PyExc.AttributeError, "readonly attribute");
        });
    }

    private static PyException invalidState() {
        return PyErr.format(PyExc.TypeError, "invalid partial state");
    }

    static {
        PARTIAL.tp_new = FunctoolsModule::partialNew;
        PARTIAL.tp_call = (s, a, o, n, k) -> ((Partial) s).call(a, o, n, k);
        PARTIAL.tp_repr = FunctoolsModule::partialRepr;
        PARTIAL.tp_getattro = TypeObject.GENERIC_GETATTR;
        PARTIAL.tp_setattro = TypeObject.GENERIC_SETATTR;
        readonly(PARTIAL, "func", s -> ((Partial) s).fn);
        readonly(PARTIAL, "args", s -> ((Partial) s).args);
        readonly(PARTIAL, "keywords", s -> ((Partial) s).kw);
        PARTIAL.addGetSet("__dict__", PyObject::getDict, (s, v) -> {
            if (!(v instanceof PyDict d))
                throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                        v == null ? "NoneType" : PyErr.typeName(v));
            s.setDict(d);
        });
        PARTIAL.addMethod("__reduce__", (MethNoArgs) s -> {
            Partial p = (Partial) s;
            PyObject dict = p.dict == null || p.dict.size() == 0 ? Py.None : p.dict;
            return PyTuple.of(p.type, PyTuple.of(p.fn), PyTuple.of(p.fn, p.args, p.kw, dict));
        });
        PARTIAL.addMethod("__setstate__", (MethO) FunctoolsModule::partialSetState);
        PARTIAL.addClassMethod("__class_getitem__", (c, a, o, n, k) -> Abstract.call(PyGenericAlias.TYPE, c,
                BuiltinsModule.one("partial.__class_getitem__", a, o, n, k)));
        PARTIAL.ready();
    }

    // ---- cmp_to_key --------------------------------------------------------------------------

    /** cmp_to_key's result (no object) and the keys it makes (with one): ordered by calling cmp. */
    static final class KeyWrapper extends PyObject {
        final PyObject cmp;
        PyObject obj;

        KeyWrapper(PyObject cmp, PyObject obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public PyType type() {
            return KEY_WRAPPER;
        }
    }

    static final PyType KEY_WRAPPER = new PyType("functools.KeyWrapper", PyType.DISALLOW_INSTANTIATION);

    static {
        KEY_WRAPPER.tp_call = (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("K", a, o, n, k, new String[] {"obj"}, 1);
            return new KeyWrapper(((KeyWrapper) s).cmp, v[0]);
        };
        KEY_WRAPPER.tp_richcompare = (s, other, op) -> {
            if (!(other instanceof KeyWrapper w)) throw PyErr.format(PyExc.TypeError, "other argument must be K instance");
            KeyWrapper self = (KeyWrapper) s;
            if (self.obj == null || w.obj == null) throw PyErr.format(PyExc.AttributeError, "object");
            PyObject r = Abstract.call(self.cmp, self.obj, w.obj);
            return Abstract.richCompare(r, org.sanca.objects.PyInt.of(0), op);
        };
        KEY_WRAPPER.addGetSet("obj", s -> {
            PyObject v = ((KeyWrapper) s).obj;
            if (v == null) throw PyErr.format(PyExc.AttributeError, "obj");
            return v;
        }, (s, v) -> ((KeyWrapper) s).obj = v);
        KEY_WRAPPER.put("__hash__", Py.None);
        KEY_WRAPPER.ready();
    }
}
