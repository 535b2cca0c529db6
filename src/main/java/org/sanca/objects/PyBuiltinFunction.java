package org.sanca.objects;

import org.sanca.objects.Slots.*;

/**
 * A builtin function or a builtin method bound to its self: a Java lambda of one of the PyCFunction shapes.
 * CPython: Objects/methodobject.c (PyCFunctionObject, builtin_function_or_method).
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = new PyType("builtin_function_or_method", PyType.DISALLOW_INSTANTIATION);

    final String name;
    /** __self__: the bound object, the module for module functions, or null. */
    final PyObject self;
    final BuiltinBody impl;
    /** The qualified name used in error messages, e.g. "list.append". */
    final String qualname;
    /** __module__ and __doc__; null means None (no Py.* reads here: instances are made during bootstrap). */
    PyObject module;
    PyObject doc;
    private boolean newWrapper;

    PyBuiltinFunction(String name, PyObject self, BuiltinBody impl, String qualname) {
        this.name = name;
        this.self = self;
        this.impl = impl;
        this.qualname = qualname;
    }

    /** A module-level function with no self (METH_FASTCALL|METH_KEYWORDS). */
    public PyBuiltinFunction(String name, PyObject self, MethFast impl) {
        this(name, self, impl, name);
    }

    /** A module-level METH_O function. */
    public PyBuiltinFunction(String name, PyObject self, MethO impl) {
        this(name, self, impl, name);
    }

    /** A module-level METH_NOARGS function. */
    public PyBuiltinFunction(String name, PyObject self, MethNoArgs impl) {
        this(name, self, impl, name);
    }

    /** Sets __module__ and __doc__ (for module functions). */
    public PyBuiltinFunction withModule(String module, String doc) {
        this.module = PyStr.of(module);
        this.doc = doc == null ? null : PyStr.of(doc);
        return this;
    }

    public String getName() {
        return name;
    }

    public PyObject getSelf() {
        return self;
    }

    public String qualname() {
        return qualname;
    }

    /** The body CALL's specialised forms run (see Slots.BuiltinBody). */
    public BuiltinBody body() {
        return impl;
    }

    /** The key of this function's docstring and signature in Docstrings: MODULE.NAME, or the qualified name. */
    private String docKey() {
        if (module instanceof PyStr m) return m.asString() + "." + name;
        if (self instanceof PyModule m) return m.getName() + "." + name;
        return qualname;
    }

    /** tp_new_wrapper: the __new__ of a static type, bound to the type. */
    static PyBuiltinFunction newWrapper(PyType t) {
        PyBuiltinFunction f = new PyBuiltinFunction("__new__", t, (MethFast) (s, a, o, n, k) -> tpNew((PyType) s, a, o, n, k),
                t.getName() + ".__new__");
        f.newWrapper = true;
        return f;
    }

    boolean isNewWrapper() {
        return newWrapper;
    }

    private static PyObject tpNew(PyType t, PyObject[] a, int o, int n, PyTuple k) {
        if (n < 1) throw PyErr.format(PyExc.TypeError, "%s.__new__(): not enough arguments", t.getName());
        if (!(a[o] instanceof PyType sub))
            throw PyErr.format(PyExc.TypeError, "%s.__new__(X): X is not a type object (%s)", t.getName(), PyErr.typeName(a[o]));
        if (!sub.isSubtype(t))
            throw PyErr.format(PyExc.TypeError, "%s.__new__(%s): %s is not a subtype of %s", t.getName(), sub.getName(),
                    sub.getName(), t.getName());
        PyType staticBase = sub;
        while (staticBase != null && staticBase.isHeapType() && staticBase.tp_new == (Slots.NewFunc) SlotDefs.heapNew())
            staticBase = staticBase.base;
        if (staticBase != null && staticBase.tp_new != t.tp_new)
            throw PyErr.format(PyExc.TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t.getName(), sub.getName(),
                    staticBase.getName());
        return t.tp_new.call(sub, a, o + 1, n - 1, k);
    }

    /**
     * A call through vectorcall (cfunction_vectorcall_*, method_vectorcall_*): a fast-call body counts one recursion
     * level here (cfunction_enter_call), the others count theirs themselves; CALL's specialised forms skip this
     * (see RecursionGuard.callSpecialized).
     */
    static PyObject vectorcall(String qualname, BuiltinBody impl, PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        if (!RecursionGuard.fastCall(impl)) return impl.callBody(qualname, self, a, o, n, k);
        RecursionGuard g = RecursionGuard.current();
        g.enter(RecursionGuard.CALL);
        try {
            return impl.callBody(qualname, self, a, o, n, k);
        } finally {
            g.leave();
        }
    }

    static {
        TYPE.tp_call = (c, a, o, n, k) -> {
            PyBuiltinFunction f = (PyBuiltinFunction) c;
            return vectorcall(f.qualname, f.impl, f.self, a, o, n, k);
        };
        TYPE.tp_repr = o -> {
            PyBuiltinFunction f = (PyBuiltinFunction) o;
            if (f.self == null || f.self instanceof PyModule)
                return PyStr.of("<built-in function " + f.name + ">");
            return PyStr.of("<built-in method " + f.name + " of " + PyErr.typeName(f.self) + " object at "
                    + Py.idHex(f.self) + ">");
        };
        TYPE.tp_hash = o -> Py.identityHash(o);
        TYPE.tp_richcompare = (v, w, op) -> {
            if ((op != Abstract.EQ && op != Abstract.NE) || !(w instanceof PyBuiltinFunction g)) return Py.NotImplemented;
            PyBuiltinFunction f = (PyBuiltinFunction) v;
            boolean eq = f.impl == g.impl && f.self == g.self;
            return PyBool.of(op == Abstract.EQ == eq);
        };
        TYPE.addGetter("__name__", o -> PyStr.of(((PyBuiltinFunction) o).name));
        TYPE.addGetter("__qualname__", o -> PyStr.of(((PyBuiltinFunction) o).qualname));
        TYPE.addGetter("__self__", o -> {
            PyObject s = ((PyBuiltinFunction) o).self;
            return s == null ? Py.None : s;
        });
        TYPE.addGetter("__module__", o -> orNone(((PyBuiltinFunction) o).module));
        TYPE.addGetter("__doc__", o -> {
            PyBuiltinFunction f = (PyBuiltinFunction) o;
            return f.doc != null ? f.doc : Docstrings.of(f.docKey()); // the one given, else CPython's
        });
        TYPE.addGetter("__text_signature__", o -> Docstrings.of(((PyBuiltinFunction) o).docKey() + ".__text_signature__"));
        TYPE.addMethod("__reduce__", (MethNoArgs) PyBuiltinFunction::reduce);
        TYPE.ready();
    }

    /** meth_reduce: a module function pickles as its name, a bound method as (getattr, (self, name)). */
    private static PyObject reduce(PyObject o) {
        PyBuiltinFunction f = (PyBuiltinFunction) o;
        if (f.self == null || f.self instanceof PyModule) return PyStr.of(f.name);
        return PyTuple.of(Iterators.builtin("getattr"), PyTuple.of(f.self, PyStr.of(f.name)));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? Py.None : o;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
