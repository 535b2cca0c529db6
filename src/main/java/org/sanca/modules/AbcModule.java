package org.sanca.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Iterators;
import org.sanca.objects.Py;
import org.sanca.objects.PyBuiltinFunction;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PySet;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.PyWeakRef;
import org.sanca.objects.Slots;

/**
 * The _abc module: the machinery of abc.ABCMeta (abstract methods, virtual subclass registry, isinstance and
 * issubclass caches held in each ABC's {@code _abc_impl}), which abc.py uses instead of the slower _py_abc.
 * CPython: Modules/_abc.c.
 *
 * <p>As in CPython, the registry and the two caches are plain sets of weak references (weakref.ref objects,
 * made lazily), each reference carrying a callback that removes it from its set once its class is collected
 * (Sanca runs weakref callbacks when the JVM reports the referent gone). The invalidation counter behind
 * {@code get_cache_token()} belongs to the module, as 3.11's module state.
 */
public final class AbcModule {
    private AbcModule() {}

    private static final String DOC = "Module contains faster C implementation of abc.ABCMeta";
    private static final String HELPER = "Should be never used outside abc module.";
    private static final long COLLECTION_FLAGS = PyType.SEQUENCE | PyType.MAPPING;

    private static final PyStr ABSTRACTMETHODS = PyStr.of("__abstractmethods__");
    private static final PyStr ISABSTRACTMETHOD = PyStr.of("__isabstractmethod__");
    private static final PyStr ABC_IMPL = PyStr.of("_abc_impl");
    private static final PyStr ABC_TPFLAGS = PyStr.of("__abc_tpflags__");
    private static final PyStr CLASS = PyStr.of("__class__");
    private static final PyStr DICT = PyStr.of("__dict__");
    private static final PyStr BASES = PyStr.of("__bases__");

    /** _abc._abc_data: the per-ABC state, as its type's tp_new makes it. */
    static final PyType DATA = new PyType("_abc._abc_data", 0);

    /** The module state: the counter register() increments, which invalidates every negative cache. */
    static final class State {
        long invalidationCounter;
    }

    /** The state of the _abc module made last (the running interpreter's), for _abc_data() called directly. */
    private static volatile State current = new State();

    /** _abc_data: an ABC's registry of virtual subclasses, its caches and its negative cache's version. */
    static final class Data extends PyObject {
        WeakSet registry, cache, negativeCache;
        long negativeCacheVersion;

        Data(long version) {
            this.negativeCacheVersion = version;
        }

        @Override
        public PyType type() {
            return DATA;
        }
    }

