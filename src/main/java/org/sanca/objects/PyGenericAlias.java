package org.sanca.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * list[int] and friends (types.GenericAlias): an origin with type arguments, subclassable, with type-variable
 * substitution and delegation of other attributes to the origin.
 * CPython: Objects/genericaliasobject.c.
 */
public class PyGenericAlias extends PyObject {
    public static final PyType TYPE = new PyType("types.GenericAlias", PyType.BASETYPE);

    PyType type = TYPE;
    PyDict dict;
    PyObject origin;
    PyTuple args;
    PyTuple parameters;
    boolean starred;

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    static PyObject of(PyObject origin, PyObject args) {
        return make(TYPE, origin, args);
    }

    static PyGenericAlias make(PyType t, PyObject origin, PyObject args) {
        PyGenericAlias g = new PyGenericAlias();
        g.type = t;
        if (t.isHeapType()) g.dict = new PyDict();
        g.origin = origin;
        g.args = args instanceof PyTuple tup ? tup : PyTuple.of(args);
        return g;
    }

    private static String reprItem(PyObject p) {
        if (p == Py.Ellipsis) return "...";
        if (p instanceof PyGenericAlias) return Abstract.repr(p).value;
        PyObject q = Abstract.lookupAttr(p, "__qualname__");
        PyObject m = Abstract.lookupAttr(p, "__module__");
        if (q == null || m == null || Abstract.lookupAttr(p, "__origin__") != null) return Abstract.repr(p).value;
        String qs = Abstract.str(q).value;
        return m instanceof PyStr ms && ms.asString().equals("builtins") ? qs : Abstract.str(m).value + "." + qs;
    }

    /** The type variables among the arguments (objects with __typing_subst__), in order, without repeats. */
    PyTuple parameters() {
        if (parameters == null) {
            List<PyObject> ps = new ArrayList<>();
            for (PyObject a : args.items) {
                if (a instanceof PyType) continue;
                if (Abstract.lookupAttr(a, "__typing_subst__") != null) {
                    if (!ps.contains(a)) ps.add(a);
                } else {
                    PyObject sub = Abstract.lookupAttr(a, "__parameters__");
                    if (sub instanceof PyTuple st) for (PyObject x : st.items) if (!ps.contains(x)) ps.add(x);
                }
            }
            parameters = PyTuple.wrap(ps.toArray(new PyObject[0]));
        }
        return parameters;
    }

    /** g[items]: substitutes the type variables. */
    PyObject subscript(PyObject items) {
        PyTuple params = parameters();
        if (params.size() == 0)
            throw PyErr.format(PyExc.TypeError, "%s is not a generic class", Abstract.repr(this).value);
        PyObject[] it = items instanceof PyTuple t ? t.items : new PyObject[] {items};
        if (it.length != params.size())
            throw PyErr.format(PyExc.TypeError, "Too %s arguments for %s; actual %d, expected %d",
                    it.length > params.size() ? "many" : "few", Abstract.repr(this).value, it.length, params.size());
        PyObject[] out = new PyObject[args.size()];
        for (int i = 0; i < out.length; i++) out[i] = substitute(args.get(i), params, it);
        return Abstract.call(type, origin, PyTuple.wrap(out));
    }

    private static PyObject substitute(PyObject arg, PyTuple params, PyObject[] items) {
        if (arg instanceof PyType) return arg;
        for (int j = 0; j < params.size(); j++) {
            if (params.get(j) == arg) {
                PyObject subst = Abstract.lookupAttr(arg, "__typing_subst__");
                return subst == null ? items[j] : Abstract.call(subst, items[j]);
            }
        }
        PyObject sub = Abstract.lookupAttr(arg, "__parameters__");
        if (sub instanceof PyTuple st && st.size() > 0) {
            PyObject[] subItems = new PyObject[st.size()];
            for (int k = 0; k < st.size(); k++) {
                PyObject v = st.get(k);
                for (int j = 0; j < params.size(); j++) if (params.get(j) == v) v = items[j];
                subItems[k] = v;
            }
            return Abstract.getItem(arg, subItems.length == 1 ? subItems[0] : PyTuple.wrap(subItems));
        }
        return arg;
    }

