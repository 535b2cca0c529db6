package org.sanca.objects;

/**
 * Module objects: a name and a __dict__, with module-level __getattr__.
 * CPython: Objects/moduleobject.c.
 */
public class PyModule extends PyObject {
    public static final PyType TYPE = new PyType("module", PyType.OBJECT, PyType.BASETYPE);

    PyType type = TYPE;
    PyDict dict;
    /** Made by Java (a built-in module) rather than by module() in Python: its repr says "(built-in)". */
    boolean builtin = true;

    public PyModule(String name) {
        dict = new PyDict();
        dict.setItem(PyStr.of("__name__"), PyStr.of(name));
        dict.setItem(PyStr.of("__doc__"), Py.None);
        dict.setItem(PyStr.of("__package__"), Py.None);
        dict.setItem(PyStr.of("__loader__"), Py.None);
        dict.setItem(PyStr.of("__spec__"), Py.None);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** The module's __name__. */
    public String getName() {
        PyObject n = dict.getItemStr(PyStr.of("__name__"));
        return n instanceof PyStr s ? s.value : "?";
    }

    private static PyObject getattro(PyObject self, PyObject name) {
        PyObject v = TypeObject.genericGetAttr(self, (PyStr) name, true);
        if (v != null) return v;
        PyModule m = (PyModule) self;
        PyObject ga = m.dict.getItemStr(PyStr.of("__getattr__"));
        if (ga != null) return Abstract.call(ga, name);
        PyObject n = m.dict.getItemStr(PyStr.of("__name__"));
        if (n instanceof PyStr ns)
            throw PyErr.format(PyExc.AttributeError, "module '%U' has no attribute '%U'", ns, name);
        throw PyErr.format(PyExc.AttributeError, "module has no attribute '%U'", name);
    }

    /** module_dir: the module's own __dir__ function when its dict has one, else the dict's keys. */
    private static PyObject dir(PyObject self) {
        PyDict d = moduleDict(self);
        PyObject f = d.getItemStr(PyStr.of("__dir__"));
        return f != null ? Abstract.call(f) : PyList.fromIterable(d);
    }

    private static PyDict moduleDict(PyObject self) {
        if (Abstract.getAttr(self, "__dict__") instanceof PyDict d) return d;
        throw PyErr.format(PyExc.TypeError, "<module>.__dict__ is not a dictionary");
    }

    /** module.__annotations__: the dict's entry, created empty and stored on first access. */
    private static PyObject annotations(PyObject self) {
        PyDict d = moduleDict(self);
        PyObject a = d.getItemStr(PyStr.of("__annotations__"));
        if (a == null) {
            a = new PyDict();
            d.setItem(PyStr.of("__annotations__"), a);
        }
        return a;
    }

    private static void setAnnotations(PyObject self, PyObject value) {
        PyDict d = moduleDict(self);
        if (value != null) {
            d.setItem(PyStr.of("__annotations__"), value);
        } else if (d.getItemStr(PyStr.of("__annotations__")) == null) {
            throw PyErr.format(PyExc.AttributeError, "__annotations__");
        } else {
            d.delItem(PyStr.of("__annotations__"));
        }
    }

    /** module_repr: importlib._bootstrap._module_repr's rules (spec, loader.module_repr, __file__, loader). */
    private static PyObject repr(PyObject self) {
        PyObject loader = Abstract.lookupAttr(self, "__loader__");
        PyObject spec = Abstract.lookupAttr(self, "__spec__");
        if (spec != null && Abstract.isTrue(spec)) return reprFromSpec(spec);
        if (loader != null && Abstract.lookupAttr(loader, "module_repr") != null) {
            try {
                return Abstract.callMethod(loader, "module_repr", self);
            } catch (PyException e) {
                // falls through to the catch-all, as _module_repr does
            }
        }
        PyObject name = Abstract.lookupAttr(self, "__name__");
        String n = name == null ? "'?'" : Abstract.repr(name).value;
        PyObject file = Abstract.lookupAttr(self, "__file__");
        if (file != null) return PyStr.of("<module " + n + " from " + Abstract.repr(file).value + ">");
        if (loader == null || loader == Py.None)
            return PyStr.of("<module " + n + (((PyModule) self).builtin ? " (built-in)>" : ">"));
        return PyStr.of("<module " + n + " (" + Abstract.repr(loader).value + ")>");
    }

    /** _module_repr_from_spec. */
    private static PyObject reprFromSpec(PyObject spec) {
        PyObject name = Abstract.getAttr(spec, "name"), origin = Abstract.getAttr(spec, "origin");
        String n = name == Py.None ? "'?'" : Abstract.repr(name).value;
        if (origin == Py.None) {
            PyObject loader = Abstract.getAttr(spec, "loader");
            return PyStr.of(loader == Py.None ? "<module " + n + ">"
                    : "<module " + n + " (" + Abstract.repr(loader).value + ")>");
        }
        if (Abstract.isTrue(Abstract.getAttr(spec, "has_location")))
            return PyStr.of("<module " + n + " from " + Abstract.repr(origin).value + ">");
        return PyStr.of("<module " + n + " (" + Abstract.str(origin).value + ")>");
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            PyModule m = new PyModule("?");
            m.type = t;
            m.builtin = false;
            return m;
        };
        TYPE.tp_init = (self, a, o, n, k) -> {
            PyObject[] v = Args.parse("module", a, o, n, k, new String[] {"name", "doc"}, 1);
            if (!(v[0] instanceof PyStr))
                throw PyErr.format(PyExc.TypeError, "module() argument 'name' must be str, not %.200s", PyErr.typeName(v[0]));
            PyModule m = (PyModule) self;
            m.dict.setItem(PyStr.of("__name__"), v[0]);
            m.dict.setItem(PyStr.of("__doc__"), v[1] == null ? Py.None : v[1]);
        };
        TYPE.tp_getattro = PyModule::getattro;
        TYPE.tp_repr = PyModule::repr;
        TYPE.addGetter("__dict__", o -> ((PyModule) o).dict);
        TYPE.addMethod("__dir__", (Slots.MethNoArgs) PyModule::dir);
        TYPE.addGetSet("__annotations__", PyModule::annotations, PyModule::setAnnotations);
        TYPE.ready();
    }
}
