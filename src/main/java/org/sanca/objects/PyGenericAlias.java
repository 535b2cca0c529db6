package org.sanca.objects;

/**
 * list[int] and friends: an origin with type arguments.
 * CPython: Objects/genericaliasobject.c.
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = new PyType("types.GenericAlias");

    final PyObject origin;
    final PyTuple args;

    PyGenericAlias(PyObject origin, PyTuple args) {
        this.origin = origin;
        this.args = args;
    }

    static PyObject of(PyObject origin, PyObject args) {
        return new PyGenericAlias(origin, args instanceof PyTuple t ? t : PyTuple.of(args));
    }

    private static String reprItem(PyObject p) {
        if (p == Py.Ellipsis) return "...";
        if (p instanceof PyType t) return t.fullName();
        return Abstract.repr(p).value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            Args.exactly("GenericAlias", n, 2);
            return of(a[o], a[o + 1]);
        };
        TYPE.tp_repr = o -> {
            PyGenericAlias g = (PyGenericAlias) o;
            StringBuilder sb = new StringBuilder(reprItem(g.origin)).append('[');
            for (int i = 0; i < g.args.size(); i++) sb.append(i > 0 ? ", " : "").append(reprItem(g.args.get(i)));
            if (g.args.size() == 0) sb.append("()");
            return PyStr.of(sb.append(']').toString());
        };
        TYPE.tp_call = (c, a, o, n, k) -> Abstract.call(((PyGenericAlias) c).origin, a, o, n, k);
        TYPE.tp_getattro = (o, name) -> {
            String s = ((PyStr) name).value;
            if (s.equals("__origin__")) return ((PyGenericAlias) o).origin;
            if (s.equals("__args__")) return ((PyGenericAlias) o).args;
            if (s.equals("__parameters__")) return PyTuple.EMPTY;
            PyObject v = TypeObject.genericGetAttr(o, (PyStr) name, true);
            return v != null ? v : Abstract.getAttr(((PyGenericAlias) o).origin, (PyStr) name);
        };
        TYPE.tp_richcompare = (v, w, op) -> {
            if (!(w instanceof PyGenericAlias b) || (op != Abstract.EQ && op != Abstract.NE)) return Py.NotImplemented;
            PyGenericAlias a = (PyGenericAlias) v;
            boolean eq = Abstract.equals(a.origin, b.origin) && Abstract.equals(a.args, b.args);
            return PyBool.of(eq == (op == Abstract.EQ));
        };
        TYPE.tp_hash = o -> Abstract.hash(((PyGenericAlias) o).origin) ^ Abstract.hash(((PyGenericAlias) o).args);
        TYPE.nb[PyNumber.OR] = PyUnion::or;
        TYPE.ready();
    }
}
