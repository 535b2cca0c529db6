package org.sanca.objects;

import org.sanca.objects.Slots.*;

/**
 * The slots and methods of dict: subscript with __missing__, get/setdefault/pop/popitem/update/copy/fromkeys,
 * views, iteration, comparison, repr and the | operators.
 * CPython: Objects/dictobject.c (mapp_methods, dict_subscript, dict_richcompare, dict_repr).
 */
final class DictType {
    private DictType() {}

    static PyDict self(PyObject o) {
        return (PyDict) o;
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyDict d = self(o);
        PyObject v = d.getItem(key);
        if (v != null) return v;
        if (o.getClass() != PyDict.class) {
            PyObject missing = Abstract.lookupSpecial(o, PyStr.of("__missing__"));
            if (missing != null) return Abstract.call(missing, key);
        }
        throw PyErr.raise(PyExc.KeyError, key);
    }

    private static void assSubscript(PyObject o, PyObject key, PyObject value) {
        if (value == null) self(o).delItem(key);
        else self(o).setItem(key, value);
    }

    static String repr(PyObject o) {
        PyDict d = self(o);
        if (d.used == 0) return "{}";
        if (!Abstract.reprEnter(o)) return "{...}";
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < d.nentries; i++) {
                PyObject k = d.keys[i];
                if (k == null) continue;
                if (!first) sb.append(", ");
                first = false;
                PyObject v = d.values[i];
                sb.append(Abstract.repr(k).value).append(": ").append(Abstract.repr(v).value);
            }
            return sb.append('}').toString();
        } finally {
            Abstract.reprLeave(o);
        }
    }

    private static PyObject compare(PyObject v, PyObject w, int op) {
        if (!(w instanceof PyDict b) || (op != Abstract.EQ && op != Abstract.NE)) return Py.NotImplemented;
        PyDict a = self(v);
        boolean eq = a.used == b.used;
        for (int i = 0; eq && i < a.nentries; i++) {
            PyObject k = a.keys[i];
            if (k == null) continue;
            PyObject bv = b.getItem(k, a.hashes[i]);
            if (bv == null || !Abstract.equals(a.values[i], bv)) eq = false;
        }
        return PyBool.of(eq == (op == Abstract.EQ));
    }

    private static PyObject get(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("dict.get", k);
        Args.range("get", n, 1, 2);
        PyObject v = self(self).getItem(a[o]);
        return v != null ? v : n > 1 ? a[o + 1] : Py.None;
    }

    private static PyObject setdefault(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("dict.setdefault", k);
        Args.range("setdefault", n, 1, 2);
        PyObject v = self(self).getItem(a[o]);
        if (v != null) return v;
        PyObject d = n > 1 ? a[o + 1] : Py.None;
        self(self).setItem(a[o], d);
        return d;
    }

    private static PyObject pop(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("dict.pop", k);
        Args.range("pop", n, 1, 2);
        PyObject v = self(self).delItemIfPresent(a[o]);
        if (v != null) return v;
        if (n > 1) return a[o + 1];
        throw PyErr.raise(PyExc.KeyError, a[o]);
    }

    private static PyObject update(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.range("update", n, 0, 1);
        if (n == 1) self(self).updateFrom(a[o]);
        if (k != null) for (int i = 0; i < k.size(); i++) self(self).setItem(k.get(i), a[o + n + i]);
        return Py.None;
    }

    private static PyObject fromkeys(PyObject cls, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("dict.fromkeys", k);
        Args.range("fromkeys", n, 1, 2);
        PyObject value = n > 1 ? a[o + 1] : Py.None;
        PyObject d = Abstract.call(cls);
        PyObject it = Abstract.getIter(a[o]);
        if (d instanceof PyDict dd && d.getClass() == PyDict.class) {
            for (PyObject x; (x = Abstract.next(it)) != null; ) dd.setItem(x, value);
        } else {
            for (PyObject x; (x = Abstract.next(it)) != null; ) Abstract.setItem(d, x, value);
        }
        return d;
    }

    private static PyObject newDict(PyType type, PyObject[] a, int o, int n, PyTuple k) {
        return type == PyDict.TYPE ? new PyDict() : new PyDict.Derived(type);
    }

    private static void initDict(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.range("dict", n, 0, 1);
        if (n == 1) self(self).updateFrom(a[o]);
        if (k != null) for (int i = 0; i < k.size(); i++) self(self).setItem(k.get(i), a[o + n + i]);
    }

    private static PyObject or(PyObject v, PyObject w) {
        if (!(v instanceof PyDict a) || !(w instanceof PyDict b)) return Py.NotImplemented;
        PyObject r = v.getClass() == PyDict.class ? a.copy() : Abstract.callMethod(v, "copy");
        ((PyDict) r).update(b);
        return r;
    }

    static void init(PyType t) {
        t.tp_new = DictType::newDict;
        t.tp_init = DictType::initDict;
        t.tp_repr = o -> PyStr.of(repr(o));
        t.tp_richcompare = DictType::compare;
        t.mp_length = o -> self(o).used;
        t.mp_subscript = DictType::subscript;
        t.mp_ass_subscript = DictType::assSubscript;
        t.sq_contains = (o, k) -> self(o).containsKey(k);
        t.tp_iter = o -> new DictViews.DictIterator(self(o), DictViews.KEYS, false);
        t.nb[PyNumber.OR] = DictType::or;
        t.nb[PyNumber.INPLACE + PyNumber.OR] = (v, w) -> {
            self(v).updateFrom(w);
            return v;
        };
        t.addMethod("get", (MethFast) DictType::get);
        t.addMethod("setdefault", (MethFast) DictType::setdefault);
        t.addMethod("pop", (MethFast) DictType::pop);
        t.addMethod("popitem", (MethNoArgs) s -> {
            PyDict.Entry e = self(s).popLast();
            if (e == null) throw PyErr.format(PyExc.KeyError, "popitem(): dictionary is empty");
            return PyTuple.of(e.key(), e.value());
        });
        t.addMethod("update", (MethFast) DictType::update);
        t.addMethod("copy", (MethNoArgs) s -> self(s).copy());
        t.addMethod("clear", (MethNoArgs) s -> {
            self(s).clear();
            return Py.None;
        });
        t.addMethod("keys", (MethNoArgs) s -> new DictViews.View(DictViews.KEYS_TYPE, self(s)));
        t.addMethod("values", (MethNoArgs) s -> new DictViews.View(DictViews.VALUES_TYPE, self(s)));
        t.addMethod("items", (MethNoArgs) s -> new DictViews.View(DictViews.ITEMS_TYPE, self(s)));
        t.addMethod("__reversed__", (MethNoArgs) s -> new DictViews.DictIterator(self(s), DictViews.KEYS, true));
        t.addMethod("__sizeof__", (MethNoArgs) s -> PyInt.of(48 + 24L * self(s).keys.length));
        t.addClassMethod("fromkeys", DictType::fromkeys);
        t.addClassMethod("__class_getitem__", (c, a, o, n, k) -> PyGenericAlias.of(c, a[o]));
        t.put("__hash__", PyNone.INSTANCE);
        t.ready();
    }
}
