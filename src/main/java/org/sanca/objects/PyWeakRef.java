package org.sanca.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Set;

/**
 * Weak references (weakref.ref, subclassable) and weak proxies, on Java's WeakReference; callbacks run
 * when a collected referent is noticed (at the next weakref creation), since the JVM frees objects lazily.
 * CPython: Objects/weakrefobject.c (PyWeakref_RefType, _PyWeakref_ProxyType) and Modules/_weakref.c.
 */
public class PyWeakRef extends PyObject {
    public static final PyType TYPE = new PyType("weakref.ReferenceType", PyType.BASETYPE);
    public static final PyType PROXY = new PyType("weakref.ProxyType");
    public static final PyType CALLABLE_PROXY = new PyType("weakref.CallableProxyType");

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    private static final Set<String> NOT_WEAKREFABLE = Set.of("int", "bool", "float", "complex", "str", "bytes",
            "bytearray", "tuple", "list", "dict", "NoneType", "NotImplementedType", "ellipsis", "range", "slice");

    /** Builtin bases whose instances vary in size: their subclasses get no __weakref__ slot. */
    private static final Set<String> VARSIZE = Set.of("int", "bool", "bytes", "tuple");

    /** The Java weak reference, remembering its Python weakref for the callback. */
    static final class Ref extends WeakReference<PyObject> {
        final PyWeakRef owner;

        Ref(PyObject referent, PyWeakRef owner) {
            super(referent, QUEUE);
            this.owner = owner;
        }
    }

    PyType type = TYPE;
    PyDict dict;
    Ref ref;
    PyObject callback;
    private long hash = -1;

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** The referent, or null once it has been collected. */
    public PyObject get() {
        return ref.get();
    }

    static void checkWeakrefable(PyObject o) {
        PyType t = o.type();
        PyType b = t;
        if (t.isHeapType()) {
            if (t.lookup("__weakref__") != null) return;
            while (b.isHeapType()) b = b.base;
        }
        boolean staticException = b.hasFlag(PyType.BASE_EXC_SUBCLASS) && b != PyExc.ExceptionGroup;
        boolean refusing = t == b ? NOT_WEAKREFABLE.contains(b.getName()) || staticException
                : b == PyType.OBJECT || VARSIZE.contains(b.getName());
        if (refusing)
            throw PyErr.format(PyExc.TypeError, "cannot create weak reference to '%s' object", t.getName());
    }

    /** Runs the callbacks of weakrefs whose referents the JVM has collected. */
    static void runCallbacks() {
        for (Object r; (r = QUEUE.poll()) != null; ) {
            PyWeakRef w = ((Ref) r).owner;
            PyObject cb = w.callback;
            w.callback = null;
            if (cb != null && cb != Py.None) {
                try {
                    Abstract.call(cb, w);
                } catch (PyException e) {
                    unraisable(e);
                }
            }
        }
    }

    /** Reports an exception a callback raised; it never propagates, even when warnings are errors. */
    private static void unraisable(PyException e) {
        try {
            Warnings.warn(PyExc.RuntimeWarning, "Exception ignored in weakref callback: " + e.getMessage());
        } catch (PyException lost) {
            // as PyErr_WriteUnraisable, the report itself cannot raise
        }
    }

    /** weakref.ref(obj[, callback]). */
    public static PyWeakRef of(PyType type, PyObject obj, PyObject callback) {
        runCallbacks();
        checkWeakrefable(obj);
        PyWeakRef w = new PyWeakRef();
        w.type = type;
        if (type.isHeapType()) w.dict = new PyDict();
        w.ref = new Ref(obj, w);
        w.callback = callback == null ? Py.None : callback;
        return w;
    }

    private static PyObject referent(PyObject proxy) {
        PyObject o = ((PyWeakRef) proxy).get();
        if (o == null) throw PyErr.format(PyExc.ReferenceError, "weakly-referenced object no longer exists");
        return o;
    }

