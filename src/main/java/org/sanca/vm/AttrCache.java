package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.DescrGetFunc;
import org.sanca.objects.TypeObject;

/**
 * Inline caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR: what the owner's type holds under the
 * name, remembered per instruction with the type's version tag, so a hit skips the MRO lookup.
 * CPython: Python/specialize.c (LOAD_ATTR_INSTANCE_VALUE / _WITH_HINT, LOAD_METHOD_WITH_DICT /
 * _NO_DICT, STORE_ATTR_INSTANCE_VALUE) and the type attribute cache of Objects/typeobject.c.
 *
 * <p>An entry is made only for types using object's generic getattr/setattr, and only when the
 * type holds nothing under the name or a descriptor whose type is built in (a function, a slot
 * member, a property...): those descriptor types cannot change, so the owner's version tag
 * guards everything the entry assumes. Entries are immutable and replaced whole on a miss.
 */
final class AttrCache {
    private AttrCache() {}

    /** Entries kept per instruction: sites that see a few types keep one entry each. */
    private static final int WAYS = 4;

    /**
     * What {@code type} (at {@code version}) holds under an instruction's name: {@code descr}
     * (null when absent), its __get__, whether it is a data descriptor (which wins over the
     * instance dict), whether it is a method descriptor (which LOAD_METHOD leaves unbound), or
     * that the name takes the generic path on this type (a plain class value, a descriptor of a
     * Python class, a type with its own getattr/setattr). {@code next} chains the site's other
     * types' entries.
     */
    record Entry(PyType type, int version, PyObject descr, DescrGetFunc get, boolean data, boolean method,
                 boolean generic, Entry next) {}

    /** The site's entry for t, valid at t's current version tag, or null. */
    private static Entry find(ExecCode x, int at, PyType t) {
        int version = t.versionTag();
        for (Entry e = x.attrEntry(at); e != null; e = e.next) {
            if (e.type == t) return e.version == version ? e : null;
        }
        return null;
    }

    /**
     * A plain module's attribute from its dict (what module_getattro finds first for any name
     * that is not a dunder: module's own attributes are all dunders), or null.
     */
    private static PyObject moduleAttr(PyObject o, PyStr name) {
        if (o.getClass() != PyModule.class || o.type() != PyModule.TYPE) return null;
        PyObject v = ((PyModule) o).getDict().getItemStr(name);
        return v == null || name.asString().startsWith("__") ? null : v;
    }

    /** LOAD_ATTR: owner.name. */
    static PyObject load(ExecCode x, int at, PyObject o, PyStr name) {
        PyObject m = moduleAttr(o, name);
        if (m != null) return m;
        PyType t = o.type();
        Entry e = find(x, at, t);
        if (e == null) e = remember(x, at, t, name, t.tp_getattro == TypeObject.GENERIC_GETATTR);
        if (e.generic) return Abstract.getAttr(o, name);
        if (e.data) return e.get.get(e.descr, o, t);
        PyDict d = o.getDict();
        if (d != null) {
            PyObject v = d.getItemStr(name);
            if (v != null) return v;
        }
        if (e.get != null) return e.get.get(e.descr, o, t);
        if (e.descr != null) return e.descr;
        return Abstract.getAttr(o, name);
    }

    /**
     * LOAD_METHOD: leaves {@code method, self} when the type holds a method descriptor the
     * instance does not shadow, else {@code NULL, attr}; returns the new stack pointer.
     */
    static int loadMethod(ExecCode x, int at, PyObject[] s, int sp, PyStr name) {
        PyObject o = s[sp - 1];
        PyObject m = moduleAttr(o, name);
        if (m != null) {
            s[sp - 1] = null;
            s[sp] = m;
            return sp + 1;
        }
        PyType t = o.type();
        Entry e = find(x, at, t);
        if (e == null) e = remember(x, at, t, name, t.tp_getattro == TypeObject.GENERIC_GETATTR);
        if (e.method) {
            PyDict d = o.getDict();
            if (d == null || d.getItemStr(name) == null) {
                s[sp - 1] = e.descr;
                s[sp] = o;
                return sp + 1;
            }
        }
        return EvalOps.loadMethod(s, sp, name);
    }

    /** STORE_ATTR (value) and DELETE_ATTR (value null): owner.name = value. */
    static void store(ExecCode x, int at, PyObject o, PyStr name, PyObject value) {
        PyType t = o.type();
        Entry e = find(x, at, t);
        if (e == null) e = remember(x, at, t, name, t.tp_setattro == TypeObject.GENERIC_SETATTR);
        if (e.descr == null && !e.generic && value != null) {
            PyDict d = o.getDict();
            if (d != null) {
                d.setItem(name, value);
                return;
            }
        }
        Abstract.setAttr(o, name, value);
    }

    /** Records (and returns) what t holds under name, for the instruction at {@code at}. */
    private static Entry remember(ExecCode x, int at, PyType t, PyStr name, boolean genericSlot) {
        int version = t.versionTag();
        Entry others = keep(x.attrEntry(at), t, WAYS - 1);
        Entry e;
        PyObject descr = genericSlot ? t.lookup(name) : null;
        if (!genericSlot) {
            e = new Entry(t, version, null, null, false, false, true, others);
        } else if (descr == null) {
            e = new Entry(t, version, null, null, false, false, false, others);
        } else {
            PyType dt = descr.type();
            if (dt.isHeapType() || dt.tp_descr_get == null) {
                // plain class values may change without a new version tag (PyType.valueModified)
                e = new Entry(t, version, null, null, false, false, true, others);
            } else {
                boolean data = dt.tp_descr_set != null;
                e = new Entry(t, version, descr, dt.tp_descr_get, data, dt.hasFlag(PyType.METHOD_DESCRIPTOR), false, others);
            }
        }
        x.setAttrEntry(at, e);
        return e;
    }

    /** The chain without t's entry, cut to {@code n} entries (copied: entries are immutable). */
    private static Entry keep(Entry chain, PyType t, int n) {
        if (chain == null || n == 0) return null;
        if (chain.type == t) return keep(chain.next, t, n);
        return new Entry(chain.type, chain.version, chain.descr, chain.get, chain.data, chain.method, chain.generic,
                keep(chain.next, t, n - 1));
    }
}
