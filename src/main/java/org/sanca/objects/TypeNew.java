package org.sanca.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Creating classes: type(name, bases, dict) with metaclass selection, layout checks, C3 MRO,
 * slot dispatchers, __set_name__ and __init_subclass__.
 * CPython: Objects/typeobject.c (type_new, best_base, mro_implementation, type_new_set_names, type_new_init_subclass).
 */
final class TypeNew {
    private TypeNew() {}

    static PyObject typeNew(PyType meta, String name, PyTuple bases, PyDict ns, PyDict kwargs) {
        for (PyObject b : bases.items)
            if (!(b instanceof PyType) && Abstract.lookupAttr(b, "__mro_entries__") != null)
                throw PyErr.format(PyExc.TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
        PyType winner = calculateMetaclass(meta, bases);
        if (winner != meta && winner.tp_new != TypeObject.TYPE_NEW) {
            return winner.tp_new.call(winner, withKeywords(PyStr.of(name), bases, ns, kwargs), 0, 3,
                kwargs == null || kwargs.size() == 0 ? null : PyTuple.of(kwargs.keysArray()));
        }
        meta = winner;
        if (name.indexOf('\0') >= 0) throw PyErr.format(PyExc.ValueError, "type name must not contain null characters");
        if (bases.size() == 0) bases = PyTuple.of(PyType.OBJECT);
        PyType base = bestBase(bases);
        PyType t = new PyType(name, base, PyType.HEAPTYPE | PyType.BASETYPE);
        t.metatype = meta == PyType.TYPE ? null : meta;
        t.bases = bases;
        t.flags |= base.flags & (PyType.LONG_SUBCLASS | PyType.LIST_SUBCLASS
                | PyType.TUPLE_SUBCLASS | PyType.BYTES_SUBCLASS | PyType.UNICODE_SUBCLASS | PyType.DICT_SUBCLASS
                | PyType.BASE_EXC_SUBCLASS | PyType.TYPE_SUBCLASS | PyType.MATCH_SELF);
        PyDict dict = t.getDict();
        dict.update(ns);
        if (dict.getItemStr(PyStr.of("__module__")) == null) {
            java.util.function.Supplier<PyObject> hook = TypeObject.currentModuleName;
            PyObject mod = hook == null ? null : hook.get();
            if (mod != null) dict.setItem(PyStr.of("__module__"), mod);
        }
        setQualname(t, dict);
        wrapSpecial(dict, "__new__", false);
        wrapSpecial(dict, "__init_subclass__", true);
        wrapSpecial(dict, "__class_getitem__", true);
        boolean baseHasDict = false;
        for (PyObject b : bases.items) baseHasDict |= ((PyType) b).instanceDict;
        for (PyObject b : bases.items) t.slotCount = Math.max(t.slotCount, ((PyType) b).slotCount);
        boolean slotsWantDict = defineSlots(t, dict, baseHasDict);
        t.instanceDict = baseHasDict || slotsWantDict;
        if (t.instanceDict && !baseHasDict && dict.getItemStr(PyStr.of("__dict__")) == null)
            dict.setItem(PyStr.of("__dict__"), new PyGetSetDescr(t, "__dict__", TypeNew::getInstanceDict, TypeNew::setInstanceDict));
        if (!baseHasDict && dict.getItemStr(PyStr.of("__weakref__")) == null && solidBaseIsObject(base)
                && slotsAllowWeakref(dict))
            dict.setItem(PyStr.of("__weakref__"), new PyGetSetDescr(t, "__weakref__", o -> Py.None, null));
        if (dict.getItemStr(PyStr.of("__doc__")) == null) dict.setItem(PyStr.of("__doc__"), Py.None);
        t.mro = computeMro(t);
        inheritPatmaFlags(t);
        for (PyObject b : bases.items) ((PyType) b).addSubclass(t);
        SlotDefs.fixupSlots(t);
        if (t.tp_hash != null && dict.getItemStr(PyStr.of("__eq__")) != null && dict.getItemStr(PyStr.of("__hash__")) == null) {
            dict.setItem(PyStr.of("__hash__"), Py.None);
            t.modified();
            t.tp_hash = null;
        }
        setClassCell(t, dict);
        setNames(t);
        initSubclass(t, kwargs);
        return t;
    }

    /** inherit_patma_flags: the Sequence or Mapping flag of the first class along the MRO that has one. */
    private static void inheritPatmaFlags(PyType t) {
        long collection = PyType.SEQUENCE | PyType.MAPPING;
        for (int i = 1; i < t.mro.length && (t.flags & collection) == 0; i++) t.flags |= t.mro[i].flags & collection;
    }

    /**
     * Handles __slots__: member descriptors for the named cells (private names mangled, sorted as CPython does);
     * returns whether instances still get a __dict__ (no __slots__, or '__dict__' among them).
     */
    private static boolean defineSlots(PyType t, PyDict dict, boolean baseHasDict) {
        PyObject spec = dict.getItemStr(PyStr.of("__slots__"));
        if (spec == null) return true;
        PyObject[] names = spec instanceof PyStr ? new PyObject[] {spec} : Iterators.toArray(spec);
        if (names.length > 0 && isVarSize(t.base))
            throw PyErr.format(PyExc.TypeError, "nonempty __slots__ not supported for subtype of '%s'", t.base.name);
        boolean wantDict = false, wantWeak = false;
        java.util.List<String> members = new ArrayList<>();
        for (PyObject n : names) {
            if (!(n instanceof PyStr ns))
                throw PyErr.format(PyExc.TypeError, "__slots__ items must be strings, not '%.200s'", PyErr.typeName(n));
            String s = ns.asString();
            if (!StrMethods.isIdentifier(s)) throw PyErr.format(PyExc.TypeError, "__slots__ must be identifiers");
            if (s.equals("__dict__")) {
                if (baseHasDict || wantDict)
                    throw PyErr.format(PyExc.TypeError, "__dict__ slot disallowed: we already got one");
                wantDict = true;
                continue;
            }
            if (s.equals("__weakref__")) {
                if (wantWeak || t.base.lookup("__weakref__") != null)
                    throw PyErr.format(PyExc.TypeError,
                            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                wantWeak = true;
                continue;
            }
            String mangled = mangle(t.name, s);
            if (dict.getItemStr(PyStr.of(mangled)) != null)
                throw PyErr.format(PyExc.ValueError, "%R in __slots__ conflicts with class variable", PyStr.of(s));
            members.add(mangled);
        }
        java.util.Collections.sort(members);
        if (TypeObject.solidBase(t.base) != PyType.OBJECT) return true;
        for (String m : members) dict.setItem(PyStr.of(m), new PyMemberDescr(t, m, t.slotCount++));
        return wantDict;
    }

    /** Whether instances of t vary in size (tp_itemsize != 0): int, bytes, tuple and their subclasses. */
    static boolean isVarSize(PyType t) {
        while (t.isHeapType()) t = t.base;
        return t == PyInt.TYPE || t == PyBool.TYPE || t == PyBytes.TYPE || t == PyTuple.TYPE;
    }

    private static boolean slotsAllowWeakref(PyDict dict) {
        PyObject spec = dict.getItemStr(PyStr.of("__slots__"));
        if (spec == null) return true;
        for (PyObject n : spec instanceof PyStr ? new PyObject[] {spec} : Iterators.toArray(spec))
            if (n instanceof PyStr ns && ns.asString().equals("__weakref__")) return true;
        return false;
    }

    /** _Py_Mangle: __x in class C becomes _C__x. */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) return name;
        String c = className.replaceFirst("^_+", "");
        return c.isEmpty() ? name : "_" + c + name;
    }

