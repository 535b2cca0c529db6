package org.sanca.objects;

/**
 * object.__reduce_ex__ and __getstate__: the pickling protocol's default, via copyreg.
 * CPython: Objects/typeobject.c (object___reduce_ex___impl, reduce_newobj, object_getstate).
 */
public final class Reduce {
    private Reduce() {}

    static PyObject getState(PyObject self) {
        PyDict d = self.getDict();
        PyObject state = d == null || d.size() == 0 ? Py.None : d;
        PyObject names = slotNames(self.type());
        if (!(names instanceof PyList list) || list.size() == 0) return state;
        PyDict slots = new PyDict();
        for (int i = 0; i < list.size(); i++) {
            PyObject v = Abstract.lookupAttr(self, (PyStr) list.get(i));
            if (v != null) slots.setItem(list.get(i), v);
        }
        return slots.size() == 0 ? state : PyTuple.of(state, slots);
    }

    /** _PyType_GetSlotNames: cls.__slotnames__, or what copyreg._slotnames computes (and caches there). */
    private static PyObject slotNames(PyType cls) {
        PyObject names = cls.getDict().getItemStr(PyStr.of("__slotnames__"));
        if (names == null) {
            if (importer == null) return Py.None;
            names = Abstract.callMethod(importer.importModule("copyreg"), "_slotnames", cls);
            if (names != Py.None && !(names instanceof PyList))
                throw PyErr.format(PyExc.TypeError, "copyreg._slotnames didn't return a list or None");
        } else if (names != Py.None && !(names instanceof PyList)) {
            throw PyErr.format(PyExc.TypeError, "%.200s.__slotnames__ should be a list or None, not %.200s",
                    cls.getName(), PyErr.typeName(names));
        }
        return names;
    }

    /** __reduce_ex__(protocol): copyreg.__reduce_ex__ for protocols < 2, else copyreg.__newobj__ form. */
    static PyObject reduceEx(PyObject self, PyObject proto) {
        PyObject reduce = Abstract.lookupAttr(self, "__reduce__");
        PyObject objReduce = PyType.OBJECT.getDict().getItemStr(PyStr.of("__reduce__"));
        PyObject clsReduce = self.type().lookup("__reduce__");
        if (reduce != null && clsReduce != objReduce) return Abstract.call(reduce);
        PyObject copyreg = importer == null ? null : importer.importModule("copyreg");
        if (copyreg == null) throw PyErr.format(PyExc.TypeError, "cannot pickle '%.200s' object", PyErr.typeName(self));
        long p = PyNumber.asSize(proto, null);
        if (p < 2) return Abstract.callMethod(copyreg, "_reduce_ex", self, proto);
        if (self.type().tp_new == null)
            throw PyErr.format(PyExc.TypeError, "cannot pickle '%.200s' object", PyErr.typeName(self));
        PyObject newobj = Abstract.getAttr(copyreg, "__newobj__");
        PyObject args = PyTuple.of(self.type());
        PyObject getnewargs = Abstract.lookupAttr(self, "__getnewargs__");
        if (getnewargs != null) {
            PyTuple extra = PyTuple.fromIterable(Abstract.call(getnewargs));
            PyObject[] a = new PyObject[extra.size() + 1];
            a[0] = self.type();
            System.arraycopy(extra.items, 0, a, 1, extra.size());
            args = PyTuple.wrap(a);
        }
        PyObject state = Abstract.callMethod(self, "__getstate__");
        PyObject listitems = self instanceof PyList ? Abstract.getIter(self) : Py.None;
        PyObject dictitems = self instanceof PyDict ? Abstract.callMethod(Abstract.callMethod(self, "items"), "__iter__") : Py.None;
        return PyTuple.of(newobj, args, state, listitems, dictitems);
    }

    /** How Java code imports a module; the runtime installs it. */
    public interface Importer {
        PyObject importModule(String name);
    }

    /** The runtime sets this so that object.__reduce_ex__ can import copyreg. */
    public static volatile Importer importer;
}
