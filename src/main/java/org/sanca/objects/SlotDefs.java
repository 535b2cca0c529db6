package org.sanca.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.sanca.objects.Slots.*;

/**
 * The table linking type slots to dunder methods: wrappers exposing a builtin type's slots as
 * methods, slot inheritance, and heap-type slots that dispatch to the dunders found in the class.
 * CPython: Objects/typeobject.c (slotdefs, add_operators, inherit_slots, update_one_slot, slot_*).
 */
final class SlotDefs {
    private SlotDefs() {}

    /** Calls a builtin slot on behalf of a wrapper descriptor. */
    @FunctionalInterface
    interface Wrapper {
        PyObject call(Object slot, PyObject self, PyObject[] args, int off, int nargs, PyTuple kw);
    }

    /** One slot: its field accessors, the dunders mapped to it, their wrappers and the heap-type dispatcher. */
    static final class SlotDef {
        final String slot;
        final String[] dunders;
        final Wrapper[] wrappers;
        final Function<PyType, Object> get;
        final BiConsumer<PyType, Object> set;
        final Object heap;

        SlotDef(String slot, Function<PyType, Object> get, BiConsumer<PyType, Object> set, Object heap,
                String[] dunders, Wrapper[] wrappers) {
            this.slot = slot;
            this.get = get;
            this.set = set;
            this.heap = heap;
            this.dunders = dunders;
            this.wrappers = wrappers;
        }
    }

    static final List<SlotDef> DEFS = new ArrayList<>();
    private static final SetFunc HEAP_SETATTRO = HeapSlots::setattro;

    /**
     * hackcheck: object.__setattr__(x, ...) may not skip a builtin type's own tp_setattro, as in
     * object.__setattr__(SomeClass, 'a', 1), which must go through type.__setattr__.
     */
    private static void hackcheck(PyObject self, SetFunc func, String what) {
        PyType type = self.type();
        PyType[] mro = type.mro == null ? new PyType[0] : type.mro;
        PyType defining = type;
        for (int i = mro.length - 1; i >= 0; i--) {
            PyType b = mro[i];
            if (b.tp_setattro != HEAP_SETATTRO && b.tp_setattro == type.tp_setattro) {
                defining = b;
                break;
            }
        }
        for (PyType b = defining; b != null; b = b.base) {
            if (b.tp_setattro == func) return;
            if (b.tp_setattro != HEAP_SETATTRO)
                throw PyErr.format(PyExc.TypeError, "can't apply this %s to %s object", what, defining.getName());
        }
    }
    private static final NewFunc HEAP_NEW = HeapSlots::newObject;

    /** slot_tp_new, the tp_new of classes defining __new__ in Python. */
    static NewFunc heapNew() {
        return HEAP_NEW;
    }

    private static void def(String slot, Function<PyType, Object> get, BiConsumer<PyType, Object> set, Object heap,
            String[] dunders, Wrapper... wrappers) {
        DEFS.add(new SlotDef(slot, get, set, heap, dunders, wrappers));
    }

    private static String[] names(String... n) {
        return n;
    }

    // ---- argument checks for wrappers ------------------------------------------------------------

    static void checkArgs(String name, int nargs, PyTuple kw, int expected) {
        if (kw != null && kw.size() > 0)
            throw PyErr.format(PyExc.TypeError, "wrapper %s() takes no keyword arguments", name);
        if (nargs != expected)
            throw PyErr.format(PyExc.TypeError, "expected %d argument%s, got %d", expected, expected == 1 ? "" : "s", nargs);
    }

    /** PyArg_UnpackTuple(args, "", 1, 2): the wrappers of __get__ and __pow__ take one or two arguments. */
    private static void checkOneOrTwo(int n) {
        if (n < 1) throw PyErr.format(PyExc.TypeError, " expected at least 1 argument, got %d", n);
        if (n > 2) throw PyErr.format(PyExc.TypeError, " expected at most 2 arguments, got %d", n);
    }

    /** An attribute name argument: a str, else "attribute name must be string, not 'int'". */
    static PyStr attrName(PyObject o) {
        if (o instanceof PyStr s) return s;
        throw PyErr.format(PyExc.TypeError, "attribute name must be string, not '%.200s'", PyErr.typeName(o));
    }

    private static Wrapper unaryW(String name) {
        return (s, self, a, o, n, k) -> {
            checkArgs(name, n, k, 0);
            return ((UnaryFunc) s).call(self);
        };
    }

    private static Wrapper binW(String name, boolean reflected) {
        return (s, self, a, o, n, k) -> {
            checkArgs(name, n, k, 1);
            return reflected ? ((BinaryFunc) s).call(a[o], self) : ((BinaryFunc) s).call(self, a[o]);
        };
    }

