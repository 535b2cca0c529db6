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

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            Args.exactly("mappingproxy", n, 1);
            return new PyMappingProxy(a[o]);
        };
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
