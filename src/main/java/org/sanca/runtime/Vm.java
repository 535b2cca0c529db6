package org.sanca.runtime;

import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyObject;
import org.sanca.vm.Calls;
import org.sanca.vm.Interpreter;
import org.sanca.vm.PyCell;
import org.sanca.vm.PyFrame;
import org.sanca.vm.PyFunction;
import org.sanca.vm.PyTraceback;
import org.sanca.vm.ThreadState;

/**
 * The runtime's one doorway into the eval loop (package org.sanca.vm): running code objects
 * and class bodies, and reading frames, cells and tracebacks.
 * CPython: Include/cpython/ceval.h (PyEval_EvalCode, _PyEval_Vector) and frameobject.h.
 */
public final class Vm {
    private Vm() {}

    /** PyEval_EvalCode: runs a module body or exec'd code with these globals and locals. */
    public static PyObject evalCode(PyCode code, PyDict globals, PyObject locals) {
        return Calls.evalCode(code, globals, locals);
    }

    /** Runs a class body function with {@code ns} as its locals; returns the __class__ cell or None. */
    public static PyObject callWithLocals(PyObject function, PyObject ns) {
        return Calls.callWithLocals((PyFunction) function, ns);
    }

    /** Whether {@code o} is a Python function object. */
    public static boolean isFunction(PyObject o) {
        return o instanceof PyFunction;
    }

    /** Whether {@code o} is a cell. */
    public static boolean isCell(PyObject o) {
        return o instanceof PyCell;
    }

    /** The contents of a cell object, null when empty or when {@code o} is not a cell. */
    public static PyObject cellContents(PyObject o) {
        return o instanceof PyCell c ? c.get() : null;
    }

    /** The innermost Python frame of this thread, or null. */
    public static PyObject currentFrame() {
        return ThreadState.get().currentFrame();
    }

    /** The exception being handled on this thread (sys.exception()), or None. */
    public static PyObject handledException() {
        return ThreadState.get().handledException();
    }

    public static PyDict frameGlobals(PyObject frame) {
        return ((PyFrame) frame).getGlobals();
    }

    public static PyObject frameLocals(PyObject frame) {
        return ((PyFrame) frame).getLocals();
    }

    public static PyObject frameBuiltins(PyObject frame) {
        return ((PyFrame) frame).getBuiltins();
    }

    public static PyObject frameBack(PyObject frame) {
        return ((PyFrame) frame).getBack();
    }

    public static PyCode frameCode(PyObject frame) {
        return ((PyFrame) frame).getCode();
    }

    /** f_lineno: the line the frame is executing. */
    public static int frameLineno(PyObject frame) {
        return ((PyFrame) frame).getLineno();
    }

    /** Whether {@code o} is a traceback object. */
    public static boolean isTraceback(PyObject o) {
        return o instanceof PyTraceback;
    }

    /** tb_next, or null. */
    public static PyObject tracebackNext(PyObject tb) {
        return ((PyTraceback) tb).getNext();
    }

    public static PyObject tracebackFrame(PyObject tb) {
        return ((PyTraceback) tb).getFrame();
    }

    /** tb_lasti as CPython gives it: a byte offset into co_code. */
    public static int tracebackLasti(PyObject tb) {
        return ((PyTraceback) tb).getLasti();
    }

    public static int tracebackLineno(PyObject tb) {
        return ((PyTraceback) tb).getLineno();
    }

    public static int getRecursionLimit() {
        return Interpreter.getRecursionLimit();
    }

    public static void setRecursionLimit(int limit) {
        Interpreter.setRecursionLimit(limit);
    }

    /** Installs the builtins dict and sys module the eval loop falls back on. */
    public static void install(PyDict builtins, PyObject sys) {
        Interpreter.setBuiltins(builtins);
        Interpreter.setSys(sys);
    }
}
