package org.sanca.objects;

/**
 * A slot of a builtin type exposed as a dunder method (int.__add__), and its bound form (method-wrapper).
 * CPython: Objects/descrobject.c (PyWrapperDescr_Type "wrapper_descriptor", method-wrapper).
 */
public final class PyWrapperDescr extends PyObject {
    public static final PyType TYPE = new PyType("wrapper_descriptor",
            PyType.METHOD_DESCRIPTOR | PyType.DISALLOW_INSTANTIATION);
    public static final PyType METHOD_WRAPPER = new PyType("method-wrapper", PyType.DISALLOW_INSTANTIATION);

    final PyType owner;
    final SlotDefs.SlotDef def;
    final String name;
    final SlotDefs.Wrapper wrapper;
    /** The builtin slot function this wraps. */
    final Object slot;

    PyWrapperDescr(PyType owner, SlotDefs.SlotDef def, String name, SlotDefs.Wrapper wrapper, Object slot) {
        this.owner = owner;
        this.def = def;
        this.name = name;
        this.wrapper = wrapper;
        this.slot = slot;
    }

    /** A wrapper bound to its self. */
    static final class Bound extends PyObject {
        final PyWrapperDescr descr;
        final PyObject self;

        Bound(PyWrapperDescr descr, PyObject self) {
            this.descr = descr;
            this.self = self;
        }

        @Override
        public PyType type() {
            return METHOD_WRAPPER;
        }
    }

    private static void checkSelf(PyWrapperDescr d, PyObject self) {
        if (!self.type().isSubtype(d.owner))
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' requires a '%.100s' object but received a '%.100s'",
                    d.name, d.owner.getName(), PyErr.typeName(self));
    }

    static {
        TYPE.tp_call = (c, a, o, n, k) -> {
            PyWrapperDescr d = (PyWrapperDescr) c;
            if (n < 1)
                throw PyErr.format(PyExc.TypeError, "descriptor '%s' of '%.100s' object needs an argument", d.name,
                        d.owner.getName());
            checkSelf(d, a[o]);
            return d.wrapper.call(d.slot, a[o], a, o + 1, n - 1, k);
        };
        TYPE.tp_descr_get = (descr, obj, type) -> {
            PyWrapperDescr d = (PyWrapperDescr) descr;
            if (obj == null) return d;
            checkSelf(d, obj);
            return new Bound(d, obj);
        };
        TYPE.tp_repr = o -> {
            PyWrapperDescr d = (PyWrapperDescr) o;
            return PyStr.of("<slot wrapper '" + d.name + "' of '" + d.owner.getName() + "' objects>");
        };
        TYPE.addGetter("__name__", o -> PyStr.of(((PyWrapperDescr) o).name));
        TYPE.addGetter("__qualname__", o -> PyStr.of(((PyWrapperDescr) o).owner.getQualname() + "." + ((PyWrapperDescr) o).name));
        TYPE.addGetter("__objclass__", o -> ((PyWrapperDescr) o).owner);
        TYPE.addGetter("__doc__", o -> Docstrings.ofSlot(((PyWrapperDescr) o).owner, ((PyWrapperDescr) o).name));
        TYPE.ready();
        METHOD_WRAPPER.tp_call = (c, a, o, n, k) -> {
            Bound b = (Bound) c;
            return b.descr.wrapper.call(b.descr.slot, b.self, a, o, n, k);
        };
        METHOD_WRAPPER.tp_repr = o -> {
            Bound b = (Bound) o;
            return PyStr.of("<method-wrapper '" + b.descr.name + "' of " + PyErr.typeName(b.self) + " object at "
                    + Py.idHex(b.self) + ">");
        };
        METHOD_WRAPPER.addGetter("__name__", o -> PyStr.of(((Bound) o).descr.name));
        METHOD_WRAPPER.addGetter("__self__", o -> ((Bound) o).self);
        METHOD_WRAPPER.addGetter("__doc__", o -> Docstrings.ofSlot(((Bound) o).descr.owner, ((Bound) o).descr.name));
        METHOD_WRAPPER.ready();
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