    private static final java.util.Set<String> OWN = java.util.Set.of("__class__", "__origin__", "__args__",
            "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
            "__reduce__", "__copy__", "__deepcopy__", "__dict__", "__getitem__", "__eq__", "__hash__", "__repr__",
            "__or__", "__ror__", "__call__", "__instancecheck__", "__subclasscheck__", "__dir__", "__new__", "__init__");

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            if (t == TYPE) Args.noKeywords("GenericAlias", k);
            Args.exactly("GenericAlias", n, 2);
            return make(t, a[o], a[o + 1]);
        };
        TYPE.tp_init = (self, a, o, n, k) -> {};
        TYPE.tp_repr = o -> {
            PyGenericAlias g = (PyGenericAlias) o;
            StringBuilder sb = new StringBuilder(g.starred ? "*" : "").append(reprItem(g.origin)).append('[');
            for (int i = 0; i < g.args.size(); i++) sb.append(i > 0 ? ", " : "").append(reprItem(g.args.get(i)));
            if (g.args.size() == 0) sb.append("()");
            return PyStr.of(sb.append(']').toString());
        };
        TYPE.tp_call = (c, a, o, n, k) -> {
            PyObject r = Abstract.call(((PyGenericAlias) c).origin, a, o, n, k);
            try {
                Abstract.setAttr(r, "__orig_class__", c);
            } catch (PyException e) {
                if (!e.matches(PyExc.AttributeError) && !e.matches(PyExc.TypeError)) throw e;
            }
            return r;
        };
        TYPE.tp_getattro = (o, name) -> {
            String s = ((PyStr) name).asString();
            PyGenericAlias g = (PyGenericAlias) o;
            if (!OWN.contains(s)) return Abstract.getAttr(g.origin, (PyStr) name);
            return TypeObject.genericGetAttr(o, (PyStr) name, false);
        };
        TYPE.mp_subscript = (o, k) -> ((PyGenericAlias) o).subscript(k);
        TYPE.tp_richcompare = (v, w, op) -> {
            if (!(w instanceof PyGenericAlias b) || (op != Abstract.EQ && op != Abstract.NE)) return Py.NotImplemented;
            PyGenericAlias a = (PyGenericAlias) v;
            boolean eq = a.starred == b.starred && Abstract.equals(a.origin, b.origin) && Abstract.equals(a.args, b.args);
            return PyBool.of(eq == (op == Abstract.EQ));
        };
        TYPE.tp_hash = o -> Abstract.hash(((PyGenericAlias) o).origin) ^ Abstract.hash(((PyGenericAlias) o).args);
        TYPE.nb[PyNumber.OR] = PyUnion::or;
        TYPE.addGetter("__origin__", o -> ((PyGenericAlias) o).origin);
        TYPE.addGetter("__args__", o -> ((PyGenericAlias) o).args);
        TYPE.addGetter("__parameters__", o -> ((PyGenericAlias) o).parameters());
        TYPE.addGetter("__unpacked__", o -> PyBool.of(((PyGenericAlias) o).starred));
        TYPE.addMethod("__mro_entries__", (Slots.MethO) (o, bases) -> PyTuple.of(((PyGenericAlias) o).origin));
        TYPE.addMethod("__instancecheck__", (Slots.MethO) (o, x) -> {
            throw PyErr.format(PyExc.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
        });
        TYPE.addMethod("__subclasscheck__", (Slots.MethO) (o, x) -> {
            throw PyErr.format(PyExc.TypeError, "issubclass() argument 2 cannot be a parameterized generic");
        });
        TYPE.addMethod("__reduce__", (Slots.MethNoArgs) o -> PyTuple.of(o.type(),
                PyTuple.of(((PyGenericAlias) o).origin, ((PyGenericAlias) o).args)));
        TYPE.ready();
    }
}
