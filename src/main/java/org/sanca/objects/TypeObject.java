package org.sanca.objects;

import java.util.ArrayList;
import java.util.List;

import org.sanca.objects.Slots.*;

/**
 * The behaviour of 'object' and 'type': generic attribute access, instance creation, class creation.
 * CPython: Objects/typeobject.c (object_*, type_*, type_new, mro_internal) and Objects/object.c
 * (PyObject_GenericGetAttr, PyObject_GenericSetAttr).
 */
public final class TypeObject {
    private TypeObject() {}

    /** PyObject_GenericGetAttr as a slot value (compared by identity for fast paths). */
    public static final BinaryFunc GENERIC_GETATTR = (o, n) -> genericGetAttr(o, (PyStr) n, false);
    /** PyObject_GenericSetAttr as a slot value. */
    public static final SetFunc GENERIC_SETATTR = (o, n, v) -> genericSetAttr(o, (PyStr) n, v);
    static final NewFunc OBJECT_NEW = TypeObject::objectNew;
    static final InitFunc OBJECT_INIT = TypeObject::objectInit;
    static final NewFunc TYPE_NEW = TypeObject::typeNewSlot;

    /**
     * Supplies __name__ of the calling frame's globals for classes made by type(name, bases, dict)
     * without a __module__ (CPython's type_new_set_module); the vm sets it.
     */
    public static volatile java.util.function.Supplier<PyObject> currentModuleName;

    static PyObject lookupType(PyType t, PyStr name) {
        return t.lookup(name);
    }

    // ---- generic attribute access -------------------------------------------------------------

    /** PyObject_GenericGetAttr; returns null instead of raising AttributeError when suppress. */
    public static PyObject genericGetAttr(PyObject o, PyStr name, boolean suppress) {
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        DescrGetFunc f = null;
        if (descr != null) {
            PyType dt = descr.type();
            f = dt.tp_descr_get;
            if (f != null && dt.tp_descr_set != null) return f.get(descr, o, t);
        }
        return genericGetAttrRest(o, name, descr, f, suppress);
    }

    static PyObject genericGetAttrRest(PyObject o, PyStr name, PyObject descr, DescrGetFunc f, boolean suppress) {
        PyDict d = o.getDict();
        if (d != null) {
            PyObject v = d.getItemStr(name);
            if (v != null) return v;
        }
        if (f != null) return f.get(descr, o, o.type());
        if (descr != null) return descr;
        if (suppress) return null;
        throw noAttribute(o, name);
    }

    /** "'X' object has no attribute 'y'", with the AttributeError's name and obj set. */
    public static PyException noAttribute(PyObject o, PyStr name) {
        PyException e = PyErr.format(PyExc.AttributeError, "'%.50s' object has no attribute '%U'", PyErr.typeName(o), name);
        e.value.setAttrField("name", name);
        e.value.setAttrField("obj", o);
        return e;
    }

    /** PyObject_GenericSetAttr; value null deletes. */
    public static void genericSetAttr(PyObject o, PyStr name, PyObject value) {
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        if (descr != null) {
            SetFunc f = descr.type().tp_descr_set;
            if (f != null) {
                f.set(descr, o, value);
                return;
            }
        }
        PyDict d = o.getDict();
        if (d == null) {
            if (descr == null) throw noAttribute(o, name);
            throw PyErr.format(PyExc.AttributeError, "'%.50s' object attribute '%U' is read-only", PyErr.typeName(o), name);
        }
        if (value != null) d.setItem(name, value);
        else if (d.delItemIfPresent(name) == null) throw noAttribute(o, name);
    }

    // ---- object -------------------------------------------------------------------------------------

    private static boolean excessArgs(int nargs, PyTuple kw) {
        return nargs > 0 || (kw != null && kw.size() > 0);
    }

    private static PyObject objectNew(PyType type, PyObject[] a, int o, int n, PyTuple kw) {
        if (excessArgs(n, kw)) {
            if (type.tp_new != OBJECT_NEW)
                throw PyErr.format(PyExc.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            if (type.tp_init == OBJECT_INIT) throw PyErr.format(PyExc.TypeError, "%.200s() takes no arguments", type.name);
        }
        if (type.hasFlag(PyType.IS_ABSTRACT)) throw abstractError(type);
        return new PyInstance(type);
    }

    private static PyException abstractError(PyType type) {
        PyObject am = type.getDict().getItemStr(PyStr.of("__abstractmethods__"));
        PyList names = PyList.fromIterable(am == null ? PyTuple.EMPTY : am);
        names.sort(null, false);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) sb.append(i == 0 ? "" : ", ").append(Abstract.str(names.get(i)).value);
        return PyErr.format(PyExc.TypeError, "Can't instantiate abstract class %s with abstract method%s %s", type.name,
                names.size() > 1 ? "s" : "", sb.toString());
    }