    private static boolean solidBaseIsObject(PyType base) {
        return TypeObject.solidBase(base) == PyType.OBJECT;
    }

    private static PyObject getInstanceDict(PyObject o) {
        PyDict d = o.getDict();
        if (d == null) throw PyErr.format(PyExc.AttributeError, "This object has no __dict__");
        return d;
    }

    private static void setInstanceDict(PyObject o, PyObject v) {
        if (v == null) {
            o.setDict(new PyDict());
            return;
        }
        if (!(v instanceof PyDict d))
            throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '%.200s'", PyErr.typeName(v));
        o.setDict(d);
    }

    private static void setQualname(PyType t, PyDict dict) {
        PyObject q = dict.delItemIfPresent(PyStr.of("__qualname__"));
        if (q == null) return;
        if (!(q instanceof PyStr qs))
            throw PyErr.format(PyExc.TypeError, "type __qualname__ must be a str, not %s", PyErr.typeName(q));
        t.qualname = qs.value;
    }

    /** __new__ becomes a staticmethod and __init_subclass__/__class_getitem__ classmethods when plain functions. */
    private static void wrapSpecial(PyDict dict, String name, boolean classmethod) {
        PyStr key = PyStr.of(name);
        PyObject v = dict.getItemStr(key);
        if (v == null || !v.type().getName().equals("function")) return;
        dict.setItem(key, classmethod ? new PyClassMethod(v) : new PyStaticMethod(v));
    }

