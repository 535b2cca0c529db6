package org.sanca.vm;

import org.sanca.objects.Py;
import org.sanca.objects.PyException;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;

/**
 * Raising and unwinding: RAISE_VARARGS, RERAISE, exception matching, and the search of the
 * 3.11 exception table when an exception reaches a frame.
 * CPython: Python/ceval.c (exception_unwind, do_raise, check_except_type_valid,
 * PREP_RERAISE_STAR), Python/errors.c (_PyErr_SetObject's implicit chaining) and
 * Python/traceback.c (PyTraceBack_Here).
 */
final class Unwind {
    private Unwind() {}

    /**
     * An exception reached frame {@code f} at instruction {@code offset} (or at f_lasti when a
     * call to a Python function moved it past CALL's caches, as 3.11 does). Records the traceback
     * entry and implicit context (unless it is a re-raise), then finds the handler: returns its
     * target with the stack cut to the handler's depth and [lasti,] exc pushed, or -1 when the
     * frame has no handler (it is then finished).
     */
    static int unwind(ThreadState ts, PyFrame f, PyException e, int offset, boolean reraise) {
        PyObject exc = Errors.value(e);
        if (reraise) {
            ts.chained = e;
        } else {
            offset = Math.max(offset, f.lasti);
            f.lasti = offset;
            if (ts.chained != e) {
                chainContext(ts, exc);
                ts.chained = e;
            }
            Errors.setTraceback(exc, new PyTraceback((PyTraceback) Errors.traceback(exc), f, offset));
        }
        ExceptionTable table = f.exec.exceptionTable;
        int i = table.find(offset);
        PyObject[] s = f.localsplus;
        int base = f.exec.nlocalsplus;
        int level = i < 0 ? base : base + table.depth(i);
        for (int j = s.length - 1; j >= level; j--) s[j] = null;
        if (i < 0) {
            f.sp = base;
            f.state = PyFrame.COMPLETED;
            return -1;
        }
        int sp = level;
        if (table.pushesLasti(i)) s[sp++] = PyInt.of(f.lasti);
        s[sp++] = exc;
        f.sp = sp;
        return table.target(i);
    }

    /** Sets exc.__context__ to the exception being handled, breaking cycles as CPython does. */
    private static void chainContext(ThreadState ts, PyObject exc) {
        PyObject handled = ts.handledException();
        if (handled == Py.None || handled == exc) return;
        PyObject o = handled;
        for (PyObject c; (c = Errors.context(o)) != null; o = c) {
            if (c == exc) {
                Errors.setContext(o, null);
                break;
            }
        }
        Errors.setContext(exc, handled);
    }

    /** RAISE_VARARGS: 0 re-raises the handled exception, 1 raises TOS, 2 raises TOS1 from TOS. */
    static PyException raise(ThreadState ts, PyFrame f, PyObject[] s, int sp, int oparg) {
        if (oparg == 0) {
            PyObject handled = ts.handledException();
            if (handled != Py.None) return Errors.toJava(handled);
            // not a re-raise after all: record this frame, as exception_unwind will not
            PyException e = Errors.runtimeError("No active exception to reraise");
            Errors.setTraceback(e.value, new PyTraceback(null, f, f.lasti));
            return e;
        }
        PyObject cause = oparg == 2 ? s[sp - 1] : null;
        PyObject exc = s[sp - oparg];
        return Errors.raiseFrom(exc, cause);
    }

    /** RERAISE: [lasti,] exc are on the stack; f_lasti comes back from lasti when oparg is set. */
    static PyException reraise(PyFrame f, PyObject[] s, int sp, int oparg) {
        PyObject exc = s[sp - 1];
        if (oparg != 0 && s[sp - 1 - oparg] instanceof PyInt lasti) f.lasti = (int) lasti.longValue();
        return Errors.toJava(exc);
    }

    /** CHECK_EXC_MATCH: exc, type -> exc, isinstance(exc, type), after checking type is valid. */
    static PyObject checkExcMatch(PyObject exc, PyObject type) {
        Errors.checkExceptType(type);
        return Errors.isInstance(exc, type) ? Py.True : Py.False;
    }

    /** END_ASYNC_FOR: aiter, exc -> (StopAsyncIteration ends the loop; others propagate). */
    static int endAsyncFor(PyObject[] s, int sp) {
        PyObject exc = s[sp - 1];
        if (!Errors.isStopAsyncIteration(exc)) throw Errors.toJava(exc);
        s[--sp] = null;
        s[--sp] = null;
        return sp;
    }

    /** The RecursionError a Java StackOverflowError becomes. */
    static PyException recursionError() {
        return Errors.recursionError();
    }
}
