package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.Slots.MethO;

/**
 * collections.defaultdict: a dict whose __missing__ stores and returns default_factory() for an absent key.
 * CPython: Modules/_collectionsmodule.c (defdictobject).
 */
final class DefaultDict extends PyDict {
    static final PyType TYPE = new PyType("collections.defaultdict", PyDict.TYPE,
        PyType.BASETYPE | PyType.DICT_SUBCLASS | PyType.MAPPING);

    private final PyType type;
    private PyDict dict;
    /** The factory, or null for None. */
    PyObject factory;

    DefaultDict(PyType type) {
        this.type = type;
        if (type.hasInstanceDict()) dict = new PyDict();
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        if (dict == null) super.setDict(d);
        dict = d;
    }

    static DefaultDict self(PyObject o) {
        return (DefaultDict) o;
    }

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, o, n, k) -> new DefaultDict(type);
        t.tp_init = DefaultDict::init;
        t.tp_repr = DefaultDict::repr;
        t.nb[PyNumber.OR] = DefaultDict::or;
        t.addMethod("__missing__", (MethO) DefaultDict::missing);
        t.addMethod("copy", (MethNoArgs) DefaultDict::copyOf);
        t.addMethod("__copy__", (MethNoArgs) DefaultDict::copyOf);
        t.addMethod("__reduce__", (MethNoArgs) DefaultDict::reduce);
        t.addGetSet("default_factory", o -> self(o).factory == null ? Py.None : self(o).factory,
            (o, v) -> self(o).factory = v == Py.None ? null : v);
        t.put("__doc__", PyStr.of("defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
            + "The default factory is called without arguments to produce\n"
            + "a new value when a key is not present, in __getitem__ only.\n"
            + "A defaultdict compares equal to a dict with the same items.\n"
            + "All remaining arguments are treated the same as if they were\n"
            + "passed to the dict constructor, including keyword arguments.\n"));
        t.ready();
    }

    /** defdict_init: the first positional argument is the factory, the rest go to dict.__init__. */
    private static void init(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject factory = null;
        if (n > 0) {
            factory = a[o];
            if (factory != Py.None && factory.type().tp_call == null)
                throw PyErr.format(PyExc.TypeError, "first argument must be callable or None");
            if (factory == Py.None) factory = null;
            o++;
            n--;
        }
        self(s).factory = factory;
        PyDict.TYPE.tp_init.init(s, a, o, n, k);
    }

    private static PyObject missing(PyObject s, PyObject key) {
        PyObject f = self(s).factory;
        if (f == null) throw PyErr.raise(PyExc.KeyError, key);
        PyObject value = Abstract.call(f);
        Abstract.setItem(s, key, value);
        return value;
    }

    private static String typeName(PyObject o) {
        String name = o.type().getName();
        return o.type().isHeapType() ? name : name.substring(name.lastIndexOf('.') + 1);
    }

    private static PyObject repr(PyObject o) {
        PyObject f = self(o).factory;
        String factory;
        if (f == null) {
            factory = "None";
        } else if (!Abstract.reprEnter(f)) {
            factory = "...";
        } else {
            try {
                factory = Abstract.repr(f).asString();
            } finally {
                Abstract.reprLeave(f);
            }
        }
        String base = ((PyStr) PyDict.TYPE.tp_repr.call(o)).asString();
        return PyStr.of(typeName(o) + "(" + factory + ", " + base + ")");
    }

    /** new_defdict: type(dd)(dd.default_factory, arg). */
    private static PyObject make(PyObject dd, PyObject arg) {
        PyObject f = self(dd).factory;
        return Abstract.call(dd.type(), f == null ? Py.None : f, arg);
    }

    private static PyObject copyOf(PyObject s) {
        return make(s, s);
    }

    private static PyObject or(PyObject left, PyObject right) {
        boolean leftIsSelf = left instanceof DefaultDict;
        PyObject self = leftIsSelf ? left : right, other = leftIsSelf ? right : left;
        if (!(other instanceof PyDict)) return Py.NotImplemented;
        PyObject r = make(self, left);
        if (r instanceof PyDict d) d.updateFrom(right);
        else Abstract.callMethod(r, "update", right);
        return r;
    }

    private static PyObject reduce(PyObject s) {
        PyObject f = self(s).factory;
        PyObject args = f == null ? PyTuple.EMPTY : PyTuple.of(f);
        PyObject items = Abstract.getIter(Abstract.callMethod(s, "items"));
        return PyTuple.of(s.type(), args, Py.None, Py.None, items);
    }
}
