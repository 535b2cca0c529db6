package org.sanca.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * int | str: the union type of PEP 604.
 * CPython: Objects/unionobject.c.
 */
public final class PyUnion extends PyObject {
    public static final PyType TYPE = new PyType("types.UnionType");

    final PyTuple args;

    PyUnion(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static boolean unionable(PyObject o) {
        return o == Py.None || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
    }

    private static void flatten(PyObject o, List<PyObject> out) {
        if (o instanceof PyUnion u) {
            for (PyObject x : u.args.items) flatten(x, out);
            return;
        }
        PyObject x = o == Py.None ? PyNone.TYPE : o;
        for (PyObject y : out) if (y == x) return;
        out.add(x);
    }

    /** type.__or__: a | b for types, None and unions. */
    static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) return Py.NotImplemented;
        List<PyObject> items = new ArrayList<>();
        flatten(a, items);
        flatten(b, items);
        if (items.size() == 1) return items.get(0);
        return new PyUnion(PyTuple.wrap(items.toArray(new PyObject[0])));
    }

    static {
        TYPE.tp_repr = o -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject x : ((PyUnion) o).args.items) {
                if (sb.length() > 0) sb.append(" | ");
                sb.append(x == PyNone.TYPE ? "None" : x instanceof PyType t ? t.fullName() : Abstract.repr(x).value);
            }
            return PyStr.of(sb.toString());
        };
        TYPE.nb[PyNumber.OR] = PyUnion::or;
        TYPE.addGetter("__args__", o -> ((PyUnion) o).args);
        TYPE.addMethod("__instancecheck__", (Slots.MethO) (s, x) -> PyBool.of(Abstract.isInstance(x, ((PyUnion) s).args)));
        TYPE.addMethod("__subclasscheck__", (Slots.MethO) (s, x) -> PyBool.of(Abstract.isSubclass(x, ((PyUnion) s).args)));
        TYPE.tp_richcompare = (v, w, op) -> {
            if (!(w instanceof PyUnion b) || (op != Abstract.EQ && op != Abstract.NE)) return Py.NotImplemented;
            boolean eq = PyFrozenSet.of(((PyUnion) v).args.items).equals(PyFrozenSet.of(b.args.items));
            return PyBool.of(eq == (op == Abstract.EQ));
        };
        TYPE.tp_hash = o -> PyFrozenSet.of(((PyUnion) o).args.items).hashValue();
        TYPE.ready();
    }
}
