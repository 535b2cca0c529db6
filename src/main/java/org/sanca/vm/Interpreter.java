package org.sanca.vm;

import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;

/**
 * Interpreter-wide settings of the eval loop: the recursion limit, the builtins dict and the sys
 * module, which the runtime installs at start-up.
 * CPython: Python/ceval.c (Py_GetRecursionLimit, Py_SetRecursionLimit) and pystate.c.
 */
public final class Interpreter {
    private Interpreter() {}

    /** sys.getrecursionlimit(). */
    public static int getRecursionLimit() {
        return org.sanca.objects.RecursionGuard.limit();
    }

    /** sys.setrecursionlimit(n); the caller has checked n &gt; 0. */
    public static void setRecursionLimit(int limit) {
        org.sanca.objects.RecursionGuard.setLimit(limit);
    }

    /**
     * Whether hot code is compiled to JVM bytecode ({@link Jit}); -X jit=0 turns it off, as does
     * the system property sanca.jit=false for every run in the JVM.
     */
    public static void setCompiling(boolean on) {
        Jit.enabled = on && !"false".equals(System.getProperty("sanca.jit"));
    }

    /** Set by {@link #signalInterrupt()}; the eval loop checks it at RESUME and JUMP_BACKWARD. */
    static volatile boolean interruptPending;

    /**
     * Asks the eval loop to raise KeyboardInterrupt at its next check (what a SIGINT handler
     * calls). CPython: _PyEval_SignalReceived and the eval breaker.
     */
    public static void signalInterrupt() {
        interruptPending = true;
        synchronized (WAKE) {
            WAKE.notifyAll();
        }
    }

    /** What sleepers wait on, so that a SIGINT wakes them. */
    private static final Object WAKE = new Object();

    /**
     * Sleeps for nanos, or until a KeyboardInterrupt is asked for, which it then raises: what
     * time.sleep does when SIGINT interrupts its select() (EINTR, then PyErr_CheckSignals).
     */
    public static void sleep(long nanos) {
        long start = System.nanoTime();
        synchronized (WAKE) {
            while (true) {
                if (interruptPending) {
                    throw takeInterrupt();
                }
                long left = nanos - (System.nanoTime() - start);
                if (left <= 0) {
                    return;
                }
                try {
                    WAKE.wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Whether a KeyboardInterrupt was asked for that the eval loop has not raised yet. */
    public static boolean isInterruptPending() {
        return interruptPending;
    }

    /** Clears the request and makes the KeyboardInterrupt to raise. */
    static PyException takeInterrupt() {
        interruptPending = false;
        return PyErr.raise(PyExc.KeyboardInterrupt);
    }

    static {
        // Code objects come from the compiler; their Python attributes (co_*, replace, repr) are the vm's.
        CodeType.init();
        org.sanca.objects.TypeObject.currentModuleName = () -> {
            PyFrame f = ThreadState.get().frame;
            return f == null ? null : f.globals.getItemStr(org.sanca.objects.PyStr.of("__name__"));
        };
    }

    private static volatile PyDict builtins = new PyDict();
    private static volatile PyObject sys;

    /** The builtins dict used when globals has no __builtins__ (runtime installs the real one). */
    public static PyDict getBuiltins() {
        return builtins;
    }

    public static void setBuiltins(PyDict dict) {
        builtins = dict;
    }

    /** The sys module (for sys.displayhook), or null before start-up. */
    public static PyObject getSys() {
        return sys;
    }

    public static void setSys(PyObject module) {
        sys = module;
    }
}
