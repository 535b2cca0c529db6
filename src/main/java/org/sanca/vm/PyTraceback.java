package org.sanca.vm;

import org.sanca.objects.PyObject;
import org.sanca.objects.PyType;

/**
 * A traceback entry: the frame an exception passed through and where, linked outermost first.
 * CPython: Python/traceback.c (PyTraceBack_Here, tb_lineno computed from tb_lasti).
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = new PyType("traceback");

    final PyTraceback next;
    final PyFrame frame;
    /** The code unit index of the instruction that raised. */
    final int lasti;
    private int lineno = Integer.MIN_VALUE;

    public PyTraceback(PyTraceback next, PyFrame frame, int lasti) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** tb_next, or null. */
    public PyTraceback getNext() {
        return next;
    }

    /** tb_frame. */
    public PyFrame getFrame() {
        return frame;
    }

    /** tb_lasti: a byte offset, as in CPython. */
    public int getLasti() {
        return lasti * 2;
    }

    /** tb_lineno: computed from tb_lasti on first use (-1 when the instruction has no line). */
    public int getLineno() {
        if (lineno == Integer.MIN_VALUE) lineno = frame.exec.pycode.addrToLine(lasti);
        return lineno;
    }
}
