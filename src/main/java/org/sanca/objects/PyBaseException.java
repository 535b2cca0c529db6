package org.sanca.objects;

import java.util.HashMap;

/**
 * Python's BaseException and the instances of every exception class: args, traceback, chaining, notes.
 * CPython: Objects/exceptions.c (PyBaseExceptionObject, BaseException_*).
 */
public class PyBaseException extends PyObject {
    public static final PyType TYPE = new PyType("BaseException", PyType.OBJECT,
            PyType.BASETYPE | PyType.BASE_EXC_SUBCLASS);

    PyType type;
    PyDict dict;
    public PyTuple args = PyTuple.EMPTY;
    /** __traceback__: the vm's traceback object, or null for None. */
    public PyObject traceback;
    /** __cause__, or null for None. */
    public PyObject cause;
    /** __context__, or null for None. */
    public PyObject context;
    public boolean suppressContext;
    /** Attributes of particular exception classes (StopIteration.value, OSError.errno, ...). */
    private HashMap<String, PyObject> fields;

    public PyBaseException(PyType type) {
        this.type = type;
    }

    /** An exception of the given type with the given args, without calling Python code. */
    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    /** A class-specific attribute (Python None when unset). */
    public PyObject getAttrField(String name) {
        PyObject v = fields == null ? null : fields.get(name);
        return v == null ? Py.None : v;
    }

    public void setAttrField(String name, PyObject v) {
        if (fields == null) fields = new HashMap<>();
        fields.put(name, v);
    }

    /** Adds a read-write class-specific attribute to an exception type. */
    static void field(PyType t, String name) {
        t.addGetSet(name, o -> ((PyBaseException) o).getAttrField(name),
                (o, v) -> ((PyBaseException) o).setAttrField(name, v == null ? Py.None : v));
    }

    static PyBaseException self(PyObject o) {
        return (PyBaseException) o;
    }

    /** BaseException.__str__. */
    static PyObject str(PyObject o) {
        PyTuple a = self(o).args;
        return switch (a.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Abstract.str(a.get(0));
            default -> Abstract.str(a);
        };
    }

    static PyObject repr(PyObject o) {
        PyTuple a = self(o).args;
        String name = o.type().getName();
        if (a.size() == 1) return PyStr.of(name + "(" + Abstract.repr(a.get(0)).value + ")");
        return PyStr.of(name + Abstract.repr(a).value);
    }

    private static PyObject noneIfNull(PyObject o) {
        return o == null ? Py.None : o;
    }

    /** BaseException_set_tb. */
    private static void setTraceback(PyObject o, PyObject v) {
        if (v == null) throw PyErr.format(PyExc.TypeError, "__traceback__ may not be deleted");
        if (v != Py.None && !v.type().getName().equals("traceback"))
            throw PyErr.format(PyExc.TypeError, "__traceback__ must be a traceback or None");
        self(o).traceback = v == Py.None ? null : v;
    }

    private static PyObject checkChain(PyObject v, String what) {
        if (v == null) throw PyErr.format(PyExc.TypeError, "%s may not be deleted", what);
        if (v == Py.None) return null;
        if (!(v instanceof PyBaseException))
            throw PyErr.format(PyExc.TypeError, "exception %s must be None or derive from BaseException",
                    what.equals("__cause__") ? "cause" : "context");
        return v;
    }

    static {
        PyType t = TYPE;
        t.instanceDict = true;
        t.tp_new = (ty, a, o, n, k) -> {
            PyBaseException e = PyExc.instantiate(ty);
            e.args = Args.tuple(a, o, n);
            return e;
        };
        t.tp_init = (self, a, o, n, k) -> {
            if (k != null && k.size() > 0)
                throw PyErr.format(PyExc.TypeError, "%s() takes no keyword arguments", self.type().getName());
            self(self).args = Args.tuple(a, o, n);
        };
        t.tp_getattro = TypeObject.GENERIC_GETATTR;
        t.tp_setattro = TypeObject.GENERIC_SETATTR;
        t.tp_str = PyBaseException::str;
        t.tp_repr = PyBaseException::repr;
        t.addGetSet("args", o -> self(o).args, (o, v) -> {
            if (v == null) throw PyErr.format(PyExc.TypeError, "args may not be deleted");
            self(o).args = PyTuple.fromIterable(v);
        });
        t.addGetSet("__traceback__", o -> noneIfNull(self(o).traceback), PyBaseException::setTraceback);
        t.addGetSet("__cause__", o -> noneIfNull(self(o).cause), (o, v) -> {
            self(o).cause = checkChain(v, "__cause__");
            self(o).suppressContext = true;
        });
        t.addGetSet("__context__", o -> noneIfNull(self(o).context), (o, v) -> self(o).context = checkChain(v, "__context__"));
        t.addGetSet("__suppress_context__", o -> PyBool.of(self(o).suppressContext),
                (o, v) -> self(o).suppressContext = v != null && Abstract.isTrue(v));
        t.addGetSet("__dict__", PyObject::getDict, (o, v) -> {
            if (!(v instanceof PyDict d)) throw PyErr.format(PyExc.TypeError, "__dict__ must be a dictionary");
            o.setDict(d);
        });
        t.addMethod("with_traceback", (Slots.MethO) (o, tb) -> {
            setTraceback(o, tb);
            return o;
        });
        t.addMethod("add_note", (Slots.MethO) (o, note) -> {
            if (!(note instanceof PyStr))
                throw PyErr.format(PyExc.TypeError, "note must be a str, not '%s'", PyErr.typeName(note));
            PyObject notes = Abstract.lookupAttr(o, "__notes__");
            if (notes == null) {
                notes = new PyList();
                Abstract.setAttr(o, "__notes__", notes);
            }
            if (!(notes instanceof PyList l)) throw PyErr.format(PyExc.TypeError, "Cannot add note: __notes__ is not a list");
            l.append(note);
            return Py.None;
        });
        t.addMethod("__reduce__", (Slots.MethNoArgs) o -> {
            PyDict d = self(o).dict;
            return d == null || d.size() == 0 ? PyTuple.of(o.type(), self(o).args) : PyTuple.of(o.type(), self(o).args, d);
        });
        t.addMethod("__setstate__", (Slots.MethO) (o, state) -> {
            if (state == Py.None) return Py.None;
            if (!(state instanceof PyDict d)) throw PyErr.format(PyExc.TypeError, "state is not a dictionary");
            for (PyDict.Entry e : d.entries()) {
                if (!(e.key() instanceof PyStr k))
                    throw PyErr.format(PyExc.TypeError, "attribute name must be string, not '%.200s'", PyErr.typeName(e.key()));
                Abstract.setAttr(o, k, e.value());
            }
            return Py.None;
        });
        t.ready();
    }

    /** Sets the chaining fields as RAISE does: the exception being handled becomes the context. */
    public void setContextChecked(PyBaseException ctx) {
        if (ctx == this) return;
        for (PyObject o = ctx; o instanceof PyBaseException e; o = e.context) {
            if (e.context == this) {
                e.context = null;
                break;
            }
        }
        context = ctx;
    }
}
