package org.sanca.vm;

import org.sanca.objects.Py;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;

/**
 * A generator (and the base of coroutines and async generators): a suspended frame resumed by
 * send, throw and close, raising StopIteration with the return value when it finishes.
 * CPython: Objects/genobject.c (gen_send_ex2, gen_throw, gen_close, _PyGen_yf).
 */
public class PyGenerator extends PyObject implements org.sanca.objects.ReturningIterator {
    public static final PyType TYPE = new PyType("generator", PyType.DISALLOW_INSTANTIATION);

    static {
        GeneratorTypes.initPlainGenerator(TYPE);
    }

    final PyFrame frame;
    PyObject name;
    PyObject qualname;
    /** The generator's own handled-exception item, linked in while it runs. */
    final ThreadState.ExcInfo excState = new ThreadState.ExcInfo(null);
    /** The value of the last RETURN_VALUE, read right after {@link #sendEx} returns null. */
    PyObject returnValue;
    boolean running;

    PyGenerator(PyFrame frame) {
        this.frame = frame;
        PyFunction fn = frame.func;
        this.name = fn != null ? fn.name : PyStr.of(frame.exec.pycode.getName());
        this.qualname = fn != null ? fn.qualname : PyStr.of(frame.exec.pycode.getQualname());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** "generator", "coroutine" or "async generator", for messages. */
    String kind() {
        return "generator";
    }

    /**
     * Resumes the frame with {@code arg} pushed (or {@code exc} raised at the yield point).
     * Returns the yielded value, or null when the frame returned ({@link #returnValue} holds it).
     * CPython: gen_send_ex2.
     */
    final PyObject sendEx(ThreadState ts, PyObject arg, PyException exc) {
        PyFrame f = frame;
        if (f.state == PyFrame.CREATED && exc == null && arg != Py.None) {
            throw Errors.typeError("can't send non-None value to a just-started " + kind());
        }
        if (running) throw Errors.valueError(kind() + " already executing");
        if (f.state == PyFrame.COMPLETED) {
            if (this instanceof PyCoroutine) throw Errors.runtimeError("cannot reuse already awaited coroutine");
            if (exc != null) throw exc;
            returnValue = Py.None;
            return null;
        }
        return resume(ts, arg, exc);
    }

    private PyObject resume(ThreadState ts, PyObject arg, PyException exc) {
        PyFrame f = frame;
        if (exc == null) f.exec.warm();
        ts.enter(f);
        if (exc == null) f.localsplus[f.sp++] = arg;
        running = true;
        excState.previous = ts.excInfo;
        ts.excInfo = excState;
        f.state = PyFrame.EXECUTING;
        try {
            PyObject r = Calls.run(ts, f, exc);
            if (f.state == PyFrame.SUSPENDED) return r;
            returnValue = r;
            return null;
        } catch (PyException e) {
            f.state = PyFrame.COMPLETED;
            throw Errors.stopIterationInGenerator(this, e);
        } finally {
            running = false;
            ts.excInfo = excState.previous;
            excState.previous = null;
            ts.leave(f);
            f.back = null;
        }
    }

    /**
     * tp_iternext: the next value, or null when the generator returned (Sanca's iterator
     * protocol has no StopIteration to carry the return value; send() and yield from keep it).
     */
    public PyObject next() {
        return sendEx(ThreadState.get(), Py.None, null);
    }

    @Override
    public PyObject returnValue() {
        return returnValue;
    }

    /** gen.send(value). */
    public PyObject send(PyObject value) {
        PyObject r = sendEx(ThreadState.get(), value, null);
        if (r == null) throw Errors.stopIteration(returnValue);
        return r;
    }

    /**
     * gen.throw(exc): raises {@code exc} at the suspension point, first into the iterator a
     * yield from / await delegates to. CPython: gen_throw.
     */
    public PyObject throwIn(PyException exc) {
        PyObject r = throwRaw(ThreadState.get(), exc, true);
        if (r == null) throw stopIteration();
        return r;
    }

    /**
     * _gen_throw: the value yielded after {@code exc} was thrown in, or null when the frame
     * returned. With {@code closeOnGenExit} a GeneratorExit closes the delegate instead of being
     * thrown into it (async generators' athrow/aclose pass false).
     */
    final PyObject throwRaw(ThreadState ts, PyException exc, boolean closeOnGenExit) {
        PyObject yf = yieldFrom();
        if (yf != null) return Delegation.throwInto(ts, this, yf, exc, closeOnGenExit);
        return sendEx(ts, Py.None, exc);
    }

    /** gen.close(). CPython: gen_close. */
    public PyObject close() {
        PyFrame f = frame;
        if (f.state == PyFrame.CREATED || f.state == PyFrame.COMPLETED) {
            f.state = PyFrame.COMPLETED;
            return Py.None;
        }
        ThreadState ts = ThreadState.get();
        PyException closing = null;
        PyObject yf = yieldFrom();
        if (yf != null) {
            running = true;
            try {
                Delegation.closeIterator(yf);
            } catch (PyException e) {
                closing = e;
            } finally {
                running = false;
            }
        }
        if (closing == null) closing = Errors.generatorExit();
        PyObject r;
        try {
            r = sendEx(ts, Py.None, closing);
        } catch (PyException e) {
            if (Errors.isGeneratorExitOrStopIteration(e)) return Py.None;
            throw e;
        }
        if (r == null) return Py.None;
        throw Errors.runtimeError(kind() + " ignored GeneratorExit");
    }

    /** The StopIteration that tells this finished generator's return value (next() and __next__). */
    public PyException stopIteration() {
        return Errors.stopIteration(returnValue);
    }

    /**
     * __del__ (tp_finalize): closes a suspended generator; what close raises is reported on
     * sys.stderr, never propagated. CPython: _PyGen_Finalize.
     */
    PyObject finalizeGen() {
        if (frame.state != PyFrame.SUSPENDED) return Py.None;
        try {
            close();
        } catch (PyException e) {
            Errors.writeUnraisable(e, this);
        }
        return Py.None;
    }

    /**
     * gi_yieldfrom: the iterator a suspended yield from / await is delegating to, or null.
     * It is on top of the stack when the next instruction is RESUME with oparg 2 or 3.
     */
    public PyObject yieldFrom() {
        PyFrame f = frame;
        if (f.state != PyFrame.SUSPENDED) return null;
        int next = f.exec.code[f.ip];
        if ((next & 0xff) != org.sanca.bytecode.Opcode.RESUME || (next >>> 8) < 2) return null;
        return f.localsplus[f.sp - 1];
    }

    /** gi_frame: the frame, or null once finished. */
    public PyFrame getFrame() {
        return frame.state == PyFrame.COMPLETED ? null : frame;
    }

    public boolean isRunning() {
        return running;
    }

    public PyObject getName() {
        return name;
    }

    public PyObject getQualname() {
        return qualname;
    }
}
