package org.sanca.objects;

import org.sanca.objects.Slots.Getter;
import org.sanca.objects.Slots.Setter;

/**
 * A computed attribute of a builtin type (type.__name__, BaseException.args): a getter and optional setter.
 * CPython: Objects/descrobject.c (PyGetSetDescr_Type, getset_descriptor).
 */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = new PyType("getset_descriptor", PyType.DISALLOW_INSTANTIATION);

    final PyType owner;
    final String name;
    final Getter getter;
    final Setter setter;

    public PyGetSetDescr(PyType owner, String name, Getter getter, Setter setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    static {
        TYPE.tp_descr_get = (descr, obj, type) -> {
            PyGetSetDescr d = (PyGetSetDescr) descr;
            if (obj == null) return d;
            PyMethodDescr.checkSelf("attribute", d.name, d.owner, obj);
            return d.getter.get(obj);
        };
        TYPE.tp_descr_set = (descr, obj, value) -> {
            PyGetSetDescr d = (PyGetSetDescr) descr;
            PyMethodDescr.checkSelf("attribute", d.name, d.owner, obj);
            if (d.setter == null)
                throw PyErr.format(PyExc.AttributeError, "attribute '%s' of '%.100s' objects is not writable", d.name,
                        d.owner.getName());
            d.setter.set(obj, value);
        };
        TYPE.tp_repr = o -> {
            PyGetSetDescr d = (PyGetSetDescr) o;
            return PyStr.of("<attribute '" + d.name + "' of '" + d.owner.getName() + "' objects>");
        };
        TYPE.addGetter("__name__", o -> PyStr.of(((PyGetSetDescr) o).name));
        TYPE.addGetter("__objclass__", o -> ((PyGetSetDescr) o).owner);
        TYPE.addGetter("__doc__", o -> Docstrings.of(((PyGetSetDescr) o).owner, ((PyGetSetDescr) o).name));
        TYPE.ready();
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
