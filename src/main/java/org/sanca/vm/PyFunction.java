package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * A Python function: a code object with its globals, builtins, defaults and closure; calling it
 * binds the arguments into a new frame and runs the eval loop.
 * CPython: Objects/funcobject.c.
 */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = new PyType("function", PyType.METHOD_DESCRIPTOR);

    static {
        FunctionType.init(TYPE);
    }

    private static final PyStr NAME_KEY = PyStr.of("__name__");

    ExecCode exec;
    final PyDict globals;
    final PyObject builtins;
    PyObject name;
    PyObject qualname;
    /** __defaults__ (a tuple) or null. */
    PyTuple defaults;
    /** __kwdefaults__ (a dict) or null. */
    PyDict kwdefaults;
    /** __closure__ (a tuple of cells) or null. */
    PyTuple closure;
    PyObject doc;
    PyObject module;
    /** __annotations__: a dict, or null until first asked. */
    PyObject annotations;
    /** __dict__, or null until first needed. */
    PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyObject qualname) {
        this(ExecCode.of(code), globals, qualname);
    }

    PyFunction(ExecCode exec, PyDict globals, PyObject qualname) {
        PyCode code = exec.pycode;
        this.exec = exec;
        this.globals = globals;
        this.builtins = Builtins.fromGlobals(globals);
        this.name = PyStr.of(code.getName());
        this.qualname = qualname != null ? qualname : PyStr.of(code.getQualname());
        PyObject[] consts = code.getConsts();
        this.doc = consts.length > 0 && consts[0] instanceof PyStr ? consts[0] : Py.None;
        PyObject mod = globals.getItem(NAME_KEY);
        this.module = mod != null ? mod : Py.None;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** __code__. */
    public PyCode getCode() {
        return exec.pycode;
    }

    public PyDict getGlobals() {
        return globals;
    }

    public PyTuple getClosure() {
        return closure;
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

    /** The qualified name as Java text, for error messages. */
    String qualname() {
        return qualname instanceof PyStr s ? s.asString() : Abstract.str(qualname).asString();
    }

    /**
     * Calls this function in vectorcall form: {@code nargs} positional values from
     * {@code args[off]}, then one value per name in {@code kwnames} (which may be null).
     */
    public PyObject call(PyObject[] args, int off, int nargs, PyTuple kwnames) {
        return Calls.callFunction(ThreadState.get(), this, args, off, nargs, kwnames);
    }
}
