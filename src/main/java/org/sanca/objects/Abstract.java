package org.sanca.objects;

import java.util.IdentityHashMap;

/**
 * The object protocol: attributes, calls, comparison, truth, repr/str/hash, items, iteration.
 * CPython: Objects/object.c and Objects/abstract.c (PyObject_*, PyIter_*, PySequence_Contains).
 */
public final class Abstract {
    private Abstract() {}

    /** Rich comparison operators, as CPython's Py_LT .. Py_GE (COMPARE_OP's oparg). */
    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};
    private static final String[] OP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final PyObject[] NO_ARGS = new PyObject[0];
    private static final PyStr FORMAT = new PyStr("__format__");

    // ---- attributes ------------------------------------------------------------------------

    /** PyObject_GetAttr: an AttributeError raised on the way gets name and obj (for suggestions). */
    public static PyObject getAttr(PyObject o, PyStr name) {
        try {
            return o.type().tp_getattro.call(o, name);
        } catch (PyException e) {
            throw ExcKinds.attributeErrorContext(e, o, name);
        }
    }

    public static PyObject getAttr(PyObject o, String name) {
        return getAttr(o, PyStr.of(name));
    }

    /** _PyObject_LookupAttr: the attribute, or null when it raises AttributeError. */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        PyType t = o.type();
        try {
            if (t.tp_getattro == TypeObject.GENERIC_GETATTR) return TypeObject.genericGetAttr(o, name, true);
            return t.tp_getattro.call(o, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) return null;
            throw e;
        }
    }

    public static PyObject lookupAttr(PyObject o, String name) {
        return lookupAttr(o, PyStr.of(name));
    }

    /** hasattr(o, name). */
    public static boolean hasAttr(PyObject o, PyStr name) {
        return lookupAttr(o, name) != null;
    }

    /** PyObject_SetAttr. */
    public static void setAttr(PyObject o, PyStr name, PyObject value) {
        PyType t = o.type();
        if (t.tp_setattro == null) throw readOnlyAttrError(o, name, value == null);
        t.tp_setattro.set(o, name, value);
    }

    public static void setAttr(PyObject o, String name, PyObject value) {
        setAttr(o, PyStr.of(name), value);
    }

    /** PyObject_DelAttr. */
    public static void delAttr(PyObject o, PyStr name) {
        setAttr(o, name, null);
    }

    private static PyException readOnlyAttrError(PyObject o, PyStr name, boolean del) {
        if (TypeObject.lookupType(o.type(), name) == null)
            return PyErr.format(PyExc.AttributeError, "'%.100s' object has no attribute '%U'", PyErr.typeName(o), name);
        return PyErr.format(PyExc.AttributeError, "'%.100s' object attribute '%U' is read-only", PyErr.typeName(o), name);
    }

    /** _PyObject_LookupSpecial: a dunder looked up on the type and bound to o, or null. */
    public static PyObject lookupSpecial(PyObject o, PyStr name) {
        PyObject d = o.type().lookup(name);
        if (d == null) return null;
        Slots.DescrGetFunc f = d.type().tp_descr_get;
        return f == null ? d : f.get(d, o, o.type());
    }

    /**
     * _PyObject_GetMethod: looks up name on o for a method call. When the attribute is a
     * method-like descriptor found on the type (its type has METHOD_DESCRIPTOR), stores the
     * unbound descriptor in out[0] and returns true (call it with o prepended); otherwise stores
     * the ordinary attribute value and returns false.
     */
    public static boolean getMethod(PyObject o, PyStr name, PyObject[] out) {
        PyType t = o.type();
        if (t.tp_getattro != TypeObject.GENERIC_GETATTR) {
            out[0] = getAttr(o, name);
            return false;
        }
        PyObject descr = t.lookup(name);
        Slots.DescrGetFunc f = null;
        if (descr != null) {
            PyType dt = descr.type();
            if (dt.hasFlag(PyType.METHOD_DESCRIPTOR)) {
                PyDict d = o.getDict();
                PyObject v = d == null ? null : d.getItemStr(name);
                if (v != null) {
                    out[0] = v;
                    return false;
                }
                out[0] = descr;
                return true;
            }
            f = dt.tp_descr_get;
            if (f != null && dt.tp_descr_set != null) {
                out[0] = f.get(descr, o, t);
                return false;
            }
        }
        out[0] = TypeObject.genericGetAttrRest(o, name, descr, f, false);
        return false;
    }

    /** Calls the method name of o with the given positional arguments. */
    public static PyObject callMethod(PyObject o, String name, PyObject... args) {
        PyObject[] m = new PyObject[1];
        if (getMethod(o, PyStr.of(name), m)) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = o;
            System.arraycopy(args, 0, a, 1, args.length);
            return call(m[0], a, 0, a.length, null);
        }
        return call(m[0], args, 0, args.length, null);
    }

    // ---- calls -------------------------------------------------------------------------------

    /** The vectorcall protocol: positional args[offset..offset+nargs), then keyword values. */
    public static PyObject call(PyObject callable, PyObject[] args, int offset, int nargs, PyTuple kwnames) {
        Slots.CallFunc f = callable.type().tp_call;
        if (f == null) throw PyErr.format(PyExc.TypeError, "'%.200s' object is not callable", PyErr.typeName(callable));
        return f.call(callable, args, offset, nargs, kwnames);
    }

    /** Calls with positional arguments only. */
    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, 0, args.length, null);
    }

    /** Calls with no arguments. */
    public static PyObject call(PyObject callable) {
        return call(callable, NO_ARGS, 0, 0, null);
    }

    /** PyObject_Call: positional tuple and keyword dict (either may be null). */
    public static PyObject call(PyObject callable, PyTuple args, PyDict kwargs) {
        int n = args == null ? 0 : args.size();
        if (kwargs == null || kwargs.size() == 0) return call(callable, args == null ? NO_ARGS : args.items, 0, n, null);
        int nk = kwargs.size();
        PyObject[] a = new PyObject[n + nk];
        PyObject[] names = new PyObject[nk];
        if (n > 0) System.arraycopy(args.items, 0, a, 0, n);
        int i = 0;
        for (PyDict.Entry e : kwargs.entries()) {
            if (!(e.key() instanceof PyStr)) throw PyErr.format(PyExc.TypeError, "keywords must be strings");
            names[i] = e.key();
            a[n + i++] = e.value();
        }
        return call(callable, a, 0, n, new PyTuple(names));
    }

    // ---- repr, str, hash, truth --------------------------------------------------------------

    /** PyObject_Repr. */
    public static PyStr repr(PyObject o) {
        RecursionGuard g = RecursionGuard.current();
        g.enter(" while getting the repr of an object");
        PyObject r;
        try {
            r = o.type().tp_repr.call(o);
        } finally {
            g.leave();
        }
        if (r instanceof PyStr s) return s;
        throw PyErr.format(PyExc.TypeError, "__repr__ returned non-string (type %.200s)", PyErr.typeName(r));
    }

    /** PyObject_Str. */
    public static PyStr str(PyObject o) {
        if (o.getClass() == PyStr.class) return (PyStr) o;
        RecursionGuard g = RecursionGuard.current();
        g.enter(" while getting the str of an object");
        PyObject r;
        try {
            r = o.type().tp_str.call(o);
        } finally {
            g.leave();
        }
        if (r instanceof PyStr s) return s;
        throw PyErr.format(PyExc.TypeError, "__str__ returned non-string (type %.200s)", PyErr.typeName(r));
    }

    /** PyObject_ASCII: repr with non-ASCII characters escaped. */
    public static PyStr ascii(PyObject o) {
        return PyStr.of(StrRepr.asciiEscape(repr(o).value));
    }

    /** PyObject_Hash. */
    public static long hash(PyObject o) {
        if (o.getClass() == PyStr.class) return ((PyStr) o).hash();
        Slots.HashFunc f = o.type().tp_hash;
        if (f == null) throw unhashable(o);
        return f.hash(o);
    }

    /** PyObject_HashNotImplemented's error. */
    public static PyException unhashable(PyObject o) {
        return PyErr.format(PyExc.TypeError, "unhashable type: '%.200s'", PyErr.typeName(o));
    }

    /** PyObject_IsTrue. */
    public static boolean isTrue(PyObject o) {
        if (o == Py.True) return true;
        if (o == Py.False || o == Py.None) return false;
        PyType t = o.type();
        if (t.nb_bool != null) return t.nb_bool.test(o);
        if (t.mp_length != null) return t.mp_length.len(o) != 0;
        if (t.sq_length != null) return t.sq_length.len(o) != 0;
        return true;
    }

    /** PyObject_Size. */
    public static int len(PyObject o) {
        PyType t = o.type();
        if (t.sq_length != null) return t.sq_length.len(o);
        if (t.mp_length != null) return t.mp_length.len(o);
        throw PyErr.format(PyExc.TypeError, "object of type '%.200s' has no len()", PyErr.typeName(o));
    }

    /** PyObject_Format: format(o, spec). */
    public static PyStr format(PyObject o, PyStr spec) {
        if (spec.isEmpty()) {
            if (o.getClass() == PyStr.class) return (PyStr) o;
            if (o.getClass() == PyInt.class || o.getClass() == PyFloat.class) {
                RecursionGuard g = RecursionGuard.current();
                g.enter(o.getClass() == PyInt.class ? " while getting the str of an object" : RecursionGuard.CALL);
                try {
                    return PyStr.of(o.getClass() == PyInt.class ? IntOps.toDecimal((PyInt) o)
                        : FloatFormat.repr(((PyFloat) o).value));
                } finally {
                    g.leave();
                }
            }
        }
        if (o.getClass() == PyInt.class || o.getClass() == PyFloat.class) {
            // int.__format__ and float.__format__ called straight away: one guarded level, as the
            // bound METH_O method's vectorcall counts it
            RecursionGuard g = RecursionGuard.current();
            g.enter(RecursionGuard.CALL);
            try {
                return o.getClass() == PyInt.class ? FormatSpec.formatInt((PyInt) o, spec)
                    : FormatSpec.formatFloat(((PyFloat) o).value, spec);
            } finally {
                g.leave();
            }
        }
        PyObject meth = lookupSpecial(o, FORMAT);
        if (meth == null)
            throw PyErr.format(PyExc.TypeError, "Type %.100s doesn't define __format__", PyErr.typeName(o));
        PyObject r = call(meth, spec);
        if (r instanceof PyStr s) return s;
        throw PyErr.format(PyExc.TypeError, "__format__ must return a str, not %.200s", PyErr.typeName(r));
    }

    // ---- comparison ---------------------------------------------------------------------------

    /** PyObject_RichCompare: do_richcompare as one guarded recursion level (" in comparison"). */
    public static PyObject richCompare(PyObject v, PyObject w, int op) {
        RecursionGuard g = RecursionGuard.current();
        g.enter(RecursionGuard.COMPARISON);
        try {
            return doRichCompare(v, w, op);
        } finally {
            g.leave();
        }
    }

    /** do_richcompare: the reflected-operand rules. */
    private static PyObject doRichCompare(PyObject v, PyObject w, int op) {
        PyType vt = v.type(), wt = w.type();
        boolean checkedReverse = false;
        PyObject res;
        if (vt != wt && wt.isSubtype(vt) && wt.tp_richcompare != null) {
            checkedReverse = true;
            res = wt.tp_richcompare.compare(w, v, SWAPPED[op]);
            if (res != Py.NotImplemented) return res;
        }
        if (vt.tp_richcompare != null) {
            res = vt.tp_richcompare.compare(v, w, op);
            if (res != Py.NotImplemented) return res;
        }
        if (!checkedReverse && wt.tp_richcompare != null) {
            res = wt.tp_richcompare.compare(w, v, SWAPPED[op]);
            if (res != Py.NotImplemented) return res;
        }
        if (op == EQ) return PyBool.of(v == w);
        if (op == NE) return PyBool.of(v != w);
        throw PyErr.format(PyExc.TypeError, "'%s' not supported between instances of '%.100s' and '%.100s'",
                OP_SYMBOLS[op], vt.getName(), wt.getName());
    }

    /** PyObject_RichCompareBool: with the identity shortcut for == and != (as containers use). */
    public static boolean richCompareBool(PyObject v, PyObject w, int op) {
        if (v == w) {
            if (op == EQ) return true;
            if (op == NE) return false;
        }
        PyObject r = richCompare(v, w, op);
        return r == Py.True || (r != Py.False && isTrue(r));
    }

    /** v == w for containers: identity first, then __eq__. */
    public static boolean equals(PyObject v, PyObject w) {
        if (v == w) return true;
        Class<?> vc = v.getClass();
        if (vc == w.getClass()) {
            if (vc == PyStr.class) return ((PyStr) v).sameText((PyStr) w);
            if (vc == PyInt.class) return ((PyInt) v).sameValue((PyInt) w);
        }
        return richCompareBool(v, w, EQ);
    }

    // ---- items ---------------------------------------------------------------------------------

    /** PyObject_GetItem: o[key]. */
    public static PyObject getItem(PyObject o, PyObject key) {
        PyType t = o.type();
        if (t.mp_subscript != null) return t.mp_subscript.call(o, key);
        if (o instanceof PyType ct) {
            if (ct == PyType.TYPE) return PyGenericAlias.of(ct, key);
            PyObject meth = lookupAttr(o, PyStr.of("__class_getitem__"));
            if (meth != null) return call(meth, key);
            throw PyErr.format(PyExc.TypeError, "type '%.200s' is not subscriptable", ct.getName());
        }
        throw PyErr.format(PyExc.TypeError, "'%.200s' object is not subscriptable", PyErr.typeName(o));
    }

    /** PyObject_SetItem: o[key] = value. */
    public static void setItem(PyObject o, PyObject key, PyObject value) {
        Slots.SetFunc f = o.type().mp_ass_subscript;
        if (f == null)
            throw PyErr.format(PyExc.TypeError, "'%.200s' object does not support item assignment", PyErr.typeName(o));
        f.set(o, key, value);
    }

    /** PyObject_DelItem: del o[key]. */
    /** PyMapping_Keys for a non-dict: the list keys() returns, given the bound keys method. */
    public static PyObject[] mappingKeys(PyObject o, PyObject keysMeth) {
        PyObject out = call(keysMeth);
        PyObject it = getIterOrNull(out);
        if (it == null)
            throw PyErr.format(PyExc.TypeError, "%.200s.keys() returned a non-iterable (type %.200s)",
                    o.type().name, PyErr.typeName(out));
        return Iterators.toArray(it);
    }

    public static void delItem(PyObject o, PyObject key) {
        Slots.SetFunc f = o.type().mp_ass_subscript;
        if (f == null) {
            if (o.type().mp_subscript == null)
                throw PyErr.format(PyExc.TypeError, "'%.200s' object does not support item deletion", PyErr.typeName(o));
            throw PyErr.format(PyExc.TypeError, "'%.200s' object doesn't support item deletion", PyErr.typeName(o));
        }
        f.set(o, key, null);
    }

    /** PySequence_Contains: item in o. */
    public static boolean contains(PyObject o, PyObject item) {
        Slots.ContainsFunc f = o.type().sq_contains;
        if (f != null) return f.contains(o, item);
        return iterSearch(o, item);
    }

    /** _PySequence_IterSearch for 'in': iterates o comparing with item. */
    static boolean iterSearch(PyObject o, PyObject item) {
        PyObject it;
        try {
            it = getIterOrNull(o);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) throw e;
            it = null;
        }
        if (it == null)
            throw PyErr.format(PyExc.TypeError, "argument of type '%.200s' is not iterable", PyErr.typeName(o));
        for (PyObject x; (x = next(it)) != null; ) if (equals(x, item)) return true;
        return false;
    }

    /** PyObject_LengthHint: len(o), else o.__length_hint__(), else dflt. */
    public static long lengthHint(PyObject o, long dflt) {
        if (o.type().sq_length != null || o.type().mp_length != null) {
            try {
                return len(o);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) throw e;
            }
        }
        PyObject hint = lookupSpecial(o, PyStr.of("__length_hint__"));
        if (hint == null) return dflt;
        PyObject r;
        try {
            r = call(hint);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) throw e;
            return dflt;
        }
        if (r == Py.NotImplemented) return dflt;
        if (!(r instanceof PyInt ri))
            throw PyErr.format(PyExc.TypeError, "__length_hint__ must be an integer, not %.100s", PyErr.typeName(r));
        long v = PyNumber.asSize(ri, PyExc.OverflowError);
        if (v < 0) throw PyErr.format(PyExc.ValueError, "__length_hint__() should return >= 0");
        return v;
    }

    // ---- iteration ------------------------------------------------------------------------------

    /** PyObject_GetIter: iter(o). */
    public static PyObject getIter(PyObject o) {
        PyObject it = getIterOrNull(o);
        if (it == null) throw PyErr.format(PyExc.TypeError, "'%.200s' object is not iterable", PyErr.typeName(o));
        return it;
    }

    private static PyObject getIterOrNull(PyObject o) {
        PyType t = o.type();
        Slots.UnaryFunc f = t.tp_iter;
        if (f == null) {
            if (t.mp_subscript != null && !(o instanceof PyDict)) return new PySeqIter(o);
            return null;
        }
        PyObject it = f.call(o);
        if (it.type().tp_iternext == null)
            throw PyErr.format(PyExc.TypeError, "iter() returned non-iterator of type '%.100s'", PyErr.typeName(it));
        return it;
    }

    /** PyIter_Next: the next item, or null when the iterator is exhausted. */
    public static PyObject next(PyObject it) {
        Slots.UnaryFunc f = it.type().tp_iternext;
        if (f == null) throw PyErr.format(PyExc.TypeError, "'%.200s' object is not an iterator", PyErr.typeName(it));
        return f.call(it);
    }

    /** Whether o is an iterator (PyIter_Check). */
    public static boolean isIterator(PyObject o) {
        return o.type().tp_iternext != null;
    }

    // ---- isinstance / issubclass ---------------------------------------------------------------

    /** PyObject_IsInstance: isinstance(inst, cls), honouring __instancecheck__. */
    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.type() == cls) return true;
        if (cls.getClass() == PyType.class && cls.type() == PyType.TYPE) return recursiveIsInstance(inst, cls);
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items) if (isInstance(inst, c)) return true;
            return false;
        }
        PyObject checker = lookupSpecial(cls, PyStr.of("__instancecheck__"));
        if (checker != null) return RecursionGuard.guarded(" in __instancecheck__", () -> isTrue(call(checker, inst)));
        return recursiveIsInstance(inst, cls);
    }

    /** object_isinstance: the check without __instancecheck__. */
    public static boolean recursiveIsInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType ct) {
            if (inst.type().isSubtype(ct)) return true;
            PyObject c = lookupAttr(inst, PyStr.of("__class__"));
            return c != null && c != inst.type() && c instanceof PyType cc && cc.isSubtype(ct);
        }
        checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        PyObject c = lookupAttr(inst, PyStr.of("__class__"));
        return c != null && abstractIsSubclass(c, cls);
    }

    /** PyObject_IsSubclass: issubclass(derived, cls), honouring __subclasscheck__. */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls.getClass() == PyType.class && cls.type() == PyType.TYPE && derived instanceof PyType dt)
            return dt.isSubtype((PyType) cls);
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items) if (isSubclass(derived, c)) return true;
            return false;
        }
        PyObject checker = lookupSpecial(cls, PyStr.of("__subclasscheck__"));
        if (checker != null) return RecursionGuard.guarded(" in __subclasscheck__", () -> isTrue(call(checker, derived)));
        return recursiveIsSubclass(derived, cls);
    }

    /** object_issubclass: the check without __subclasscheck__. */
    public static boolean recursiveIsSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType ct && derived instanceof PyType dt) return dt.isSubtype(ct);
        checkClass(derived, "issubclass() arg 1 must be a class");
        checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return abstractIsSubclass(derived, cls);
    }

    private static void checkClass(PyObject cls, String msg) {
        if (cls instanceof PyType) return;
        if (lookupAttr(cls, PyStr.of("__bases__")) instanceof PyTuple) return;
        throw PyErr.format(PyExc.TypeError, msg);
    }

    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        if (derived == cls) return true;
        if (!(lookupAttr(derived, PyStr.of("__bases__")) instanceof PyTuple bases)) return false;
        for (PyObject b : bases.items) if (abstractIsSubclass(b, cls)) return true;
        return false;
    }

    // ---- recursion guard for container reprs --------------------------------------------------

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> REPR_STACK =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Py_ReprEnter: false when o is already being repr'd on this thread (then print "..."). */
    public static boolean reprEnter(PyObject o) {
        return REPR_STACK.get().put(o, Boolean.TRUE) == null;
    }

    /** Py_ReprLeave. */
    public static void reprLeave(PyObject o) {
        REPR_STACK.get().remove(o);
    }
}
