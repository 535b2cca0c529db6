package org.sanca.vm;

import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyType;

/**
 * A traceback entry: the frame an exception passed through and where, linked outermost first.
 * CPython: Python/traceback.c (PyTraceBack_Here, tb_lineno computed from tb_lasti).
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = new PyType("traceback");

    static {
        TYPE.addGetter("tb_frame", o -> ((PyTraceback) o).frame);
        TYPE.addGetter("tb_lineno", o -> PyInt.of(((PyTraceback) o).getLineno()));
        TYPE.addGetter("tb_lasti", o -> PyInt.of(((PyTraceback) o).getLasti()));
        TYPE.addGetSet("tb_next", o -> {
            PyTraceback n = ((PyTraceback) o).next;
            return n == null ? Py.None : n;
        }, (o, v) -> ((PyTraceback) o).setNext(v));
        TYPE.tp_new = (t, a, o, n, k) -> {
            PyObject[] v = Args.parse("TracebackType", a, o, n, k,
                    new String[] {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 4);
            if (v[0] != Py.None && !(v[0] instanceof PyTraceback)) {
                throw PyErr.format(PyExc.TypeError, "expected traceback object or None, got '%s'", PyErr.typeName(v[0]));
            }
            if (!(v[1] instanceof PyFrame fr)) {
                throw PyErr.format(PyExc.TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                        PyErr.typeName(v[1]));
            }
            PyTraceback tb = new PyTraceback(v[0] instanceof PyTraceback nx ? nx : null, fr,
                    PyNumber.asIndex(v[2]) / 2);
            tb.lineno = PyNumber.asIndex(v[3]);
            return tb;
        };
        TYPE.ready();
    }

    PyTraceback next;
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

    /** Sets tb_next, refusing non-tracebacks and loops (CPython's tb_next_set). */
    void setNext(PyObject v) {
        if (v == null) throw PyErr.format(PyExc.TypeError, "can't delete tb_next attribute");
        if (v == Py.None) {
            next = null;
            return;
        }
        if (!(v instanceof PyTraceback tb)) {
            throw PyErr.format(PyExc.TypeError, "expected traceback object, got '%s'", PyErr.typeName(v));
        }
        for (PyTraceback c = tb; c != null; c = c.next) {
            if (c == this) throw PyErr.format(PyExc.ValueError, "traceback loop detected");
        }
        next = tb;
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