    private static Wrapper cmpW(String name, int op) {
        return (s, self, a, o, n, k) -> {
            checkArgs(name, n, k, 1);
            return ((RichCmpFunc) s).compare(self, a[o], op);
        };
    }

    static {
        unary("tp_repr", t -> t.tp_repr, (t, v) -> t.tp_repr = (UnaryFunc) v, "__repr__");
        unary("tp_str", t -> t.tp_str, (t, v) -> t.tp_str = (UnaryFunc) v, "__str__");
        def("tp_hash", t -> t.tp_hash, (t, v) -> t.tp_hash = (HashFunc) v, (HashFunc) HeapSlots::hash,
                names("__hash__"), (s, self, a, o, n, k) -> {
                    checkArgs("__hash__", n, k, 0);
                    return PyInt.of(((HashFunc) s).hash(self));
                });
        def("tp_call", t -> t.tp_call, (t, v) -> t.tp_call = (CallFunc) v, (CallFunc) HeapSlots::call,
                names("__call__"), (s, self, a, o, n, k) -> ((CallFunc) s).call(self, a, o, n, k));
        def("tp_getattro", t -> t.tp_getattro, (t, v) -> t.tp_getattro = (BinaryFunc) v,
                (BinaryFunc) HeapSlots::getattro, names("__getattribute__", "__getattr__"), (s, self, a, o, n, k) -> {
                    checkArgs("__getattribute__", n, k, 1);
                    return ((BinaryFunc) s).call(self, attrName(a[o]));
                });
        def("tp_setattro", t -> t.tp_setattro, (t, v) -> t.tp_setattro = (SetFunc) v, HEAP_SETATTRO,
                names("__setattr__", "__delattr__"), (s, self, a, o, n, k) -> {
                    checkArgs("__setattr__", n, k, 2);
                    hackcheck(self, (SetFunc) s, "__setattr__");
                    ((SetFunc) s).set(self, attrName(a[o]), a[o + 1]);
                    return Py.None;
                }, (s, self, a, o, n, k) -> {
                    checkArgs("__delattr__", n, k, 1);
                    hackcheck(self, (SetFunc) s, "__delattr__");
                    ((SetFunc) s).set(self, attrName(a[o]), null);
                    return Py.None;
                });
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        Wrapper[] cw = new Wrapper[6];
        for (int i = 0; i < 6; i++) cw[i] = cmpW(cmp[i], i);
        def("tp_richcompare", t -> t.tp_richcompare, (t, v) -> t.tp_richcompare = (RichCmpFunc) v,
                (RichCmpFunc) HeapSlots::richcompare, cmp, cw);
        def("tp_iter", t -> t.tp_iter, (t, v) -> t.tp_iter = (UnaryFunc) v, (UnaryFunc) HeapSlots::iter,
                names("__iter__"), unaryW("__iter__"));
        def("tp_iternext", t -> t.tp_iternext, (t, v) -> t.tp_iternext = (UnaryFunc) v, (UnaryFunc) HeapSlots::iternext,
                names("__next__"), (s, self, a, o, n, k) -> {
                    checkArgs("__next__", n, k, 0);
                    PyObject r = ((UnaryFunc) s).call(self);
                    if (r == null) throw PyErr.raise(PyExc.StopIteration);
                    return r;
                });
        def("tp_descr_get", t -> t.tp_descr_get, (t, v) -> t.tp_descr_get = (DescrGetFunc) v,
                (DescrGetFunc) HeapSlots::descrGet, names("__get__"), (s, self, a, o, n, k) -> {
                    checkOneOrTwo(n);
                    PyObject obj = a[o] == Py.None ? null : a[o];
                    PyObject type = n > 1 && a[o + 1] != Py.None ? a[o + 1] : null;
                    if (obj == null && type == null)
                        throw PyErr.format(PyExc.TypeError, "__get__(None, None) is invalid");
                    return ((DescrGetFunc) s).get(self, obj, type);
                });
        def("tp_descr_set", t -> t.tp_descr_set, (t, v) -> t.tp_descr_set = (SetFunc) v, (SetFunc) HeapSlots::descrSet,
                names("__set__", "__delete__"), (s, self, a, o, n, k) -> {
                    checkArgs("__set__", n, k, 2);
                    ((SetFunc) s).set(self, a[o], a[o + 1]);
                    return Py.None;
                }, (s, self, a, o, n, k) -> {
                    checkArgs("__delete__", n, k, 1);
                    ((SetFunc) s).set(self, a[o], null);
                    return Py.None;
                });
        def("tp_init", t -> t.tp_init, (t, v) -> t.tp_init = (InitFunc) v, (InitFunc) HeapSlots::init,
                names("__init__"), (s, self, a, o, n, k) -> {
                    ((InitFunc) s).init(self, a, o, n, k);
                    return Py.None;
                });
        def("tp_new", t -> t.tp_new, (t, v) -> t.tp_new = (NewFunc) v, HEAP_NEW, names("__new__"));
        def("nb_bool", t -> t.nb_bool, (t, v) -> t.nb_bool = (BoolFunc) v, (BoolFunc) HeapSlots::bool,
                names("__bool__"), (s, self, a, o, n, k) -> {
                    checkArgs("__bool__", n, k, 0);
                    return PyBool.of(((BoolFunc) s).test(self));
                });
        Wrapper lenW = (s, self, a, o, n, k) -> {
            checkArgs("__len__", n, k, 0);
            return PyInt.of(((LenFunc) s).len(self));
        };
        def("mp_length", t -> t.mp_length, (t, v) -> t.mp_length = (LenFunc) v, (LenFunc) HeapSlots::len,
                names("__len__"), lenW);
        def("sq_length", t -> t.sq_length, (t, v) -> t.sq_length = (LenFunc) v, (LenFunc) HeapSlots::len,
                names("__len__"), lenW);
        def("mp_subscript", t -> t.mp_subscript, (t, v) -> t.mp_subscript = (BinaryFunc) v,
                (BinaryFunc) HeapSlots::getitem, names("__getitem__"), binW("__getitem__", false));
        def("mp_ass_subscript", t -> t.mp_ass_subscript, (t, v) -> t.mp_ass_subscript = (SetFunc) v,
                (SetFunc) HeapSlots::setitem, names("__setitem__", "__delitem__"), (s, self, a, o, n, k) -> {
                    checkArgs("__setitem__", n, k, 2);
                    ((SetFunc) s).set(self, a[o], a[o + 1]);
                    return Py.None;
                }, (s, self, a, o, n, k) -> {
                    checkArgs("__delitem__", n, k, 1);
                    ((SetFunc) s).set(self, a[o], null);
                    return Py.None;
                });
        def("sq_contains", t -> t.sq_contains, (t, v) -> t.sq_contains = (ContainsFunc) v,
                (ContainsFunc) HeapSlots::contains, names("__contains__"), (s, self, a, o, n, k) -> {
                    checkArgs("__contains__", n, k, 1);
                    return PyBool.of(((ContainsFunc) s).contains(self, a[o]));
                });
        def("sq_concat", t -> t.sq_concat, (t, v) -> t.sq_concat = (BinaryFunc) v, null, names("__add__"),
                binW("__add__", false));
        def("sq_repeat", t -> t.sq_repeat, (t, v) -> t.sq_repeat = (BinaryFunc) v, null, names("__mul__", "__rmul__"),
                repeatW("__mul__"), repeatW("__rmul__"));
        numberSlots();
    }

