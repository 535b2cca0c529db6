package org.sanca.objects;

import org.sanca.objects.Slots.MethFast;

/**
 * A builtin class method in a type's dict (dict.fromkeys): binds to the class.
 * CPython: Objects/descrobject.c (PyClassMethodDescr_Type, classmethod_descriptor).
 */
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = new PyType("classmethod_descriptor", PyType.DISALLOW_INSTANTIATION);

    final PyType owner;
    final String name;
    final MethFast impl;

    PyClassMethodDescr(PyType owner, String name, MethFast impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
    }

    static {
        TYPE.tp_descr_get = (descr, obj, type) -> {
            PyClassMethodDescr d = (PyClassMethodDescr) descr;
            PyObject t = type != null ? type : obj != null ? obj.type() : null;
            if (t == null)
                throw PyErr.format(PyExc.TypeError, "descriptor '%s' for type '%.100s' needs either an object or a type",
                        d.name, d.owner.getName());
            if (!(t instanceof PyType tt))
                throw PyErr.format(PyExc.TypeError, "descriptor '%s' for type '%.100s' needs a type, not a '%.100s' as arg 2",
                        d.name, d.owner.getName(), PyErr.typeName(t));
            if (!tt.isSubtype(d.owner))
                throw PyErr.format(PyExc.TypeError, "descriptor '%s' requires a subtype of '%.100s' but received '%.100s'",
                        d.name, d.owner.getName(), tt.getName());
            return new PyBuiltinFunction(d.name, t, d.impl, d.owner.getQualname() + "." + d.name);
        };
        TYPE.tp_call = (c, a, o, n, k) -> {
            PyClassMethodDescr d = (PyClassMethodDescr) c;
            if (n < 1 || !(a[o] instanceof PyType t))
                throw PyErr.format(PyExc.TypeError, "descriptor '%s' of '%.100s' object needs a type", d.name,
                        d.owner.getName());
            return d.impl.call(t, a, o + 1, n - 1, k);
        };
        TYPE.tp_repr = o -> {
            PyClassMethodDescr d = (PyClassMethodDescr) o;
            return PyStr.of("<method '" + d.name + "' of '" + d.owner.getName() + "' objects>");
        };
        TYPE.addGetter("__name__", o -> PyStr.of(((PyClassMethodDescr) o).name));
        TYPE.addGetter("__doc__", o -> Docstrings.of(((PyClassMethodDescr) o).owner, ((PyClassMethodDescr) o).name));
        TYPE.ready();
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
