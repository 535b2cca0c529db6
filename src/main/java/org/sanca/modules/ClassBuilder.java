package org.sanca.modules;

import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.Util;
import org.sanca.objects.Abstract;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * The steps of __build_class__ before and after the class body runs: PEP 560's
 * __mro_entries__, the metaclass choice and __prepare__.
 * CPython: Python/bltinmodule.c (update_bases, builtin___build_class__) and
 * Objects/typeobject.c (_PyType_CalculateMetaclass).
 */
final class ClassBuilder {
    private ClassBuilder() {}

    /** The class keywords without metaclass=, and the metaclass (or null). */
    record Keywords(PyObject metaclass, PyObject[] values, PyTuple names) {}

    /** Splits the keyword arguments of a class statement. */
    static Keywords keywords(PyObject[] a, int kwStart, PyTuple kwnames) {
        if (kwnames == null || kwnames.size() == 0) {
            return new Keywords(null, new PyObject[0], null);
        }
        PyObject meta = null;
        List<PyObject> values = new ArrayList<>();
        List<PyObject> names = new ArrayList<>();
        for (int i = 0; i < kwnames.size(); i++) {
            if (((PyStr) kwnames.get(i)).asString().equals("metaclass")) {
                meta = a[kwStart + i];
            } else {
                names.add(kwnames.get(i));
                values.add(a[kwStart + i]);
            }
        }
        return new Keywords(meta, values.toArray(new PyObject[0]),
            names.isEmpty() ? null : PyTuple.of(names.toArray(new PyObject[0])));
    }

    /** update_bases: replaces non-class bases that define __mro_entries__ by what it returns. */
    static PyTuple updateBases(PyObject[] bases) {
        List<PyObject> out = null;
        PyTuple all = PyTuple.of(bases);
        for (int i = 0; i < bases.length; i++) {
            PyObject base = bases[i];
            PyObject meth = base instanceof PyType ? null : Abstract.lookupAttr(base, "__mro_entries__");
            if (meth == null) {
                if (out != null) {
                    out.add(base);
                }
                continue;
            }
            PyObject entries = Abstract.call(meth, all);
            if (!(entries instanceof PyTuple t)) {
                throw PyErr.format(PyExc.TypeError, "__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>(List.of(bases).subList(0, i));
            }
            for (int j = 0; j < t.size(); j++) {
                out.add(t.get(j));
            }
        }
        return out == null ? all : PyTuple.of(out.toArray(new PyObject[0]));
    }

    /** The metaclass: explicit, else type(bases[0]) or type; the most derived one when it is a class. */
    static PyObject metaclass(PyObject explicit, PyTuple bases) {
        PyObject meta = explicit;
        if (meta == null) {
            meta = bases.size() == 0 ? PyType.TYPE : bases.get(0).type();
        }
        if (!(meta instanceof PyType winner)) {
            return meta;
        }
        for (int i = 0; i < bases.size(); i++) {
            PyType t = bases.get(i).type();
            if (winner.isSubtype(t)) {
                continue;
            }
            if (t.isSubtype(winner)) {
                winner = t;
                continue;
            }
            throw PyErr.format(PyExc.TypeError, "metaclass conflict: the metaclass of a derived class must be "
                + "a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** meta.__prepare__(name, bases, **kwds), or a new dict when the metaclass has none. */
    static PyObject prepare(PyObject meta, PyStr name, PyTuple bases, Keywords k) {
        PyObject prep = Abstract.lookupAttr(meta, "__prepare__");
        if (prep == null) {
            return new PyDict();
        }
        PyObject[] args = new PyObject[2 + k.values().length];
        args[0] = name;
        args[1] = bases;
        System.arraycopy(k.values(), 0, args, 2, k.values().length);
        PyObject ns = Abstract.call(prep, args, 0, 2, k.names());
        if (!Util.isMapping(ns)) {
            String metaName = meta instanceof PyType t ? t.getName() : "<metaclass>";
            throw PyErr.format(PyExc.TypeError, "%s.__prepare__() must return a mapping, not %s",
                metaName, PyErr.typeName(ns));
        }
        return ns;
    }
}
