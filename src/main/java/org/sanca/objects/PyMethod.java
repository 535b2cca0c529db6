package org.sanca.objects;

/**
 * A bound method: any callable paired with the object it was looked up on.
 * CPython: Objects/classobject.c (PyMethod_Type, "method").
 */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = new PyType("method");

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    static {
        TYPE.tp_call = (c, a, o, n, k) -> {
            PyMethod m = (PyMethod) c;
            int nk = k == null ? 0 : k.size();
            PyObject[] b = new PyObject[n + nk + 1];
            b[0] = m.self;
            System.arraycopy(a, o, b, 1, n + nk);
            return Abstract.call(m.func, b, 0, n + 1, k);
        };
        TYPE.tp_getattro = (o, name) -> {
            PyObject d = TYPE.lookup((PyStr) name);
            if (d != null) {
                Slots.DescrGetFunc f = d.type().tp_descr_get;
                return f == null ? d : f.get(d, o, TYPE);
            }
            return Abstract.getAttr(((PyMethod) o).func, (PyStr) name);
        };
        TYPE.tp_repr = o -> {
            PyMethod m = (PyMethod) o;
            PyObject name = Abstract.lookupAttr(m.func, "__qualname__");
            if (name == null) name = Abstract.lookupAttr(m.func, "__name__");
            String n = name instanceof PyStr s ? s.value : "?";
            return PyStr.of("<bound method " + n + " of " + Abstract.repr(m.self).value + ">");
        };
        TYPE.tp_richcompare = (v, w, op) -> {
            if ((op != Abstract.EQ && op != Abstract.NE) || !(w instanceof PyMethod b)) return Py.NotImplemented;
            PyMethod a = (PyMethod) v;
            boolean eq = a.self == b.self && Abstract.richCompareBool(a.func, b.func, Abstract.EQ);
            return PyBool.of(op == Abstract.EQ == eq);
        };
        TYPE.tp_hash = o -> {
            PyMethod m = (PyMethod) o;
            long h = Py.identityHash(m.self) ^ Abstract.hash(m.func);
            return h == -1 ? -2 : h;
        };
        TYPE.tp_new = (t, a, o, n, k) -> {
            Args.noKeywords("method", k);
            Args.exactly("method", n, 2);
            if (a[o].type().tp_call == null) throw PyErr.format(PyExc.TypeError, "first argument must be callable");
            if (a[o + 1] == Py.None) throw PyErr.format(PyExc.TypeError, "instance must not be None");
            return new PyMethod(a[o], a[o + 1]);
        };
        TYPE.addGetter("__func__", o -> ((PyMethod) o).func);
        TYPE.addGetter("__self__", o -> ((PyMethod) o).self);
        TYPE.addGetter("__doc__", o -> Abstract.getAttr(((PyMethod) o).func, "__doc__")); // method_get_doc
        TYPE.ready();
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