    private static Wrapper repeatW(String name) {
        return (s, self, a, o, n, k) -> {
            checkArgs(name, n, k, 1);
            if (!PyNumber.isIndex(a[o]))
                throw PyErr.format(PyExc.TypeError, "can't multiply sequence by non-int of type '%.200s'",
                        PyErr.typeName(a[o]));
            return ((BinaryFunc) s).call(self, PyNumber.index(a[o]));
        };
    }

    private static void unary(String slot, Function<PyType, Object> get, BiConsumer<PyType, Object> set, String dunder) {
        def(slot, get, set, HeapSlots.unary(dunder), names(dunder), unaryW(dunder));
    }

    private static void numberSlots() {
        for (int op = 0; op < PyNumber.INPLACE; op++) {
            final int i = op;
            String nm = PyNumber.NAMES[op];
            String d = "__" + nm + "__", rd = "__r" + nm + "__", id = "__i" + nm + "__";
            if (op == PyNumber.POWER) {
                def("nb_power2", t -> t.nb[i], (t, v) -> t.nb[i] = (BinaryFunc) v, HeapSlots.binary(d, rd, i),
                        names(d, rd));
            } else {
                def("nb_" + nm, t -> t.nb[i], (t, v) -> t.nb[i] = (BinaryFunc) v, HeapSlots.binary(d, rd, i),
                        names(d, rd), binW(d, false), binW(rd, true));
            }
            def("nb_inplace_" + nm, t -> t.nb[i + PyNumber.INPLACE], (t, v) -> t.nb[i + PyNumber.INPLACE] = (BinaryFunc) v,
                    HeapSlots.inplace(id), names(id), binW(id, false));
        }
        def("nb_power", t -> t.nb_power, (t, v) -> t.nb_power = (TernaryFunc) v, HeapSlots.POWER3,
                names("__pow__", "__rpow__"), powW(false), powW(true));
        unary("nb_negative", t -> t.nb_negative, (t, v) -> t.nb_negative = (UnaryFunc) v, "__neg__");
        unary("nb_positive", t -> t.nb_positive, (t, v) -> t.nb_positive = (UnaryFunc) v, "__pos__");
        unary("nb_absolute", t -> t.nb_absolute, (t, v) -> t.nb_absolute = (UnaryFunc) v, "__abs__");
        unary("nb_invert", t -> t.nb_invert, (t, v) -> t.nb_invert = (UnaryFunc) v, "__invert__");
        unary("nb_index", t -> t.nb_index, (t, v) -> t.nb_index = (UnaryFunc) v, "__index__");
        unary("nb_int", t -> t.nb_int, (t, v) -> t.nb_int = (UnaryFunc) v, "__int__");
        unary("nb_float", t -> t.nb_float, (t, v) -> t.nb_float = (UnaryFunc) v, "__float__");
    }

