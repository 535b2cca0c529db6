package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.ObjectArrays;
import org.sanca.objects.PyObject;
import org.sanca.objects.PySet;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * The object protocols ceval.c implements for itself on top of the abstract API: unpacking,
 * building containers from stack slices, ** merging, mapping access on arbitrary locals.
 * CPython: Python/ceval.c (unpack_iterable, format_kwargs_error, LIST_EXTEND, DICT_UPDATE, ...).
 */
final class Protocols {
    private Protocols() {}

    /** locals[name] for any mapping, or null when missing (KeyError). */
    static PyObject mappingGet(PyObject m, PyObject key) {
        if (m instanceof PyDict d && m.getClass() == PyDict.class) return d.getItem(key);
        try {
            return Abstract.getItem(m, key);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) return null;
            throw e;
        }
    }

    /** del locals[name]; false when missing. */
    static boolean mappingDelete(PyObject m, PyObject key) {
        if (m instanceof PyDict d && m.getClass() == PyDict.class) return d.delItemIfPresent(key) != null;
        try {
            Abstract.delItem(m, key);
            return true;
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) return false;
            throw e;
        }
    }

    static PyObject tupleFrom(PyObject[] s, int base, int n) {
        return n == 0 ? PyTuple.EMPTY : PyTuple.wrap(ObjectArrays.copyOfRange(s, base, base + n));
    }

    static PyObject listFrom(PyObject[] s, int base, int n) {
        return new PyList(ObjectArrays.copyOfRange(s, base, base + n));
    }

    static PyObject setFrom(PyObject[] s, int base, int n) {
        PySet set = new PySet();
        for (int i = base; i < base + n; i++) set.addItem(s[i]);
        return set;
    }

    /** BUILD_STRING: the concatenation of n str values. */
    static PyObject joinStrings(PyObject[] s, int base, int n) {
        return PyStr.joinArray(s, base, n);
    }

    static PyObject listToTuple(PyObject list) {
        return PyTuple.wrap(((PyList) list).toArray());
    }

    /** LIST_EXTEND: list.extend(v), with ceval's message for a non-iterable after *. */
    static void listExtend(PyObject list, PyObject v) {
        try {
            ((PyList) list).extend(v);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && v.type().tp_iter == null && v.type().mp_subscript == null) {
                throw PyErr.format(PyExc.TypeError, "Value after * must be an iterable, not %.200s", PyErr.typeName(v));
            }
            throw e;
        }
    }

    /** SET_UPDATE: _PySet_Update, so a set or dict operand is merged as set.update merges it. */
    static void setUpdate(PyObject set, PyObject v) {
        ((PySet) set).updateFrom(v);
    }

    /** DICT_UPDATE: dict.update(v) for {**v}. */
    static void dictUpdate(PyObject dict, PyObject v) {
        if (!(v instanceof PyDict) && Abstract.lookupAttr(v, "keys") == null) {
            throw PyErr.format(PyExc.TypeError, "'%.200s' object is not a mapping", PyErr.typeName(v));
        }
        ((PyDict) dict).updateFrom(v);
    }

    /** DICT_MERGE: f(**v) merging into the kwargs dict; duplicate keys are errors. */
    static void dictMerge(PyObject dict, PyObject v, PyObject func) {
        PyDict d = (PyDict) dict;
        if (!(v instanceof PyDict) && Abstract.lookupAttr(v, "keys") == null) {
            throw PyErr.format(PyExc.TypeError, "%s argument after ** must be a mapping, not %.200s",
                    functionStr(func), PyErr.typeName(v));
        }
        PyDict fast = v instanceof PyDict vd && vd.iteratesAsDict() ? vd : null;
        PyObject[] keys = fast != null ? fast.keysArray() : Abstract.mappingKeys(v, Abstract.getAttr(v, "keys"));
        for (PyObject k : keys) {
            if (d.getItem(k) != null) {
                if (!(k instanceof PyStr)) throw PyErr.format(PyExc.TypeError, "%s keywords must be strings", functionStr(func));
                throw PyErr.format(PyExc.TypeError, "%s got multiple values for keyword argument '%S'", functionStr(func), k);
            }
            d.setItem(k, fast != null ? fast.getItem(k) : Abstract.getItem(v, k));
        }
    }

    /** _PyObject_FunctionStr: "module.qualname()" (no module for builtins). */
    static String functionStr(PyObject func) {
        PyObject q = Abstract.lookupAttr(func, "__qualname__");
        if (q == null) return Abstract.str(func).asString();
        PyObject m = Abstract.lookupAttr(func, "__module__");
        String qs = Abstract.str(q).asString();
        if (m instanceof PyStr ms && !ms.asString().equals("builtins")) return ms.asString() + "." + qs + "()";
        return qs + "()";
    }

    /** CALL_FUNCTION_EX's positional arguments as a tuple. */
    static PyTuple callArgsTuple(PyObject func, PyObject callargs) {
        if (callargs.getClass() == PyTuple.class) return (PyTuple) callargs;
        if (callargs.type().tp_iter == null && callargs.type().mp_subscript == null) {
            throw PyErr.format(PyExc.TypeError, "%s argument after * must be an iterable, not %.200s",
                    functionStr(func), PyErr.typeName(callargs));
        }
        return PyTuple.fromIterable(callargs);
    }

    /**
     * unpack_iterable: exactly {@code before} items when {@code after} &lt; 0, else before items,
     * a list of the middle, and after items.
     */
    static PyObject[] unpack(PyObject v, int before, int after) {
        PyObject[] items;
        if (v.getClass() == PyTuple.class) {
            items = ((PyTuple) v).toArray();
        } else if (v.getClass() == PyList.class) {
            items = ((PyList) v).toArray();
        } else {
            if (v.type().tp_iter == null && v.type().mp_subscript == null) {
                throw PyErr.format(PyExc.TypeError, "cannot unpack non-iterable %.200s object", PyErr.typeName(v));
            }
            return unpackIter(Abstract.getIter(v), before, after);
        }
        int n = items.length;
        if (after < 0) {
            if (n != before) throw n > before ? tooMany(before) : notEnough(before, n, false);
            return items;
        }
        if (n < before + after) throw notEnough(before + after, n, true);
        return withStarred(items, n, before, after);
    }

    private static PyObject[] unpackIter(PyObject it, int before, int after) {
        PyObject[] out = new PyObject[before + (after < 0 ? 0 : 1 + after)];
        for (int i = 0; i < before; i++) {
            PyObject x = Abstract.next(it);
            if (x == null) throw notEnough(after < 0 ? before : before + after, i, after >= 0);
            out[i] = x;
        }
        if (after < 0) {
            if (Abstract.next(it) != null) throw tooMany(before);
            return out;
        }
        PyList rest = new PyList();
        for (PyObject x; (x = Abstract.next(it)) != null; ) rest.append(x);
        int m = rest.size();
        if (m < after) throw notEnough(before + after, before + m, true);
        PyObject[] all = rest.toArray();
        for (int i = 0; i < after; i++) out[before + 1 + i] = all[m - after + i];
        out[before] = new PyList(ObjectArrays.copyOfRange(all, 0, m - after));
        return out;
    }

    private static PyObject[] withStarred(PyObject[] items, int n, int before, int after) {
        PyObject[] out = new PyObject[before + 1 + after];
        System.arraycopy(items, 0, out, 0, before);
        out[before] = new PyList(ObjectArrays.copyOfRange(items, before, n - after));
        System.arraycopy(items, n - after, out, before + 1, after);
        return out;
    }

    private static PyException tooMany(int expected) {
        return PyErr.format(PyExc.ValueError, "too many values to unpack (expected %d)", expected);
    }

    private static PyException notEnough(int expected, int got, boolean atLeast) {
        return PyErr.format(PyExc.ValueError, "not enough values to unpack (expected %s%d, got %d)",
                atLeast ? "at least " : "", expected, got);
    }

    /** A module's __dict__ (or the dict itself), else null. */
    static PyObject moduleDict(PyObject o) {
        if (o instanceof PyModule m) return m.getDict();
        return o instanceof PyDict ? o : null;
    }

    /** sys.modules[name], or null. */
    static PyObject sysModule(PyObject name) {
        PyObject sys = Interpreter.getSys();
        PyObject modules = sys == null ? null : Abstract.lookupAttr(sys, "modules");
        return modules == null ? null : mappingGet(modules, name);
    }

    /** Whether module.__spec__._initializing is true (a circular import in progress). */
    static boolean isInitializing(PyObject module) {
        PyObject spec = Abstract.lookupAttr(module, "__spec__");
        if (spec == null) return false;
        PyObject init = Abstract.lookupAttr(spec, "_initializing");
        return init != null && Abstract.isTrue(init);
    }

    /** The keys of module.__dict__, for import *. */
    static PyObject keysOfModuleDict(PyObject module) {
        PyObject d = Abstract.lookupAttr(module, "__dict__");
        if (d == null) {
            throw PyErr.format(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
        }
        return Abstract.callMethod(d, "keys");
    }

    static boolean hasTypeFlag(PyObject o, long flag) {
        return o.type().hasFlag(flag);
    }

    static String typeName(PyObject o) {
        return PyErr.typeName(o);
    }

    static String typeNameOfType(PyObject t) {
        return ((PyType) t).getName();
    }
}