    static {
        DATA.tp_new = (t, a, o, n, k) -> new Data(current.invalidationCounter);
        DATA.put("__doc__", PyStr.of("Internal state held by ABC machinery."));
        DATA.put("__module__", PyStr.of("_abc"));
        DATA.ready();
    }

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        State st = new State();
        current = st;
        d.setItem(PyStr.of("__doc__"), PyStr.of(DOC));
        defNoArgs(m, d, "get_cache_token", "Returns the current ABC cache token.\n\nThe token is an opaque object"
                + " (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses."
                + " The token changes\nwith every call to register() on any ABC.", () -> PyInt.of(st.invalidationCounter));
        defOne(m, d, "_abc_init", "Internal ABC helper for class set-up. " + HELPER, self -> init(st, self));
        defOne(m, d, "_reset_registry", "Internal ABC helper to reset registry of a given class.\n\n"
                + "Should be only used by refleak.py", AbcModule::resetRegistry);
        defOne(m, d, "_reset_caches", "Internal ABC helper to reset both caches of a given class.\n\n"
                + "Should be only used by refleak.py", AbcModule::resetCaches);
        defOne(m, d, "_get_dump", "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of"
                + " registry, of both caches, and\nnegative cache version. Don't call this function directly,\ninstead"
                + " use ABC._dump_registry() for a nice repr.", AbcModule::getDump);
        defTwo(m, d, "_abc_register", "Internal ABC helper for subclasss registration. " + HELPER,
                (self, sub) -> register(st, self, sub));
        defTwo(m, d, "_abc_instancecheck", "Internal ABC helper for instance checks. " + HELPER,
                (self, inst) -> instanceCheck(st, self, inst));
        defTwo(m, d, "_abc_subclasscheck", "Internal ABC helper for subclasss checks. " + HELPER,
                (self, sub) -> subclassCheck(st, self, sub));
        return m;
    }

    // ---- the module's functions, with Argument Clinic's checks --------------------------------------

    private static void def(PyModule m, PyDict d, String name, String doc, Slots.MethFast body) {
        d.setItem(PyStr.of(name), new PyBuiltinFunction(name, m, body).withModule("_abc", doc));
    }

    private static void defNoArgs(PyModule m, PyDict d, String name, String doc, Supplier<PyObject> f) {
        def(m, d, name, doc, (s, a, o, n, k) -> {
            noKeywords(name, k);
            if (n != 0) throw PyErr.format(PyExc.TypeError, "_abc.%s() takes no arguments (%d given)", name, n);
            return f.get();
        });
    }

    private static void defOne(PyModule m, PyDict d, String name, String doc, UnaryOperator<PyObject> f) {
        def(m, d, name, doc, (s, a, o, n, k) -> {
            noKeywords(name, k);
            if (n != 1) throw PyErr.format(PyExc.TypeError, "_abc.%s() takes exactly one argument (%d given)", name, n);
            return f.apply(a[o]);
        });
    }

    private static void defTwo(PyModule m, PyDict d, String name, String doc, BinaryOperator<PyObject> f) {
        def(m, d, name, doc, (s, a, o, n, k) -> {
            noKeywords(name, k);
            Args.exactly(name, n, 2);
            return f.apply(a[o], a[o + 1]);
        });
    }

    private static void noKeywords(String name, PyTuple k) {
        if (k != null && k.size() > 0) throw PyErr.format(PyExc.TypeError, "_abc.%s() takes no keyword arguments", name);
    }

    // ---- weak sets ---------------------------------------------------------------------------------

    /**
     * A set of weakref.ref objects whose callback (_destroy, bound to a weak reference to the set) discards the
     * dead reference from the set: _add_to_weak_set's arrangement.
     */
    static final class WeakSet {
        final PySet refs = new PySet();
        private final PyObject destroy = new PyBuiltinFunction("_destroy", PyWeakRef.of(PyWeakRef.TYPE, refs, null),
                (Slots.MethO) WeakSet::destroy);

        private static PyObject destroy(PyObject setRef, PyObject objRef) {
            PyObject set = ((PyWeakRef) setRef).get();
            if (set != null) Abstract.callMethod(set, "discard", objRef);
            return Py.None;
        }

        void add(PyObject obj) {
            refs.addItem(PyWeakRef.of(PyWeakRef.TYPE, obj, destroy));
        }
    }

    /** _add_to_weak_set: adds a weak reference to obj, making the set on first use; returns the set. */
    private static WeakSet add(WeakSet set, PyObject obj) {
        if (set == null) set = new WeakSet();
        set.add(obj);
        return set;
    }

    /** _in_weak_set: whether a weak reference to obj is in the set (never, when obj cannot be weakly referenced). */
    private static boolean contains(WeakSet set, PyObject obj) {
        if (set == null || set.refs.size() == 0) return false;
        PyWeakRef ref;
        try {
            ref = PyWeakRef.of(PyWeakRef.TYPE, obj, null);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) return false;
            throw e;
        }
        return set.refs.contains(ref);
    }

    private static PySet copy(WeakSet set) {
        PySet s = new PySet();
        if (set != null) s.updateFrom(set.refs);
        return s;
    }

    // ---- _abc_impl -----------------------------------------------------------------------------------

    /** _get_impl: self._abc_impl, which must be an _abc_data. */
    private static Data impl(PyObject self) {
        PyObject impl = Abstract.getAttr(self, ABC_IMPL);
        if (impl.type() != DATA) throw PyErr.format(PyExc.TypeError, "_abc_impl is set to a wrong type");
        return (Data) impl;
    }

    private static PyObject resetRegistry(PyObject self) {
        impl(self).registry = null;
        return Py.None;
    }

    private static PyObject resetCaches(PyObject self) {
        Data impl = impl(self);
        impl.cache = null;
        impl.negativeCache = null;
        return Py.None;
    }

    private static PyObject getDump(PyObject self) {
        Data impl = impl(self);
        return PyTuple.of(copy(impl.registry), copy(impl.cache), copy(impl.negativeCache),
                PyInt.of(impl.negativeCacheVersion));
    }

    // ---- _abc_init -----------------------------------------------------------------------------------

    /** _abc_init: computes __abstractmethods__, gives the class its _abc_impl and applies __abc_tpflags__. */
    private static PyObject init(State st, PyObject self) {
        computeAbstractMethods(self);
        Abstract.setAttr(self, ABC_IMPL, new Data(st.invalidationCounter));
        if (self instanceof PyType t) collectionFlags(t);
        return Py.None;
    }

    /**
     * compute_abstract_methods: the names whose value in the class namespace is abstract, and the abstract names of
     * the bases that the class still resolves to an abstract value, as the frozenset __abstractmethods__.
     */
    private static void computeAbstractMethods(PyObject self) {
        List<PyObject> abstracts = new ArrayList<>();
        PyObject ns = Abstract.getAttr(self, DICT);
        for (PyObject item : Iterators.toArray(mappingItems(ns))) {
            PyObject[] kv = pair(item);
            if (isAbstract(kv[1])) abstracts.add(kv[0]);
        }
        if (!(Abstract.getAttr(self, BASES) instanceof PyTuple bases))
            throw PyErr.format(PyExc.TypeError, "__bases__ is not tuple");
        for (PyObject base : bases.toArray()) {
            PyObject baseAbstracts = Abstract.lookupAttr(base, ABSTRACTMETHODS);
            if (baseAbstracts == null) continue;
            PyObject it = Abstract.getIter(baseAbstracts);
            for (PyObject key; (key = Abstract.next(it)) != null; ) {
                PyObject value = Abstract.lookupAttr(self, attrName(key));
                if (value != null && isAbstract(value)) abstracts.add(key);
            }
        }
        Abstract.setAttr(self, ABSTRACTMETHODS, PyFrozenSet.of(abstracts.toArray(new PyObject[0])));
    }

    /** PyMapping_Items: a dict's items, else the list made of o.items(). */
    private static PyObject mappingItems(PyObject ns) {
        PyObject items = Abstract.callMethod(ns, "items");
        if (items instanceof PyList) return items;
        PyObject it;
        try {
            it = Abstract.getIter(items);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) throw e;
            throw PyErr.format(PyExc.TypeError, "%.200s.items() returned a non-iterable (type %.200s)",
                    PyErr.typeName(ns), PyErr.typeName(items));
        }
        return PyList.fromIterable(it);
    }

    /** A (key, value) item of items(), with compute_abstract_methods' messages. */
    private static PyObject[] pair(PyObject item) {
        PyObject[] kv;
        try {
            kv = item instanceof PyTuple t ? t.toArray() : Iterators.toArray(item);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) throw e;
            throw PyErr.format(PyExc.TypeError, "items() returned non-iterable");
        }
        if (kv.length != 2) throw PyErr.format(PyExc.TypeError, "items() returned item which size is not 2");
        return kv;
    }

    /** _PyObject_IsAbstract: whether obj.__isabstractmethod__ exists and is true. */
    private static boolean isAbstract(PyObject obj) {
        PyObject v = Abstract.lookupAttr(obj, ISABSTRACTMETHOD);
        return v != null && Abstract.isTrue(v);
    }

    private static PyStr attrName(PyObject key) {
        if (key instanceof PyStr s) return s;
        throw PyErr.format(PyExc.TypeError, "attribute name must be string, not '%.200s'", PyErr.typeName(key));
    }

    /**
     * The collection flag that collections.abc's Sequence and Mapping ask for with __abc_tpflags__ (for pattern
     * matching), which leaves the class dict once applied.
     */
    private static void collectionFlags(PyType t) {
        PyDict dict = t.getDict();
        PyObject flags = dict.getItemStr(ABC_TPFLAGS);
        if (flags == null) return;
        if (flags.type() == PyInt.TYPE) {
            PyInt i = (PyInt) flags;
            if (!i.fitsLong()) throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C long");
            long val = i.longValue();
            if ((val & COLLECTION_FLAGS) == COLLECTION_FLAGS)
                throw PyErr.format(PyExc.TypeError,
                        "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
            t.flags |= val & COLLECTION_FLAGS;
        }
        dict.delItemIfPresent(ABC_TPFLAGS);
        t.modified();
    }

    // ---- register ------------------------------------------------------------------------------------

    /** _abc_register: makes subclass a virtual subclass of self; returns it (so register works as a decorator). */
    private static PyObject register(State st, PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) throw PyErr.format(PyExc.TypeError, "Can only register classes");
        if (Abstract.isSubclass(subclass, self)) return subclass;
        // Testing for cycles after "already a subclass" makes X.register(X) a no-op.
        if (Abstract.isSubclass(self, subclass))
            throw PyErr.format(PyExc.RuntimeError, "Refusing to create an inheritance cycle");
        Data impl = impl(self);
        impl.registry = add(impl.registry, subclass);
        st.invalidationCounter++;
        if (self instanceof PyType t) {
            long flag = t.flags & COLLECTION_FLAGS;
            if (flag != 0) setCollectionFlagRecursive(sub, flag);
        }
        return subclass;
    }

    /** set_collection_flag_recursive: a mutable class and its subclasses become sequences (or mappings). */
    private static void setCollectionFlagRecursive(PyType child, long flag) {
        if (!child.isHeapType() || child.hasFlag(PyType.IMMUTABLETYPE) || (child.flags & COLLECTION_FLAGS) == flag)
            return;
        child.flags = (child.flags & ~COLLECTION_FLAGS) | flag;
        for (PyType grandchild : child.subclasses()) setCollectionFlagRecursive(grandchild, flag);
    }

    // ---- isinstance / issubclass ---------------------------------------------------------------------

    /** _abc_instancecheck: the caches for the instance's __class__, else __subclasscheck__ of it and its type. */
    private static PyObject instanceCheck(State st, PyObject self, PyObject instance) {
        Data impl = impl(self);
        PyObject subclass = Abstract.getAttr(instance, CLASS);
        if (contains(impl.cache, subclass)) return Py.True;
        PyType subtype = instance.type();
        if (subtype == subclass) {
            if (impl.negativeCacheVersion == st.invalidationCounter && contains(impl.negativeCache, subclass))
                return Py.False;
            return Abstract.callMethod(self, "__subclasscheck__", subclass);
        }
        PyObject result = Abstract.callMethod(self, "__subclasscheck__", subclass);
        if (Abstract.isTrue(result)) return result;
        return Abstract.callMethod(self, "__subclasscheck__", subtype);
    }

    /**
     * _abc_subclasscheck: the positive cache, the negative cache (dropped when a register() happened since it was
     * filled), __subclasshook__, the MRO, the registry and the subclasses, caching the answer.
     */
    private static PyObject subclassCheck(State st, PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) throw PyErr.format(PyExc.TypeError, "issubclass() arg 1 must be a class");
        Data impl = impl(self);
        if (contains(impl.cache, subclass)) return Py.True;
        if (impl.negativeCacheVersion < st.invalidationCounter) {
            impl.negativeCache = null;
            impl.negativeCacheVersion = st.invalidationCounter;
        } else if (contains(impl.negativeCache, subclass)) {
            return Py.False;
        }
        PyObject ok = Abstract.callMethod(self, "__subclasshook__", subclass);
        if (ok == Py.True) return yes(impl, subclass);
        if (ok == Py.False) return no(impl, subclass);
        if (ok != Py.NotImplemented)
            throw PyErr.format(PyExc.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
        for (PyType t : sub.getMro()) if (t == self) return yes(impl, subclass);
        if (inRegistry(impl, subclass)) return Py.True;
        if (!(Abstract.callMethod(self, "__subclasses__") instanceof PyList subclasses))
            throw PyErr.format(PyExc.TypeError, "__subclasses__() must return a list");
        for (PyObject scls : subclasses.toArray())
            if (Abstract.isSubclass(subclass, scls)) return yes(impl, subclass);
        return no(impl, subclass);
    }

    private static PyObject yes(Data impl, PyObject subclass) {
        impl.cache = add(impl.cache, subclass);
        return Py.True;
    }

    private static PyObject no(Data impl, PyObject subclass) {
        impl.negativeCache = add(impl.negativeCache, subclass);
        return Py.False;
    }

    /**
     * subclasscheck_check_registry: whether subclass is registered, or a subclass of a registered class (then it is
     * cached). Walks a snapshot, since weakref callbacks may shrink the registry meanwhile.
     */
    private static boolean inRegistry(Data impl, PyObject subclass) {
        if (contains(impl.registry, subclass)) return true;
        if (impl.registry == null) return false;
        for (PyObject ref : impl.registry.refs.toArray()) {
            PyObject rkey = ((PyWeakRef) ref).get();
            if (rkey == null) continue;
            if (Abstract.isSubclass(subclass, rkey)) {
                yes(impl, subclass);
                return true;
            }
        }
        return false;
    }
}