    private static Wrapper powW(boolean reflected) {
        return (s, self, a, o, n, k) -> {
            checkOneOrTwo(n);
            PyObject mod = n > 1 ? a[o + 1] : Py.None;
            return reflected ? ((TernaryFunc) s).call(a[o], self, mod) : ((TernaryFunc) s).call(self, a[o], mod);
        };
    }

    // ---- static types ----------------------------------------------------------------------------

    /** add_operators: a wrapper descriptor in t's dict for each dunder of each slot t defines itself. */
    static void addWrappers(PyType t) {
        PyDict d = t.getDict();
        for (SlotDef sd : DEFS) {
            Object v = sd.get.apply(t);
            if (v == null) continue;
            for (int i = 0; i < sd.wrappers.length; i++) {
                PyStr name = PyStr.of(sd.dunders[i]);
                if (d.getItemStr(name) == null) d.setItem(name, new PyWrapperDescr(t, sd, sd.dunders[i], sd.wrappers[i], v));
            }
        }
        if (t.tp_new != null && d.getItemStr(PyStr.of("__new__")) == null)
            d.setItem(PyStr.of("__new__"), PyBuiltinFunction.newWrapper(t));
    }

    /** inherit_slots: slots t leaves empty are taken from its base. */
    static void inheritSlots(PyType t, PyType base) {
        for (SlotDef sd : DEFS) {
            if (sd.get.apply(t) != null) continue;
            if (sd.slot.equals("tp_hash") && t.getDict().getItemStr(PyStr.of("__hash__")) != null) continue;
            if (sd.slot.equals("tp_new") && t.hasFlag(PyType.DISALLOW_INSTANTIATION)) continue;
            sd.set.accept(t, sd.get.apply(base));
        }
    }

    // ---- heap types --------------------------------------------------------------------------------

    /** fixup_slot_dispatchers: computes every slot of a heap type from the dunders along its MRO. */
    static void fixupSlots(PyType t) {
        for (SlotDef sd : DEFS) updateOneSlot(t, sd);
    }

    /** update_slot: after name was set or deleted on t, recompute the affected slots of t and its subclasses. */
    static void updateSlot(PyType t, String name) {
        for (SlotDef sd : DEFS) {
            for (String d : sd.dunders) {
                if (d.equals(name)) {
                    updateRecursive(t, sd);
                    break;
                }
            }
        }
    }

    private static void updateRecursive(PyType t, SlotDef sd) {
        if (t.isHeapType()) updateOneSlot(t, sd);
        for (PyType sub : t.subclasses()) updateRecursive(sub, sd);
    }

    private static void updateOneSlot(PyType t, SlotDef sd) {
        Object specific = null;
        boolean generic = false;
        for (String dn : sd.dunders) {
            PyObject d = t.lookup(dn);
            if (d == null) continue;
            Object native_ = nativeSlotOf(sd, d);
            if (native_ != null) {
                if (specific == null || specific == native_) specific = native_;
                else generic = true;
            } else if (d == Py.None && sd.slot.equals("tp_hash")) {
                specific = null;
                generic = false;
                break;
            } else {
                generic = true;
            }
        }
        sd.set.accept(t, generic ? sd.heap : specific);
    }

    /** The builtin slot behind d when d is a wrapper for this same slot (or a builtin __new__). */
    private static Object nativeSlotOf(SlotDef sd, PyObject d) {
        if (d instanceof PyWrapperDescr w
                && (w.def == sd || w.def.slot.endsWith("_length") && sd.slot.endsWith("_length"))) return w.slot;
        if (sd.slot.equals("tp_new") && d instanceof PyBuiltinFunction bf && bf.isNewWrapper())
            return ((PyType) bf.self).tp_new;
        return null;
    }
}