    private static String describe(String kind, PyObject w) {
        PyObject o = ((PyWeakRef) w).get();
        if (o == null) return "<" + kind + " at " + Py.idHex(w) + "; dead>";
        return "<" + kind + " at " + Py.idHex(w) + "; to '" + o.type().fullName() + "' at " + Py.idHex(o) + ">";
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            Args.range("__new__", n, 1, 2);
            return of(t, a[o], n > 1 ? a[o + 1] : null);
        };
        TYPE.tp_init = (self, a, o, n, k) -> {};
        TYPE.tp_call = (c, a, o, n, k) -> {
            Args.noKeywords("weakref", k);
            Args.exactly("weakref", n, 0);
            PyObject v = ((PyWeakRef) c).get();
            return v == null ? Py.None : v;
        };
        TYPE.tp_hash = o -> {
            PyWeakRef w = (PyWeakRef) o;
            if (w.hash != -1) return w.hash;
            PyObject v = w.get();
            if (v == null) throw PyErr.format(PyExc.TypeError, "weak object has gone away");
            return w.hash = Abstract.hash(v);
        };
        TYPE.tp_richcompare = (v, w, op) -> {
            if ((op != Abstract.EQ && op != Abstract.NE) || !(w instanceof PyWeakRef b) || b.type.isSubtype(PROXY))
                return Py.NotImplemented;
            PyObject x = ((PyWeakRef) v).get(), y = b.get();
            if (x == null || y == null) return PyBool.of((v == w) == (op == Abstract.EQ));
            return Abstract.richCompare(x, y, op);
        };
        TYPE.tp_repr = o -> PyStr.of(describe("weakref", o));
        TYPE.addGetter("__callback__", o -> ((PyWeakRef) o).callback);
        TYPE.addClassMethod("__class_getitem__", (c, a, o, n, k) -> PyGenericAlias.of(c, a[o]));
        TYPE.ready();
        for (PyType p : new PyType[] {PROXY, CALLABLE_PROXY}) {
            p.tp_getattro = (o, name) -> Abstract.getAttr(referent(o), (PyStr) name);
            p.tp_setattro = (o, name, v) -> Abstract.setAttr(referent(o), (PyStr) name, v);
            p.tp_repr = o -> PyStr.of(describe("weakproxy", o));
            p.tp_str = o -> Abstract.str(referent(o));
            p.nb_bool = o -> Abstract.isTrue(referent(o));
            p.mp_length = o -> Abstract.len(referent(o));
            p.mp_subscript = (o, key) -> Abstract.getItem(referent(o), key);
            p.mp_ass_subscript = (o, key, v) -> {
                if (v == null) Abstract.delItem(referent(o), key);
                else Abstract.setItem(referent(o), key, v);
            };
            p.sq_contains = (o, x) -> Abstract.contains(referent(o), x);
            p.tp_iter = o -> Abstract.getIter(referent(o));
            p.tp_richcompare = (v, w, op) -> Abstract.richCompare(referent(v),
                    w.type() == PROXY || w.type() == CALLABLE_PROXY ? referent(w) : w, op);
            p.put("__hash__", PyNone.INSTANCE);
        }
        CALLABLE_PROXY.tp_call = (c, a, o, n, k) -> Abstract.call(referent(c), a, o, n, k);
        PROXY.ready();
        CALLABLE_PROXY.ready();
    }

    /** The contents of the _weakref module, for the runtime to install. */
    public static PyDict moduleDict() {
        PyDict d = new PyDict();
        d.setItem(PyStr.of("ref"), TYPE);
        d.setItem(PyStr.of("ReferenceType"), TYPE);
        d.setItem(PyStr.of("ProxyType"), PROXY);
        d.setItem(PyStr.of("CallableProxyType"), CALLABLE_PROXY);
        d.setItem(PyStr.of("proxy"), new PyBuiltinFunction("proxy", null, (Slots.MethFast) (s, a, o, n, k) -> {
            Args.range("proxy", n, 1, 2);
            PyType t = a[o].type().tp_call != null ? CALLABLE_PROXY : PROXY;
            return of(t, a[o], n > 1 ? a[o + 1] : null);
        }).withModule("_weakref", null));
        d.setItem(PyStr.of("getweakrefcount"), new PyBuiltinFunction("getweakrefcount", null,
                (Slots.MethO) (s, x) -> PyInt.of(0)).withModule("_weakref", null));
        d.setItem(PyStr.of("getweakrefs"), new PyBuiltinFunction("getweakrefs", null,
                (Slots.MethO) (s, x) -> new PyList()).withModule("_weakref", null));
        d.setItem(PyStr.of("_remove_dead_weakref"), new PyBuiltinFunction("_remove_dead_weakref", null,
                (Slots.MethFast) (s, a, o, n, k) -> {
                    Args.exactly("_remove_dead_weakref", n, 2);
                    PyDict dd = (PyDict) a[o];
                    PyObject v = dd.getItem(a[o + 1]);
                    if (v instanceof PyWeakRef w && w.get() == null) dd.delItemIfPresent(a[o + 1]);
                    return Py.None;
                }).withModule("_weakref", null));
        return d;
    }
}