    private static void objectInit(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        if (excessArgs(n, kw)) {
            PyType type = self.type();
            if (type.tp_init != OBJECT_INIT)
                throw PyErr.format(PyExc.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            if (type.tp_new == OBJECT_NEW)
                throw PyErr.format(PyExc.TypeError,
                        "%.200s.__init__() takes exactly one argument (the instance to initialize)", type.name);
        }
    }

    /** object.__repr__: "<module.Qualname object at 0x...>". */
    static PyStr objectRepr(PyObject self) {
        return PyStr.of("<" + self.type().fullName() + " object at " + Py.idHex(self) + ">");
    }

    private static PyObject objectRichCompare(PyObject self, PyObject other, int op) {
        if (op == Abstract.EQ) return self == other ? Py.True : Py.NotImplemented;
        if (op == Abstract.NE) {
            RichCmpFunc f = self.type().tp_richcompare;
            if (f == null) return Py.NotImplemented;
            PyObject r = f.compare(self, other, Abstract.EQ);
            if (r == Py.NotImplemented) return r;
            return PyBool.of(!Abstract.isTrue(r));
        }
        return Py.NotImplemented;
    }

    private static void setClass(PyObject self, PyObject value) {
        if (value == null) throw PyErr.format(PyExc.TypeError, "can't delete __class__ attribute");
        if (!(value instanceof PyType nt))
            throw PyErr.format(PyExc.TypeError, "__class__ must be set to a class, not '%s' object", PyErr.typeName(value));
        PyType old = self.type();
        boolean modules = nt.isSubtype(PyModule.TYPE) && old.isSubtype(PyModule.TYPE);
        if (!modules && (!nt.isHeapType() || !old.isHeapType()))
            throw PyErr.format(PyExc.TypeError,
                    "__class__ assignment only supported for mutable types or ModuleType subclasses");
        boolean assignable = self instanceof PyInstance || self instanceof PyModule || self instanceof PyType;
        if (!assignable || solidBase(nt) != solidBase(old) || !modules && nt.instanceDict != old.instanceDict
                || !slotLayout(nt).equals(slotLayout(old)))
            throw PyErr.format(PyExc.TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt.name,
                    old.name);
        if (self instanceof PyInstance inst) inst.setType(nt);
        else if (self instanceof PyModule m) m.type = nt;
        else ((PyType) self).metatype = nt == PyType.TYPE ? null : nt;
    }

    /** The member slots instances of t carry, by index (same_slots_added compares these). */
    private static java.util.List<String> slotLayout(PyType t) {
        String[] names = new String[t.slotCount];
        for (PyType m : t.mro)
            for (PyDict.Entry e : m.getDict().entries())
                if (e.value() instanceof PyMemberDescr md && md.owner == m && md.index < names.length) names[md.index] = md.name;
        return java.util.Arrays.asList(names);
    }

    private static PyObject objectDir(PyObject self) {
        PyDict result = new PyDict();
        PyDict d = self.getDict();
        if (d != null) result.update(d);
        PyObject cls = Abstract.lookupAttr(self, "__class__");
        if (cls instanceof PyType) mergeClassDict(result, cls);
        return PyList.fromIterable(result);
    }

    private static void mergeClassDict(PyDict result, PyObject cls) {
        PyObject d = Abstract.lookupAttr(cls, "__dict__");
        if (d != null) {
            PyObject keys = Abstract.callMethod(d, "keys");
            for (PyObject it = Abstract.getIter(keys), k; (k = Abstract.next(it)) != null; ) result.setItem(k, Py.None);
        }
        PyObject bases = Abstract.lookupAttr(cls, "__bases__");
        if (bases instanceof PyTuple bt) for (PyObject b : bt.items) mergeClassDict(result, b);
    }

    private static void initObject() {
        PyType t = PyType.OBJECT;
        t.tp_getattro = GENERIC_GETATTR;
        t.tp_setattro = GENERIC_SETATTR;
        t.tp_repr = TypeObject::objectRepr;
        t.tp_str = o -> o.type().tp_repr.call(o);
        t.tp_hash = Py::identityHash;
        t.tp_richcompare = TypeObject::objectRichCompare;
        t.tp_new = OBJECT_NEW;
        t.tp_init = OBJECT_INIT;
        t.addGetSet("__class__", PyObject::type, TypeObject::setClass);
        t.addMethod("__format__", (MethO) (self, spec) -> {
            if (!(spec instanceof PyStr s))
                throw PyErr.format(PyExc.TypeError, "__format__() argument must be str, not %.200s", PyErr.typeName(spec));
            if (!s.isEmpty())
                throw PyErr.format(PyExc.TypeError, "unsupported format string passed to %.200s.__format__",
                        self.type().name);
            return Abstract.str(self);
        });
        t.addMethod("__dir__", (MethNoArgs) TypeObject::objectDir);
        t.addMethod("__sizeof__", (MethNoArgs) self -> PyInt.of(16));
        t.addMethod("__reduce_ex__", (MethO) (self, proto) -> Reduce.reduceEx(self, proto));
        t.addMethod("__reduce__", (MethNoArgs) self -> Reduce.reduceEx(self, PyInt.of(0)));
        t.addMethod("__getstate__", (MethNoArgs) Reduce::getState);
        t.addClassMethod("__init_subclass__", (self, a, o, n, k) -> {
            if (k != null && k.size() > 0)
                throw PyErr.format(PyExc.TypeError, "%s.__init_subclass__() takes no keyword arguments",
                        ((PyType) self).name);
            if (n > 0)
                throw PyErr.format(PyExc.TypeError, "%s.__init_subclass__() takes no arguments (%d given)",
                        ((PyType) self).name, n);
            return Py.None;
        });
        t.addClassMethod("__subclasshook__", (self, a, o, n, k) -> Py.NotImplemented);
        t.put("__doc__", PyStr.of("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
                + "and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
        t.ready();
    }

    // ---- type -------------------------------------------------------------------------------------

    /** type_getattro: meta data descriptors, then the class MRO, then meta attributes. */
    static PyObject typeGetAttr(PyObject self, PyObject nameObj) {
        PyType type = (PyType) self;
        PyStr name = (PyStr) nameObj;
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        DescrGetFunc metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type().tp_descr_get;
            if (metaGet != null && metaAttr.type().tp_descr_set != null) return metaGet.get(metaAttr, type, meta);
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            DescrGetFunc f = attr.type().tp_descr_get;
            return f == null ? attr : f.get(attr, null, type);
        }
        if (metaGet != null) return metaGet.get(metaAttr, type, meta);
        if (metaAttr != null) return metaAttr;
        PyException e = PyErr.format(PyExc.AttributeError, "type object '%.50s' has no attribute '%U'", type.name, name);
        e.value.setAttrField("name", name);
        e.value.setAttrField("obj", type);
        return throwIt(e);
    }

    private static PyObject throwIt(PyException e) {
        throw e;
    }

    /** type_setattro: only heap types; keeps the slots and lookup caches in step. */
    static void typeSetAttr(PyObject self, PyObject nameObj, PyObject value) {
        PyType type = (PyType) self;
        PyStr name = (PyStr) nameObj;
        if (!type.isHeapType())
            throw PyErr.format(PyExc.TypeError, "cannot set '%U' attribute of immutable type '%s'", name, type.name);
        PyType meta = type.type();
        PyObject descr = meta.lookup(name);
        PyObject old = type.getDict().getItemStr(name);
        if (descr != null && descr.type().tp_descr_set != null) {
            descr.type().tp_descr_set.set(descr, type, value);
        } else if (value != null) {
            type.getDict().setItem(name, value);
        } else if (type.getDict().delItemIfPresent(name) == null) {
            throw PyErr.format(PyExc.AttributeError, "type object '%.50s' has no attribute '%U'", type.name, name);
        }
        String s = name.value;
        boolean dunder = s.length() > 4 && s.startsWith("__") && s.endsWith("__");
        if (!dunder && PyType.isPlainValue(old) && PyType.isPlainValue(value)) {
            type.valueModified(name); // e.g. a class counter: what the vm's attribute caches assume holds
        } else {
            type.modified();
        }
        if (dunder) SlotDefs.updateSlot(type, s);
    }

    /**
     * type_call: type(x), or tp_new then tp_init. A class, being a heap type, has no vectorcall: its call is one
     * guarded recursion level, as _PyObject_MakeTpCall makes it.
     */
    static PyObject typeCall(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        PyType type = (PyType) self;
        if (type == PyType.TYPE && n == 1 && (kw == null || kw.size() == 0)) return a[o].type();
        if (!type.isHeapType() && !withoutVectorcall(type)) return construct(type, a, o, n, kw);
        RecursionGuard g = RecursionGuard.current();
        g.enter(RecursionGuard.CALL);
        try {
            return construct(type, a, o, n, kw);
        } finally {
            g.leave();
        }
    }

    /** The builtin types 3.11 calls through _PyObject_MakeTpCall, as classes: they have no vectorcall. */
    private static boolean withoutVectorcall(PyType type) {
        return type == PyInt.TYPE || type == PyType.OBJECT || type == PyBytes.TYPE || type == PySlice.TYPE;
    }

    /** type_call's body: tp_new, then tp_init when it made an instance of type. */
    private static PyObject construct(PyType type, PyObject[] a, int o, int n, PyTuple kw) {
        if (type.tp_new == null) throw PyErr.format(PyExc.TypeError, "cannot create '%s' instances", type.fullName());
        if (type == PyType.TYPE && n != 3) {
            if (n != 1) throw PyErr.format(PyExc.TypeError, "type() takes 1 or 3 arguments");
            if (kw != null && kw.size() > 0) throw PyErr.format(PyExc.TypeError, "type() takes no keyword arguments");
            return a[o].type();
        }
        PyObject obj = type.tp_new.call(type, a, o, n, kw);
        if (!obj.type().isSubtype(type)) return obj;
        InitFunc init = obj.type().tp_init;
        if (init != null) init.init(obj, a, o, n, kw);
        return obj;
    }

    private static PyObject typeNewSlot(PyType meta, PyObject[] a, int o, int n, PyTuple kw) {
        if (n != 3) throw PyErr.format(PyExc.TypeError, "type.__new__() takes exactly 3 arguments (%d given)", n);
        if (!(a[o] instanceof PyStr name))
            throw PyErr.format(PyExc.TypeError, "type.__new__() argument 1 must be str, not %s", PyErr.typeName(a[o]));
        if (!(a[o + 1] instanceof PyTuple bases))
            throw PyErr.format(PyExc.TypeError, "type.__new__() argument 2 must be tuple, not %s", PyErr.typeName(a[o + 1]));
        if (!(a[o + 2] instanceof PyDict dict))
            throw PyErr.format(PyExc.TypeError, "type.__new__() argument 3 must be dict, not %s", PyErr.typeName(a[o + 2]));
        PyDict kwargs = Args.kwargs(a, o, n, kw);
        return TypeNew.typeNew(meta, name.value, bases, dict, kwargs);
    }

    /** type(name, bases, dict) from Java: creates a heap type with metatype type. */
    public static PyType newType(String name, PyTuple bases, PyDict dict) {
        return (PyType) TypeNew.typeNew(PyType.TYPE, name, bases, dict, null);
    }

    /** solid_base: the nearest static type along the base chain, which fixes the instance layout. */
    static PyType solidBase(PyType t) {
        while (t.isHeapType() || sharesBaseLayout(t)) t = t.base;
        return t;
    }

    /**
     * Whether a builtin exception type adds no fields to its base's instances (LookupError, SystemError, ...), so
     * that, as in CPython, it is no solid base of its own and class E(LookupError, SystemError) is allowed.
     */
    private static boolean sharesBaseLayout(PyType t) {
        if (!t.hasFlag(PyType.BASE_EXC_SUBCLASS) || t == PyExc.BaseException) return false;
        for (PyType solid : new PyType[] {PyExc.SystemExit, PyExc.ImportError, PyExc.OSError, PyExc.SyntaxError,
            PyExc.UnicodeError, PyExc.StopIteration, PyExc.NameError, PyExc.AttributeError, PyExc.BaseExceptionGroup})
            if (t == solid) return false;
        return true;
    }

    static PyObject mroEntry(PyType type) {
        List<PyObject> l = new ArrayList<>();
        for (PyType t : type.mro) l.add(t);
        return new PyTuple(l.toArray(new PyObject[0]));
    }

    private static void initType() {
        PyType t = PyType.TYPE;
        t.tp_getattro = TypeObject::typeGetAttr;
        t.tp_setattro = TypeObject::typeSetAttr;
        t.tp_call = TypeObject::typeCall;
        t.tp_new = TYPE_NEW;
        t.tp_init = (self, a, o, n, kw) -> {
            if (n != 1 && n != 3) throw PyErr.format(PyExc.TypeError, "type.__init__() takes 1 or 3 arguments");
        };
        t.tp_repr = o -> PyStr.of(o.toString());
        t.tp_hash = Py::identityHash;
        t.tp_richcompare = TypeObject::objectRichCompare;
        t.nb[PyNumber.OR] = (v, w) -> PyUnion.or(v, w);
        TypeAttrs.init(t);
        t.ready();
    }

    /** Sets up object and type (called once, when PyType is initialised). */
    static void init() {
        PyType.OBJECT.mro = new PyType[] {PyType.OBJECT};
        PyType.TYPE.mro = new PyType[] {PyType.TYPE, PyType.OBJECT};
        PyType.OBJECT.tp_getattro = GENERIC_GETATTR;
        PyType.TYPE.tp_getattro = TypeObject::typeGetAttr;
        initObject();
        initType();
    }
}
