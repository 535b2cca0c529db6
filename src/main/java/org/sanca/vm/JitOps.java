package org.sanca.vm;

import static org.sanca.bytecode.Opcode.*;

import org.sanca.objects.Py;
import org.sanca.objects.PyBuiltinFunction;
import org.sanca.objects.PyMethodDescr;
import org.sanca.objects.Slots;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;

/**
 * The instructions {@link Jit}'s generated code runs as calls that the eval loop writes inline:
 * each does what the eval loop's case does, on stack slots whose indices the caller knows.
 * CPython: Python/ceval.c (the same instructions' bodies).
 */
final class JitOps {
    private JitOps() {}

    static void swap(PyObject[] s, int top, int other) {
        PyObject t = s[top];
        s[top] = s[other];
        s[other] = t;
    }

    /** IS_OP with the stack pointer sp: left, right -> bool. */
    static void isOp(PyObject[] s, int sp, int invert) {
        PyObject r = s[sp - 1];
        s[sp - 2] = (s[sp - 2] == r) ^ (invert != 0) ? Py.True : Py.False;
        s[sp - 1] = null;
    }

    /** CONTAINS_OP: item, container -> bool. */
    static void containsOp(PyObject[] s, int sp, int invert) {
        PyObject r = s[sp - 1];
        s[sp - 2] = EvalOps.contains(r, s[sp - 2]) ^ (invert != 0) ? Py.True : Py.False;
        s[sp - 1] = null;
    }

    /**
     * CALL at a compiled call site: the body of the builtin function or method descriptor about to
     * be called, when 3.11 would run one of its specialised forms (the code is quickened, the
     * descriptor applies to self), else null for the general call. Stack: {@code NULL|descr,
     * callable|self, args...} from base.
     */
    static Slots.BuiltinBody builtinBody(ExecCode x, PyObject[] s, int base, int oparg) {
        if (!x.quickened()) return null;
        PyObject m = s[base];
        if (m == null) return s[base + 1] instanceof PyBuiltinFunction f ? f.body() : null;
        return m instanceof PyMethodDescr d ? d.bodyFor(s[base + 1], s, base + 2, oparg) : null;
    }

    /** The qualified name of the builtin {@link #builtinBody} found, for its argument errors. */
    static String builtinQualname(PyObject[] s, int base) {
        PyObject m = s[base];
        return m == null ? ((PyBuiltinFunction) s[base + 1]).qualname() : ((PyMethodDescr) m).qualname();
    }

    /** The self of the builtin {@link #builtinBody} found: a function's __self__, a method's receiver. */
    static PyObject builtinSelf(PyObject[] s, int base) {
        PyObject m = s[base];
        return m == null ? ((PyBuiltinFunction) s[base + 1]).getSelf() : s[base + 1];
    }

    /** The end of CALL: the callable and its arguments leave the stack, the result takes their place. */
    static void callDone(PyObject r, PyObject[] s, int base, int sp) {
        EvalOps.replace(s, sp, sp - base, r);
    }

    /**
     * CALL at a compiled call site of a Python function whose code is compiled too: the new frame,
     * its arguments bound and entered (as Calls.callFunction and Calls.execute make and enter it),
     * for the site to run; null for the general call (anything else, or code not yet compiled,
     * whose calls Calls.execute counts).
     */
    static PyFrame pythonFrame(ThreadState ts, PyObject[] s, int base, int oparg) {
        PyObject m = s[base];
        PyObject callable = m != null ? m : s[base + 1];
        if (!(callable instanceof PyFunction fn) || fn.exec.compiledCode() == null) return null;
        int argStart = m != null ? base + 1 : base + 2, nargs = m != null ? oparg + 1 : oparg;
        ts.frame.lasti += Calls.CALL_CACHES;
        PyFrame f = Calls.boundFrame(fn, s, argStart, nargs, null);
        Calls.enter(ts, f);
        return f;
    }

    /** The end of a call {@link #pythonFrame} began: the frame is left, the result replaces the call's operands. */
    static void pythonCallDone(PyObject r, ThreadState ts, PyFrame f, PyObject[] s, int base, int sp) {
        ts.leave(f);
        callDone(r, s, base, sp);
    }

    /** A call {@link #pythonFrame} began ended by an exception: the frame is left; returns the exception to rethrow. */
    static Throwable pythonCallFailed(Throwable e, ThreadState ts, PyFrame f) {
        ts.leave(f);
        return e;
    }

    static boolean isNone(PyObject v) {
        return v == Py.None;
    }

    static void deleteFast(ExecCode x, PyObject[] s, int i) {
        if (s[i] == null) throw EvalOps.unboundLocal(x, i);
        s[i] = null;
    }

    static void storeGlobal(PyFrame f, PyObject name, PyObject v) {
        f.globals.setItem(name, v);
    }

    /** PUSH_EXC_INFO: exc -> previous handled exc, exc. */
    static void pushExcInfo(ThreadState ts, PyObject[] s, int sp) {
        PyObject e = s[sp - 1];
        s[sp - 1] = ts.swapHandled(e);
        s[sp] = e;
    }

    /** The cell instructions, as the eval loop runs them, with the stack pointer sp. */
    static void cellOp(PyFrame f, int sp, int op, int i) {
        PyObject[] s = f.localsplus;
        ExecCode x = f.exec;
        switch (op) {
            case MAKE_CELL -> s[i] = new PyCell(s[i]);
            case LOAD_CLOSURE -> s[sp] = s[i];
            case LOAD_DEREF -> s[sp] = EvalOps.loadDeref(x, s, i);
            case STORE_DEREF -> {
                ((PyCell) s[i]).contents = s[sp - 1];
                s[sp - 1] = null;
            }
            case DELETE_DEREF -> EvalOps.deleteDeref(x, s, i);
            default -> f.copyFreeVars(i);
        }
    }

    /**
     * The compiled frame's exception_unwind: a re-raise (RERAISE, bare raise, END_ASYNC_FOR;
     * reraising = its offset + 1) is looked up at its own instruction, as the eval loop does,
     * not at f_lasti (which RERAISE restores to where the exception first rose); anything else at
     * f_lasti. Returns the handler's target or -1.
     */
    static int unwind(ThreadState ts, PyFrame f, PyException e, int reraising) {
        return reraising != 0 ? Unwind.unwind(ts, f, e, reraising - 1, true) : Unwind.unwind(ts, f, e, f.lasti, false);
    }

    /** A compiled frame entered where no loop starts: a bug in Jit, reported as SystemError. */
    static PyException badEntry(int ip) {
        return org.sanca.objects.PyErr.format(org.sanca.objects.PyExc.SystemError, "compiled code entered at %d", ip);
    }
}
