package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyException;
import org.sanca.objects.PyMethod;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;
import org.sanca.objects.RecursionGuard;

/**
 * Calls from the eval loop and into it: the CALL family's stack protocol, Python function calls
 * (binding arguments into a new frame) and running code objects.
 * CPython: Python/ceval.c (PRECALL, CALL, CALL_FUNCTION_EX, _PyEval_Vector, PyEval_EvalCode).
 */
public final class Calls {
    private Calls() {}

    /**
     * CALL's inline cache units: 3.11 skips them before entering a Python function, so the
     * caller's f_lasti (and tb_lasti) is the last cache unit during such a call.
     */
    static final int CALL_CACHES = 4;

    private static final int SIMPLE_FLAGS = PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS;

    /**
     * PRECALL: NULL, bound method, args... becomes im_func, im_self, args... so CALL sees a
     * method call (CPython's PRECALL unpacks PyMethod objects the same way).
     */
    static void unpackMethod(PyObject[] s, int sp, int oparg) {
        if (s[sp - oparg - 2] != null) return;
        PyObject callable = s[sp - oparg - 1];
        if (callable instanceof PyMethod m) {
            s[sp - oparg - 2] = m.func;
            s[sp - oparg - 1] = m.self;
        }
    }

    /**
     * CALL: {@code NULL|method, callable|self, args..., [kw values...]} -> result.
     * Returns the new stack pointer.
     */
    static int callFromStack(ThreadState ts, PyObject[] s, int sp, int oparg, PyObject kwnames) {
        int base = sp - oparg - 2;
        boolean isMeth = s[base] != null;
        PyObject callable = isMeth ? s[base] : s[base + 1];
        int argStart = isMeth ? base + 1 : base + 2;
        int nkw = kwnames == null ? 0 : ((PyTuple) kwnames).size();
        int nargs = oparg + (isMeth ? 1 : 0) - nkw;
        PyObject r;
        if (callable instanceof PyFunction fn) {
            ts.frame.lasti += CALL_CACHES;
            r = callFunction(ts, fn, s, argStart, nargs, (PyTuple) kwnames);
        } else if (ts.frame.exec.quickened()) {
            r = RecursionGuard.callSpecialized(callable, s, argStart, nargs, (PyTuple) kwnames);
        } else {
            r = RecursionGuard.callGeneric(callable, s, argStart, nargs, (PyTuple) kwnames);
        }
        return EvalOps.replace(s, sp, sp - base, r);
    }

    /** CALL_FUNCTION_EX: {@code NULL, func, args tuple, [kwargs dict]} -> result. */
    static int callFunctionEx(ThreadState ts, PyObject[] s, int sp, int oparg) {
        int base = sp - 3 - (oparg & 1);
        PyObject func = s[base + 1];
        PyObject kwargs = (oparg & 1) != 0 ? s[base + 3] : null;
        PyObject r = Abstract.call(func, Protocols.callArgsTuple(func, s[base + 2]), (PyDict) kwargs);
        return EvalOps.replace(s, sp, sp - base, r);
    }

    /** Calls a Python function: binds the arguments into a new frame and evaluates it. */
    static PyObject callFunction(ThreadState ts, PyFunction fn, PyObject[] args, int off, int nargs,
                                 PyTuple kwnames) {
        return execute(ts, boundFrame(fn, args, off, nargs, kwnames));
    }

    /** A new frame for fn with the arguments bound into its locals. */
    static PyFrame boundFrame(PyFunction fn, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        ExecCode x = fn.exec;
        PyFrame f = new PyFrame(x, fn.globals, fn.builtins, null, fn);
        if (kwnames == null && nargs == x.argcount && x.kwonly == 0 && (x.flags & SIMPLE_FLAGS) == 0) {
            System.arraycopy(args, off, f.localsplus, 0, nargs);
        } else {
            ArgBinder.bind(fn, x, f.localsplus, args, off, nargs, kwnames);
        }
        return f;
    }

