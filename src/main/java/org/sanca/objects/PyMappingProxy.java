package org.sanca.objects;

/**
 * A read-only view of a mapping (type.__dict__).
 * CPython: Objects/descrobject.c (PyDictProxy_Type, mappingproxy).
 */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = new PyType("mappingproxy");

    final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyMappingProxy p ? p.mapping : o;
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            PyObject m = Args.parse("mappingproxy", a, o, n, k, new String[] {"mapping"}, 1)[0];
            if (m.type().mp_subscript == null || m instanceof PyList || m instanceof PyTuple)
                throw PyErr.format(PyExc.TypeError, "mappingproxy() argument must be a mapping, not %s", PyErr.typeName(m));
            return new PyMappingProxy(m);
        };
        TYPE.nb[PyNumber.OR] = (v, w) -> PyNumber.or(unwrap(v), unwrap(w));
        TYPE.nb[PyNumber.INPLACE + PyNumber.OR] = (v, w) -> {
            throw PyErr.format(PyExc.TypeError, "'|=' is not supported by %s; use '|' instead", PyErr.typeName(v));
        };
        TYPE.put("__hash__", PyNone.INSTANCE);
        TYPE.addMethod("__reversed__", (Slots.MethNoArgs) o -> Abstract.call(
                FuncIterators.REVERSED, ((PyMappingProxy) o).mapping));
        TYPE.addClassMethod("__class_getitem__", (c, a, o, n, k) -> PyGenericAlias.of(c, a[o]));
        TYPE.mp_subscript = (o, k) -> Abstract.getItem(((PyMappingProxy) o).mapping, k);
        TYPE.mp_length = o -> Abstract.len(((PyMappingProxy) o).mapping);
        TYPE.sq_contains = (o, k) -> Abstract.contains(((PyMappingProxy) o).mapping, k);
        TYPE.tp_iter = o -> Abstract.getIter(((PyMappingProxy) o).mapping);
        TYPE.tp_repr = o -> PyStr.of("mappingproxy(" + Abstract.repr(((PyMappingProxy) o).mapping).value + ")");
        TYPE.tp_str = o -> Abstract.str(((PyMappingProxy) o).mapping);
        TYPE.tp_richcompare = (v, w, op) -> Abstract.richCompare(((PyMappingProxy) v).mapping, w, op);
        for (String m : new String[] {"keys", "values", "items", "copy"})
            TYPE.addMethod(m, (Slots.MethNoArgs) o -> Abstract.callMethod(((PyMappingProxy) o).mapping, m));
        TYPE.addMethod("get", (Slots.MethFast) (s, a, o, n, k) -> {
            Args.range("get", n, 1, 2);
            return Abstract.callMethod(((PyMappingProxy) s).mapping, "get", a[o], n > 1 ? a[o + 1] : Py.None);
        });
        TYPE.ready();
    }
}
