package org.sanca.objects;

import java.util.function.Supplier;

/**
 * The recursion depth a thread counts against sys.getrecursionlimit(): its Python frames plus the recursive calls
 * CPython guards in C (repr, str, rich comparison, calls of objects without vectorcall, METH_O and METH_NOARGS
 * builtins, __instancecheck__), so RecursionError comes at CPython's depth and with its message ("... while
 * getting the repr of an object", "... in comparison"). The vm's ThreadState is this class's per-thread instance.
 * CPython: Include/internal/pycore_ceval.h (_Py_EnterRecursiveCallTstate), Python/ceval.c (_Py_CheckRecursiveCall).
 */
public abstract class RecursionGuard {
    private static volatile int limit = 1000;
    private static volatile ThreadLocal<? extends RecursionGuard> current;

    /** Python frames and guarded calls active on this thread. */
    protected int depth;

    /** Installs the per-thread instances (the vm's thread states). */
    protected static void install(ThreadLocal<? extends RecursionGuard> states) {
        current = states;
    }

    /** sys.getrecursionlimit(). */
    public static int limit() {
        return limit;
    }

    /** sys.setrecursionlimit(n); the caller has checked n against the depth. */
    public static void setLimit(int n) {
        limit = n;
    }

    /** The last thread to ask and its counter: one compare instead of a ThreadLocal lookup on the hot paths. */
    private record Last(Thread thread, RecursionGuard guard) {}

    private static Last last;

    /** The calling thread's counter (a throwaway one before the vm has installed its thread states). */
    public static RecursionGuard current() {
        Thread t = Thread.currentThread();
        Last l = last;
        if (l != null && l.thread == t) return l.guard;
        ThreadLocal<? extends RecursionGuard> states = current;
        if (states == null) return new RecursionGuard() {};
        RecursionGuard g = states.get();
        last = new Last(t, g);
        return g;
    }

    /** How deep this thread is: its Python frames plus its guarded calls. */
    public int depth() {
        return depth;
    }

    /**
     * Py_EnterRecursiveCall: counts one level, raising RecursionError("maximum recursion depth exceeded" + where)
     * past the limit. Each enter is paired with {@link #leave()} in a finally.
     */
    public final void enter(String where) {
        if (++depth > limit) {
            depth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded%s", where);
        }
    }

    /** Py_LeaveRecursiveCall. */
    public final void leave() {
        depth--;
    }

    /** The message of a guarded call: " while calling a Python object". */
    public static final String CALL = " while calling a Python object";

    /** The message of a guarded rich comparison (PyObject_RichCompare): " in comparison". */
    public static final String COMPARISON = " in comparison";

    /**
     * A builtin whose call is a recursion level however it is reached (CPython defines it METH_O, METH_NOARGS or
     * METH_VARARGS, which Sanca writes as a fast-call body).
     */
    public record Guarded(Slots.MethFast body) implements Slots.MethFast {
        @Override
        public PyObject call(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
            RecursionGuard g = current();
            g.enter(CALL);
            try {
                return body.call(self, a, o, n, k);
            } finally {
                g.leave();
            }
        }
    }

    /** Whether a builtin's body is METH_FASTCALL in CPython: its vectorcall guards it, CALL's specialised forms not. */
    static boolean fastCall(Object impl) {
        return impl instanceof Slots.MethFast && !(impl instanceof Guarded);
    }

    /**
     * A call from quickened code's CALL of a builtin function or method, which 3.11 specialises (PRECALL_BUILTIN_FAST,
     * PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST, ...) past the guard its vectorcall makes; an ordinary call otherwise.
     */
    public static PyObject callSpecialized(PyObject callable, PyObject[] a, int o, int n, PyTuple k) {
        if (callable instanceof PyBuiltinFunction f) return f.impl.callBody(f.qualname, f.self, a, o, n, k);
        if (callable instanceof PyMethodDescr d) return PyMethodDescr.call(d, a, o, n, k, false);
        return Abstract.call(callable, a, o, n, k);
    }

    /** Calls from code not yet quickened take CALL's generic path: str, without vectorcall, is then one level more. */
    public static PyObject callGeneric(PyObject callable, PyObject[] a, int o, int n, PyTuple k) {
        if (callable != PyStr.TYPE) return Abstract.call(callable, a, o, n, k);
        RecursionGuard g = current();
        g.enter(CALL);
        try {
            return Abstract.call(callable, a, o, n, k);
        } finally {
            g.leave();
        }
    }

    /** Runs {@code body} as one guarded level (for the rarer paths; hot ones pair enter/leave themselves). */
    public static <T> T guarded(String where, Supplier<T> body) {
        RecursionGuard g = current();
        g.enter(where);
        try {
            return body.get();
        } finally {
            g.leave();
        }
    }
}
