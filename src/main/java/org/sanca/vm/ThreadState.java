package org.sanca.vm;

import org.sanca.objects.Py;
import org.sanca.objects.PyObject;
import org.sanca.objects.RecursionGuard;

/**
 * Per-thread interpreter state: the current frame, the recursion depth (Python frames and the guarded calls of
 * {@link RecursionGuard}, which it extends), and the stack
 * of exceptions being handled (what sys.exc_info() reports).
 * CPython: Python/pystate.c (PyThreadState) and Include/cpython/pystate.h (_PyErr_StackItem).
 */
public final class ThreadState extends RecursionGuard {
    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    static {
        install(CURRENT);
    }

    /** The innermost executing Python frame, or null (sys._getframe starts here). */
    PyFrame frame;
    /** The stack of handled exceptions: each generator running pushes its own item. */
    ExcInfo excInfo = new ExcInfo(null);
    /** The last exception whose __context__ was set, so propagation does not re-chain it. */
    Object chained;

    /** sys.set_asyncgen_hooks: called with each async generator on its first iteration (null: None). */
    public PyObject asyncGenFirstIter;
    /** sys.set_asyncgen_hooks: what an async generator's finalization calls instead of closing it. */
    public PyObject asyncGenFinalizer;
    /** sys.set_coroutine_origin_tracking_depth: how many creating frames cr_origin records. */
    public int coroOriginDepth;

    /** One item of the handled-exception stack (CPython's _PyErr_StackItem). */
    static final class ExcInfo {
        /** The exception being handled, or None (null before the first use). */
        PyObject value = Py.None;
        ExcInfo previous;

        ExcInfo(ExcInfo previous) {
            this.previous = previous;
        }
    }

    /** The calling thread's state (through RecursionGuard's last-thread cache, not a ThreadLocal lookup). */
    public static ThreadState get() {
        return (ThreadState) current();
    }

    /** The innermost Python frame of this thread, or null. */
    public PyFrame currentFrame() {
        return frame;
    }

    /**
     * Pushes {@code f} as the innermost frame, counting Python recursion against the limit.
     * CPython: _Py_EnterRecursivePy.
     */
    void enter(PyFrame f) {
        enter("");
        f.back = frame;
        frame = f;
    }

    /**
     * Pops {@code f}, which must be the innermost frame. A finished frame keeps f_back, as a
     * CPython frame object that outlives its execution does (take_ownership in frame.c).
     */
    void leave(PyFrame f) {
        frame = f.back;
        leave();
    }

    /** The exception currently being handled (sys.exc_info()[1]), or None. */
    public PyObject handledException() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.value != null && e.value != Py.None) return e.value;
        }
        return Py.None;
    }

    /** PUSH_EXC_INFO: installs {@code exc} as handled; returns the previous one. */
    PyObject swapHandled(PyObject exc) {
        PyObject old = excInfo.value;
        excInfo.value = exc;
        return old == null ? Py.None : old;
    }

    /** POP_EXCEPT: restores the handled exception. */
    void setHandled(PyObject exc) {
        excInfo.value = exc;
    }
}