    /**
     * A Python function called as a method of {@code self} with vectorcall arguments, as the
     * slots of Python classes call __init__, __call__ and the operators: self and the arguments
     * go straight into the new frame when the signature is simple (no array with self in front
     * is made); null when fn is not a Python function or the call needs the general binding.
     */
    static PyObject callMethod(PyObject fn, PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        if (!(fn instanceof PyFunction func) || kwnames != null && kwnames.size() > 0) return null;
        ExecCode x = func.exec;
        if (nargs + 1 != x.argcount || x.kwonly != 0 || (x.flags & SIMPLE_FLAGS) != 0) return null;
        PyFrame f = new PyFrame(x, func.globals, func.builtins, null, func);
        f.localsplus[0] = self;
        System.arraycopy(args, off, f.localsplus, 1, nargs);
        return execute(ThreadState.get(), f);
    }

    /**
     * Runs a fresh frame to completion (or to RETURN_GENERATOR) on this thread: in its compiled
     * form once the code object has been called often enough ({@link Jit}), else in the eval loop.
     */
    static PyObject execute(ThreadState ts, PyFrame f) {
        enter(ts, f);
        try {
            Jit.Compiled c = f.exec.compiled();
            if (c != null) return c.run(ts, f, null);
            return run(ts, f, null);
        } finally {
            ts.leave(f);
        }
    }

    /** A fresh frame becomes this thread's innermost, executing frame (the caller leaves it). */
    static void enter(ThreadState ts, PyFrame f) {
        if (f.exec.resumesOnCall()) f.exec.warm();
        ts.enter(f);
        f.state = PyFrame.EXECUTING;
    }

    /**
     * What {@link Eval#run} returns when it hands its frame over to compiled code at a loop
     * header: {@link #execute} then runs the rest of the frame compiled. (Handing over by a
     * return, not a call, keeps the frame out of the eval loop's exception handling.)
     */
    static final PyObject HANDED_OVER = new PyObject() {
        @Override
        public org.sanca.objects.PyType type() {
            return org.sanca.objects.PyType.OBJECT;
        }
    };

    /**
     * Runs frame f from where it stands (raising throwIn there first, when given), in compiled
     * code when its code object has been compiled, else in the eval loop (which may hand the
     * frame over to compiled code at a loop header).
     */
    static PyObject run(ThreadState ts, PyFrame f, PyException throwIn) {
        Jit.Compiled c = f.exec.compiledCode();
        if (c != null) return c.run(ts, f, throwIn);
        PyObject r = Eval.run(ts, f, throwIn);
        return r == HANDED_OVER ? f.exec.compiledCode().run(ts, f, null) : r;
    }

    /** Saves the eval loop's position (a loop header) in f for the compiled code to continue from. */
    static PyObject handOver(PyFrame f, int ip, int sp) {
        f.ip = ip;
        f.sp = sp;
        return HANDED_OVER;
    }

    /**
     * Runs a module body or exec'd code with the given globals and locals mapping (locals may be
     * the globals dict). CPython: PyEval_EvalCode.
     */
    public static PyObject evalCode(PyCode code, PyDict globals, PyObject locals) {
        ExecCode x = ExecCode.of(code);
        PyFrame f = new PyFrame(x, globals, Builtins.fromGlobals(globals), locals, null);
        return execute(ThreadState.get(), f);
    }

    /**
     * Runs a function's code with {@code locals} as its locals mapping and no arguments: how
     * __build_class__ runs a class body. Returns what the body returns (the __class__ cell or
     * None). CPython: _PyEval_Vector with a locals argument.
     */
    public static PyObject callWithLocals(PyFunction fn, PyObject locals) {
        PyFrame f = new PyFrame(fn.exec, fn.globals, fn.builtins, locals, fn);
        return execute(ThreadState.get(), f);
    }
}
