package org.sanca.objects;

/**
 * A builtin method in a type's dict (list.append): binds to an instance as a builtin method.
 * CPython: Objects/descrobject.c (PyMethodDescr_Type, method_descriptor).
 */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = new PyType("method_descriptor",
            PyType.METHOD_DESCRIPTOR | PyType.DISALLOW_INSTANTIATION);

    final PyType owner;
    final String name;
    final Slots.BuiltinBody impl;
    final String qualname;

    PyMethodDescr(PyType owner, String name, Slots.BuiltinBody impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
        this.qualname = owner.getQualname() + "." + name;
    }

    /** Checks that self is an instance of the owning type, as descr_check does. */
    static void checkSelf(String kind, String name, PyType owner, PyObject self) {
        if (!self.type().isSubtype(owner))
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' for '%.100s' objects doesn't apply to a '%.100s' object",
                    name, owner.getName(), PyErr.typeName(self));
    }

    /**
     * The body a method call on self runs when self is an instance of the owning type (CALL's
     * PRECALL_NO_KW_METHOD_DESCRIPTOR_* guard), else null.
     */
    public Slots.BuiltinBody bodyFor(PyObject self) {
        PyType t = self.type();
        return t == owner || t.isSubtype(owner) ? impl : null;
    }

    /**
     * bodyFor(self) for a call with arguments a[o:o+n]: a str method's own body when neither self
     * nor an argument holds a surrogate (what its StrSurrogates.Safe wrapper would call), so that a
     * call site sees the method itself.
     */
    public Slots.BuiltinBody bodyFor(PyObject self, PyObject[] a, int o, int n) {
        Slots.BuiltinBody b = bodyFor(self);
        return b instanceof StrSurrogates.Safe safe ? safe.bodyFor(self, a, o, n) : b;
    }

    public String qualname() {
        return qualname;
    }

    /** Calls the method with a[o] as self: through vectorcall, or as CALL's specialised forms do (no guard). */
    static PyObject call(PyMethodDescr d, PyObject[] a, int o, int n, PyTuple k, boolean vectorcall) {
        if (n < 1) throw PyErr.format(PyExc.TypeError, "unbound method %s() needs an argument", d.qualname);
        checkSelf("method", d.name, d.owner, a[o]);
        return vectorcall ? PyBuiltinFunction.vectorcall(d.qualname, d.impl, a[o], a, o + 1, n - 1, k)
            : d.impl.callBody(d.qualname, a[o], a, o + 1, n - 1, k);
    }

    static {
        TYPE.tp_call = (c, a, o, n, k) -> call((PyMethodDescr) c, a, o, n, k, true);
        TYPE.tp_descr_get = (descr, obj, type) -> {
            PyMethodDescr d = (PyMethodDescr) descr;
            if (obj == null) return d;
            checkSelf("method", d.name, d.owner, obj);
            return new PyBuiltinFunction(d.name, obj, d.impl, d.qualname);
        };
        TYPE.tp_repr = o -> {
            PyMethodDescr d = (PyMethodDescr) o;
            return PyStr.of("<method '" + d.name + "' of '" + d.owner.getName() + "' objects>");
        };
        TYPE.addGetter("__name__", o -> PyStr.of(((PyMethodDescr) o).name));
        TYPE.addGetter("__qualname__", o -> PyStr.of(((PyMethodDescr) o).qualname));
        TYPE.addGetter("__objclass__", o -> ((PyMethodDescr) o).owner);
        TYPE.addGetter("__doc__", o -> Docstrings.of(((PyMethodDescr) o).owner, ((PyMethodDescr) o).name));
        TYPE.addGetter("__text_signature__", o -> Py.None);
        TYPE.ready();
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
