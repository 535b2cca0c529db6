package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * Where the eval loop finds builtins (a frame's f_builtins) and the sys hooks it calls.
 * CPython: Python/ceval.c (_PyEval_BuiltinsFromGlobals, PRINT_EXPR's sys.displayhook).
 */
final class Builtins {
    private Builtins() {}

    private static final PyObject BUILTINS_KEY = PyStr.of("__builtins__");

    /**
     * The builtins for code run with {@code globals}: globals['__builtins__'] (a module's dict or
     * a mapping), else the interpreter's builtins.
     */
    static PyObject fromGlobals(PyDict globals) {
        PyObject b = globals.getItem(BUILTINS_KEY);
        if (b == null) return Interpreter.getBuiltins();
        PyObject d = Protocols.moduleDict(b);
        return d != null ? d : b;
    }

    /** builtins[name], or null. */
    static PyObject lookup(PyObject builtins, PyObject name) {
        if (builtins == null) return null;
        if (builtins instanceof PyDict d) return d.getItem(name);
        return Protocols.mappingGet(builtins, name);
    }

    /** PRINT_EXPR: sys.displayhook(value). */
    static void displayHook(PyObject v) {
        PyObject sys = Interpreter.getSys();
        PyObject hook = sys == null ? null : Abstract.lookupAttr(sys, "displayhook");
        if (hook == null) throw Errors.runtimeError("lost sys.displayhook");
        Abstract.call(hook, v);
    }
}
