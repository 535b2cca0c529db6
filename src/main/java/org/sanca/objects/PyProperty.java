package org.sanca.objects;

/**
 * property(fget, fset, fdel, doc): a data descriptor calling Python accessors.
 * CPython: Objects/descrobject.c (PyProperty_Type).
 */
public class PyProperty extends PyObject {
    public static final PyType TYPE = new PyType("property", PyType.BASETYPE);

    PyType type = TYPE;
    PyObject fget = Py.None, fset = Py.None, fdel = Py.None, doc = Py.None;
    PyObject name;
    PyDict dict;

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    private String describe(PyObject obj, String what) {
        String owner = PyErr.typeName(obj);
        return name == null ? "property of '" + owner + "' object has no " + what
                : "property " + Abstract.repr(name).value + " of '" + owner + "' object has no " + what;
    }

    private PyProperty copyWith(PyObject get, PyObject set, PyObject del) {
        PyObject d = doc;
        if (fget != Py.None && doc == Py.None) d = Py.None;
        PyObject p = Abstract.call(type, get == null ? Py.None : get, set == null ? Py.None : set,
                del == null ? Py.None : del, d);
        if (p instanceof PyProperty pp && pp.name == null) pp.name = name;
        return (PyProperty) p;
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            PyProperty p = new PyProperty();
            p.type = t;
            if (t != TYPE) p.dict = new PyDict();
            return p;
        };
        TYPE.tp_init = (self, a, o, n, k) -> {
            PyObject[] v = Args.parse("property", a, o, n, k, new String[] {"fget", "fset", "fdel", "doc"}, 0);
            PyProperty p = (PyProperty) self;
            p.fget = v[0] == null ? Py.None : v[0];
            p.fset = v[1] == null ? Py.None : v[1];
            p.fdel = v[2] == null ? Py.None : v[2];
            PyObject doc = v[3] == null ? Py.None : v[3];
            if (doc != Py.None || p.fget == Py.None) {
                p.doc = doc;
                return;
            }
            // no docstring given: the getter's, which a subclass keeps in the instance's __dict__
            // (its class's __doc__ would shadow the slot), as property_init does
            PyObject d = Abstract.lookupAttr(p.fget, "__doc__");
            if (p.type() == TYPE) p.doc = d == null ? Py.None : d;
            else Abstract.setAttr(p, "__doc__", d == null ? Py.None : d);
        };
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyProperty p = (PyProperty) d;
            if (obj == null) return p;
            if (p.fget == Py.None) throw PyErr.format(PyExc.AttributeError, "%s", p.describe(obj, "getter"));
            return Abstract.call(p.fget, obj);
        };
        TYPE.tp_descr_set = (d, obj, value) -> {
            PyProperty p = (PyProperty) d;
            if (value == null) {
                if (p.fdel == Py.None) throw PyErr.format(PyExc.AttributeError, "%s", p.describe(obj, "deleter"));
                Abstract.call(p.fdel, obj);
            } else {
                if (p.fset == Py.None) throw PyErr.format(PyExc.AttributeError, "%s", p.describe(obj, "setter"));
                Abstract.call(p.fset, obj, value);
            }
        };
        TYPE.addMember("fget", o -> ((PyProperty) o).fget);
        TYPE.addMember("fset", o -> ((PyProperty) o).fset);
        TYPE.addMember("fdel", o -> ((PyProperty) o).fdel);
        TYPE.addGetSet("__doc__", o -> ((PyProperty) o).doc, (o, v) -> ((PyProperty) o).doc = v == null ? Py.None : v);
        TYPE.addGetter("__isabstractmethod__", o -> {
            PyProperty p = (PyProperty) o;
            for (PyObject f : new PyObject[] {p.fget, p.fset, p.fdel})
                if (PyFunctionWrapper.isAbstract(f) == Py.True) return Py.True;
            return Py.False;
        });
        TYPE.addMethod("getter", (Slots.MethO) (s, f) -> ((PyProperty) s).copyWith(f, ((PyProperty) s).fset, ((PyProperty) s).fdel));
        TYPE.addMethod("setter", (Slots.MethO) (s, f) -> ((PyProperty) s).copyWith(((PyProperty) s).fget, f, ((PyProperty) s).fdel));
        TYPE.addMethod("deleter", (Slots.MethO) (s, f) -> ((PyProperty) s).copyWith(((PyProperty) s).fget, ((PyProperty) s).fset, f));
        TYPE.addMethod("__set_name__", (Slots.MethFast) (s, a, o, n, k) -> {
            Args.exactly("__set_name__", n, 2);
            ((PyProperty) s).name = a[o + 1];
            return Py.None;
        });
        TYPE.ready();
    }
}
