package org.sanca.objects;

/**
 * Module objects: a name and a __dict__, with module-level __getattr__.
 * CPython: Objects/moduleobject.c.
 */
public class PyModule extends PyObject {
    public static final PyType TYPE = new PyType("module", PyType.OBJECT, PyType.BASETYPE);

    PyType type = TYPE;
    PyDict dict;

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

    private static PyObject repr(PyObject self) {
        PyModule m = (PyModule) self;
        PyObject file = m.dict.getItemStr(PyStr.of("__file__"));
        String name = m.getName();
        if (file instanceof PyStr f) return PyStr.of("<module '" + name + "' from '" + f.value + "'>");
        return PyStr.of("<module '" + name + "' (built-in)>");
    }

    private static final PyStr ANNOTATIONS = PyStr.of("__annotations__");

    /** module_get_annotations: the dict's __annotations__, made empty on first use. */
    private static PyObject annotations(PyObject o) {
        PyDict d = ((PyModule) o).dict;
        PyObject a = d.getItemStr(ANNOTATIONS);
        if (a == null) {
            a = new PyDict();
            d.setItem(ANNOTATIONS, a);
        }
        return a;
    }

    private static void setAnnotations(PyObject o, PyObject v) {
        PyDict d = ((PyModule) o).dict;
        if (v != null) d.setItem(ANNOTATIONS, v);
        else if (d.delItemIfPresent(ANNOTATIONS) == null) throw PyErr.format(PyExc.AttributeError, "__annotations__");
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            PyModule m = new PyModule("?");
            m.type = t;
            return m;
        };
        TYPE.tp_init = (self, a, o, n, k) -> {
            PyObject[] v = Args.parse("module", a, o, n, k, new String[] {"name", "doc"}, 1);
            PyModule m = (PyModule) self;
            m.dict.setItem(PyStr.of("__name__"), v[0]);
            m.dict.setItem(PyStr.of("__doc__"), v[1] == null ? Py.None : v[1]);
        };
        TYPE.tp_getattro = PyModule::getattro;
        TYPE.tp_repr = PyModule::repr;
        TYPE.addGetter("__dict__", o -> ((PyModule) o).dict);
        TYPE.addMethod("__dir__", (Slots.MethNoArgs) o -> {
            PyDict d = ((PyModule) o).dict;
            PyObject dirfunc = d.getItemStr(PyStr.of("__dir__"));
            return dirfunc != null ? Abstract.call(dirfunc) : PyList.fromIterable(d);
        });
        TYPE.addGetSet("__annotations__", PyModule::annotations, PyModule::setAnnotations);
        TYPE.ready();
    }
}
