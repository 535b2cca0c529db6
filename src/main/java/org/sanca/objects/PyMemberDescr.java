package org.sanca.objects;

/**
 * A __slots__ member of a class: a descriptor reading and writing one cell of the instance's slot array.
 * CPython: Objects/descrobject.c (PyMemberDescr_Type, member_descriptor) and Python/structmember.c.
 */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = new PyType("member_descriptor", PyType.DISALLOW_INSTANTIATION);

    final PyType owner;
    final String name;
    final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject[] cells(PyMemberDescr d, PyObject obj) {
        PyMethodDescr.checkSelf("member", d.name, d.owner, obj);
        return ((PyInstance) obj).slots;
    }

    static {
        TYPE.tp_descr_get = (descr, obj, type) -> {
            PyMemberDescr d = (PyMemberDescr) descr;
            if (obj == null) return d;
            PyObject v = cells(d, obj)[d.index];
            if (v == null)
                throw PyErr.format(PyExc.AttributeError, "'%.50s' object has no attribute '%s'", PyErr.typeName(obj), d.name);
            return v;
        };
        TYPE.tp_descr_set = (descr, obj, value) -> {
            PyMemberDescr d = (PyMemberDescr) descr;
            PyObject[] c = cells(d, obj);
            if (value == null && c[d.index] == null) throw PyErr.format(PyExc.AttributeError, "%s", d.name);
            c[d.index] = value;
        };
        TYPE.tp_repr = o -> {
            PyMemberDescr d = (PyMemberDescr) o;
            return PyStr.of("<member '" + d.name + "' of '" + d.owner.getName() + "' objects>");
        };
        TYPE.addGetter("__name__", o -> PyStr.of(((PyMemberDescr) o).name));
        TYPE.addGetter("__objclass__", o -> ((PyMemberDescr) o).owner);
        TYPE.addGetter("__doc__", o -> Docstrings.of(((PyMemberDescr) o).owner, ((PyMemberDescr) o).name));
        TYPE.ready();
    }
}
