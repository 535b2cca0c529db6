package org.sanca.vm;

import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.PyMethod;

/**
 * The slots and attributes of the function type: calling, binding as a method, repr, and the
 * __code__/__defaults__/... attributes with CPython's checks.
 * CPython: Objects/funcobject.c (func_getsetlist, func_memberlist, func_descr_get, func_repr).
 */
final class FunctionType {
    private FunctionType() {}

    static void init(PyType t) {
        t.tp_call = (c, a, o, n, k) -> Calls.callFunction(ThreadState.get(), (PyFunction) c, a, o, n, k);
        org.sanca.objects.Slots.pythonMethodCall = Calls::callMethod;
        t.tp_descr_get = (d, obj, type) -> obj == null || obj == Py.None ? d : new PyMethod(d, obj);
        t.tp_repr = o -> PyStr.of("<function " + ((PyFunction) o).qualname() + " at " + Py.idHex(o) + ">");
        t.addGetSet("__code__", o -> fn(o).exec.pycode, (o, v) -> {
            if (!(v instanceof PyCode c)) throw PyErr.format(PyExc.TypeError, "__code__ must be set to a code object");
            fn(o).exec = ExecCode.of(c);
        });
        t.addMember("__globals__", o -> fn(o).globals);
        t.addMember("__builtins__", o -> fn(o).builtins);
        t.addMember("__closure__", o -> orNone(fn(o).closure));
        t.addGetSet("__defaults__", o -> orNone(fn(o).defaults), (o, v) -> {
            if (v != null && v != Py.None && !(v instanceof PyTuple)) {
                throw PyErr.format(PyExc.TypeError, "__defaults__ must be set to a tuple object");
            }
            fn(o).defaults = v instanceof PyTuple tu ? tu : null;
        });
        t.addGetSet("__kwdefaults__", o -> orNone(fn(o).kwdefaults), (o, v) -> {
            if (v != null && v != Py.None && !(v instanceof PyDict)) {
                throw PyErr.format(PyExc.TypeError, "__kwdefaults__ must be set to a dict object");
            }
            fn(o).kwdefaults = v instanceof PyDict d ? d : null;
        });
        t.addGetSet("__name__", o -> fn(o).name, (o, v) -> fn(o).name = strAttr(v, "__name__"));
        t.addGetSet("__qualname__", o -> fn(o).qualname, (o, v) -> fn(o).qualname = strAttr(v, "__qualname__"));
        t.addGetSet("__doc__", o -> fn(o).doc, (o, v) -> fn(o).doc = v == null ? Py.None : v);
        t.addGetSet("__module__", o -> fn(o).module, (o, v) -> fn(o).module = v == null ? Py.None : v);
        t.addGetSet("__dict__", PyObject::getDict, (o, v) -> {
            if (!(v instanceof PyDict d)) throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                    v == null ? "NoneType" : PyErr.typeName(v));
            fn(o).dict = d;
        });
        t.addGetSet("__annotations__", o -> {
            PyFunction f = fn(o);
            if (f.annotations == null) f.annotations = new PyDict();
            return f.annotations;
        }, (o, v) -> {
            if (v != null && v != Py.None && !(v instanceof PyDict)) {
                throw PyErr.format(PyExc.TypeError, "__annotations__ must be set to a dict object");
            }
            fn(o).annotations = v == Py.None ? null : v;
        });
        t.tp_new = (type, a, o, n, k) -> newFunction(Args.parse("function", a, o, n, k,
                new String[] {"code", "globals", "name", "argdefs", "closure"}, 2));
        t.ready();
    }

    /** function(code, globals, name=None, argdefs=None, closure=None). CPython: func_new_impl. */
    private static PyObject newFunction(PyObject[] v) {
        if (!(v[0] instanceof PyCode code)) {
            throw PyErr.format(PyExc.TypeError, "function() argument 'code' must be code, not %s", PyErr.typeName(v[0]));
        }
        if (!(v[1] instanceof PyDict globals)) {
            throw PyErr.format(PyExc.TypeError, "function() argument 'globals' must be dict, not %s", PyErr.typeName(v[1]));
        }
        PyObject name = v[2] == null ? Py.None : v[2];
        PyObject defaults = v[3] == null ? Py.None : v[3];
        PyObject closure = v[4] == null ? Py.None : v[4];
        if (name != Py.None && !(name instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "arg 3 (name) must be None or string");
        }
        if (defaults != Py.None && !(defaults instanceof PyTuple)) {
            throw PyErr.format(PyExc.TypeError, "arg 4 (defaults) must be None or tuple");
        }
        int nfree = code.getFreevars().length;
        if (!(closure instanceof PyTuple)) {
            if (nfree > 0 && closure == Py.None) throw PyErr.format(PyExc.TypeError, "arg 5 (closure) must be tuple");
            if (closure != Py.None) throw PyErr.format(PyExc.TypeError, "arg 5 (closure) must be None or tuple");
        }
        int nclosure = closure instanceof PyTuple ct ? ct.size() : 0;
        if (nfree != nclosure) {
            throw PyErr.format(PyExc.ValueError, "%s requires closure of length %d, not %d", code.getName(), nfree, nclosure);
        }
        for (int i = 0; i < nclosure; i++) {
            PyObject c = ((PyTuple) closure).get(i);
            if (!(c instanceof PyCell)) {
                throw PyErr.format(PyExc.TypeError, "arg 5 (closure) expected cell, found %s", PyErr.typeName(c));
            }
        }
        PyFunction f = new PyFunction(code, globals, null);
        if (name != Py.None) f.name = name;
        if (defaults != Py.None) f.defaults = (PyTuple) defaults;
        if (closure != Py.None) f.closure = (PyTuple) closure;
        return f;
    }

    private static PyFunction fn(PyObject o) {
        return (PyFunction) o;
    }

    private static PyObject orNone(PyObject v) {
        return v == null ? Py.None : v;
    }

    private static PyObject strAttr(PyObject v, String name) {
        if (!(v instanceof PyStr)) throw PyErr.format(PyExc.TypeError, "%s must be set to a string object", name);
        return v;
    }
}
