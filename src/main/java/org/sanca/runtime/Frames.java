package org.sanca.runtime;

import org.sanca.vm.ThreadState;
import org.sanca.vm.PyFrame;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;

/**
 * The running Python frame as builtins sees it: globals(), locals(), sys._getframe().
 * CPython: Python/ceval.c (PyEval_GetGlobals, PyEval_GetLocals, _PyEval_GetFrame).
 */
public final class Frames {
    private Frames() {}

    /** The innermost Python frame, or null when no Python code runs. */
    public static PyFrame current() {
        return ThreadState.get().currentFrame();
    }

    /** globals() of the calling frame (a fresh dict when no Python frame runs). */
    public static PyDict globals() {
        PyFrame f = current();
        return f == null ? new PyDict() : f.getGlobals();
    }

    /** locals() of the calling frame. */
    public static PyObject locals() {
        PyFrame f = current();
        if (f == null) {
            throw PyErr.format(PyExc.SystemError, "frame does not exist");
        }
        return f.getLocals();
    }

    /** sys._getframe(depth): the frame {@code depth} calls up from the caller. */
    public static PyObject frame(int depth) {
        PyFrame f = current();
        while (depth > 0 && f != null) {
            f = f.getBack();
            depth--;
        }
        if (f == null) {
            throw PyErr.format(PyExc.ValueError, "call stack is not deep enough");
        }
        return f;
    }
}
