package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PySuper;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * One activation of Python code: fast locals, cells and value stack in one array, with the
 * frame's globals, builtins and locals mapping; also the Python-visible frame object.
 * CPython: Include/internal/pycore_frame.h (_PyInterpreterFrame), Python/frame.c and
 * Objects/frameobject.c (PyFrameObject) — Sanca needs only one object for both.
 *
 * <p>Layout of {@link #localsplus}: co_localsplusnames' slots (arguments and locals, cells,
 * free variables), then the value stack from index {@code nlocalsplus}.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = new PyType("frame");

    static {
        TYPE.tp_repr = o -> {
            PyFrame f = (PyFrame) o;
            PyCode c = f.exec.pycode;
            return PyStr.of("<frame at " + Py.idHex(o) + ", file " + Abstract.repr(PyStr.of(c.getFilename())).asString()
                    + ", line " + f.getLineno() + ", code " + c.getName() + ">");
        };
        TYPE.addGetter("f_back", o -> orNone(((PyFrame) o).getBack()));
        TYPE.addGetter("f_code", o -> ((PyFrame) o).exec.pycode);
        TYPE.addGetter("f_globals", o -> ((PyFrame) o).globals);
        TYPE.addGetter("f_builtins", o -> ((PyFrame) o).builtins);
        TYPE.addGetter("f_locals", o -> ((PyFrame) o).getLocals());
        TYPE.addGetter("f_lineno", o -> {
            int line = ((PyFrame) o).getLineno();
            return line < 0 ? Py.None : PyInt.of(line);
        });
        TYPE.addGetter("f_lasti", o -> PyInt.of(((PyFrame) o).getLasti()));
        TYPE.addGetSet("f_trace", o -> orNone(((PyFrame) o).trace), (o, v) -> ((PyFrame) o).trace = v == Py.None ? null : v);
        TYPE.addGetSet("f_trace_lines", o -> Py.True, (o, v) -> { });
        TYPE.addGetSet("f_trace_opcodes", o -> Py.False, (o, v) -> { });
        TYPE.addMethod("clear", (org.sanca.objects.Slots.MethNoArgs) o -> ((PyFrame) o).clear());
        TYPE.ready();
        PySuper.zeroArgs = SuperSupport::find;
    }

    private static PyObject orNone(PyObject v) {
        return v == null ? Py.None : v;
    }

    /** Generator states (CPython's FRAME_CREATED ... FRAME_CLEARED). */
    static final byte CREATED = 0, SUSPENDED = 1, EXECUTING = 2, COMPLETED = 3;

    final ExecCode exec;
    final PyDict globals;
    final PyObject builtins;
    /** The locals mapping of module and class bodies (and exec), or null for function frames. */
    PyObject locals;
    /** The function being run, or null for module code and exec. */
    final PyFunction func;
    final PyObject[] localsplus;
    /** Next code unit to run, and the stack pointer, while the frame is not executing. */
    int ip;
    int sp;
    /** The code unit index of the last instruction started (f_lasti / 2), -1 before the first. */
    int lasti = -1;
    /** The calling frame while executing (f_back). */
    PyFrame back;
    byte state = CREATED;
    /** The dict f_locals returns for a function frame, made on first request. */
    PyDict fastLocalsDict;
    /** f_trace (stored only: Sanca does not trace yet). */
    PyObject trace;

    PyFrame(ExecCode exec, PyDict globals, PyObject builtins, PyObject locals, PyFunction func) {
        this.exec = exec;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.func = func;
        this.localsplus = new PyObject[exec.frameSize];
        this.sp = exec.nlocalsplus;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** COPY_FREE_VARS: the function's closure cells into the last {@code n} fast slots. */
    void copyFreeVars(int n) {
        PyTuple closure = func.closure;
        int offset = exec.nlocalsplus - n;
        for (int i = 0; i < n; i++) localsplus[offset + i] = closure.get(i);
    }

    /** RETURN_VALUE: the frame is done; clears its stack. */
    void finish(int stackTop) {
        for (int i = exec.nlocalsplus; i < stackTop; i++) localsplus[i] = null;
        sp = exec.nlocalsplus;
        state = COMPLETED;
    }

    /** YIELD_VALUE: saves the resume position. */
    void suspend(int nextIp, int stackTop) {
        ip = nextIp;
        sp = stackTop;
        state = SUSPENDED;
    }

    /**
     * frame.clear(): drops the locals of a frame that is not executing; a suspended generator's
     * frame is finished (without running its finally blocks, unlike CPython's close).
     * CPython: frame_clear.
     */
    PyObject clear() {
        if (state == EXECUTING) throw PyErr.format(PyExc.RuntimeError, "cannot clear an executing frame");
        for (int i = 0; i < localsplus.length; i++) localsplus[i] = null;
        sp = exec.nlocalsplus;
        state = COMPLETED;
        fastLocalsDict = null;
        return Py.None;
    }

    /** f_code. */
    public PyCode getCode() {
        return exec.pycode;
    }

    /** f_globals. */
    public PyDict getGlobals() {
        return globals;
    }

    /** f_builtins. */
    public PyObject getBuiltins() {
        return builtins;
    }

    /** f_back: the calling Python frame, or null (always for a generator's frame not running). */
    public PyFrame getBack() {
        if (state != EXECUTING && exec.hasFlag(PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR))
            return null;
        return back;
    }

    /** f_lasti: the byte offset of the last instruction started, as in CPython. */
    public int getLasti() {
        return lasti < 0 ? -1 : lasti * 2;
    }

    /** f_lineno: the line of the current instruction (the first line before it starts). */
    public int getLineno() {
        if (lasti < 0) return exec.pycode.getFirstlineno();
        return exec.pycode.addrToLine(lasti);
    }

    /**
     * f_locals: the real mapping for module and class bodies; for function frames a fresh dict
     * snapshot of the bound fast locals and cells (CPython's PyFrame_FastToLocals).
     */
    public PyObject getLocals() {
        if (locals != null) return locals;
        return FrameLocals.snapshot(this);
    }
}