    /** _PyType_CalculateMetaclass. */
    /** The arguments name, bases, ns followed by the keyword arguments' values, for a vectorcall. */
    private static PyObject[] withKeywords(PyStr name, PyTuple bases, PyDict ns, PyDict kwargs) {
        int nk = kwargs == null ? 0 : kwargs.size();
        PyObject[] a = new PyObject[3 + nk];
        a[0] = name;
        a[1] = bases;
        a[2] = ns;
        int i = 3;
        if (nk > 0) {
            for (PyDict.Entry e : kwargs.entries()) a[i++] = e.value();
        }
        return a;
    }

    static PyType calculateMetaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (PyObject b : bases.items) {
            PyType bt = b.type();
            if (winner.isSubtype(bt)) continue;
            if (bt.isSubtype(winner)) {
                winner = bt;
                continue;
            }
            throw PyErr.format(PyExc.TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                    + "(non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** best_base: the base whose layout (solid base) is the most derived. */
    static PyType bestBase(PyTuple bases) {
        PyType base = null, winner = null;
        for (PyObject b : bases.items) {
            if (!(b instanceof PyType bt)) throw PyErr.format(PyExc.TypeError, "bases must be types");
            if (!bt.hasFlag(PyType.BASETYPE))
                throw PyErr.format(PyExc.TypeError, "type '%.100s' is not an acceptable base type", bt.name);
            PyType candidate = layoutBase(bt);
            if (winner == null) {
                winner = candidate;
                base = bt;
            } else if (winner.isSubtype(candidate)) {
                continue;
            } else if (candidate.isSubtype(winner)) {
                winner = candidate;
                base = bt;
            } else {
                throw PyErr.format(PyExc.TypeError, "multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }

    /** solid_base: the nearest type adding instance fields, here the heap classes that define member slots. */
    private static PyType layoutBase(PyType t) {
        while (t.isHeapType() && t.base != null && t.slotCount == t.base.slotCount) t = t.base;
        return t.isHeapType() ? t : TypeObject.solidBase(t);
    }

    /** mro_internal: a custom metaclass mro() if any, else C3 linearisation. */
    /** mro_hierarchy: recomputes the MRO of t and of its subclasses after a __bases__ change. */
    static void remro(PyType t) {
        t.mro = computeMro(t);
        t.modified();
        for (PyType sub : t.subclasses()) remro(sub);
    }

    private static PyType[] computeMro(PyType t) {
        PyType meta = t.type();
        if (meta != PyType.TYPE) {
            PyObject m = meta.lookup("mro");
            if (m != null && m != PyType.TYPE.getDict().getItemStr(PyStr.of("mro"))) {
                PyList l = PyList.fromIterable(Abstract.callMethod(t, "mro"));
                PyType[] r = new PyType[l.size()];
                for (int i = 0; i < r.length; i++) {
                    if (!(l.get(i) instanceof PyType rt))
                        throw PyErr.format(PyExc.TypeError, "mro() returned a non-class ('%.500s')", PyErr.typeName(l.get(i)));
                    r[i] = rt;
                }
                return r;
            }
        }
        return c3(t);
    }

    /** The C3 linearisation of t (mro_implementation). */
    static PyType[] c3(PyType t) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyObject b : t.bases.items) seqs.add(new ArrayList<>(List.of(((PyType) b).mro)));
        List<PyType> bl = new ArrayList<>();
        for (PyObject b : t.bases.items) {
            PyType bt = (PyType) b;
            if (bl.contains(bt)) throw PyErr.format(PyExc.TypeError, "duplicate base class %s", bt.name);
            bl.add(bt);
        }
        seqs.add(bl);
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return result.toArray(new PyType[0]);
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType c = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) if (s2.indexOf(c) > 0) inTail = true;
                if (!inTail) {
                    cand = c;
                    break;
                }
            }
            if (cand == null) throw mroError(seqs);
            result.add(cand);
            for (List<PyType> s : seqs) if (s.get(0) == cand) s.remove(0);
        }
    }

    private static PyException mroError(List<List<PyType>> seqs) {
        List<String> names = new ArrayList<>();
        for (List<PyType> s : seqs) {
            String n = s.get(0).name;
            if (!names.contains(n)) names.add(n);
        }
        return PyErr.format(PyExc.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                String.join(", ", names));
    }

    /** type_new_set_classcell: the class body's __class__ cell gets the new class (the vm's cell type). */
    private static void setClassCell(PyType t, PyDict dict) {
        PyObject cell = dict.getItemStr(PyStr.of("__classcell__"));
        if (cell == null) return;
        if (!cell.type().getName().equals("cell"))
            throw PyErr.format(PyExc.TypeError, "__classcell__ must be a nonlocal cell, not %.200R", cell.type());
        Abstract.setAttr(cell, "cell_contents", t);
        dict.delItemIfPresent(PyStr.of("__classcell__"));
        t.modified();
    }

    /** type_new_set_names: calls __set_name__ on each attribute that has one. */
    private static void setNames(PyType t) {
        for (PyDict.Entry e : t.getDict().copy().entries()) {
            PyObject setName = Abstract.lookupSpecial(e.value(), PyStr.of("__set_name__"));
            if (setName == null) continue;
            try {
                Abstract.call(setName, t, e.key());
            } catch (PyException cause) {
                PyException err = PyErr.format(PyExc.RuntimeError, "Error calling __set_name__ on '%.100s' instance %R in '%.100s'",
                        PyErr.typeName(e.value()), e.key(), t.name);
                err.value.cause = cause.value;
                err.value.context = cause.value;
                err.value.suppressContext = true;
                throw err;
            }
        }
    }

    /** type_new_init_subclass: super(t, t).__init_subclass__(**kwargs). */
    private static void initSubclass(PyType t, PyDict kwargs) {
        PyObject f = Abstract.getAttr(PySuper.of(t, t), "__init_subclass__");
        Abstract.call(f, PyTuple.EMPTY, kwargs);
    }

    /** type.mro(): C3 for heap types, the base chain for static ones. */
    static PyObject[] c3orChain(PyType t) {
        PyType[] m = t.isHeapType() ? c3(t) : t.mro;
        PyObject[] r = new PyObject[m.length];
        System.arraycopy(m, 0, r, 0, m.length);
        return r;
    }
}
