package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;

/**
 * throw() and close() of a generator suspended in yield from / await: they go to the delegate
 * first, and the generator resumes after its SEND loop when the delegate finishes.
 * CPython: Objects/genobject.c (_gen_throw's yf branch, gen_close_iter).
 */
final class Delegation {
    private Delegation() {}

    /**
     * gen.throw(exc) while delegating to {@code yf}: the value yielded next, or null when gen
     * returned. A GeneratorExit closes the delegate first when {@code closeOnGenExit}.
     */
    static PyObject throwInto(ThreadState ts, PyGenerator gen, PyObject yf, PyException exc, boolean closeOnGenExit) {
        if (closeOnGenExit && Errors.isGeneratorExit(exc)) {
            PyException err = null;
            gen.running = true;
            try {
                closeIterator(yf);
            } catch (PyException e) {
                err = e;
            } finally {
                gen.running = false;
            }
            return gen.sendEx(ts, Py.None, err != null ? err : exc);
        }
        PyObject r;
        gen.running = true;
        try {
            if (yf instanceof PyGenerator inner && !(yf instanceof PyAsyncGenerator)) {
                r = inner.throwRaw(ts, exc, closeOnGenExit);
                if (r == null) throw inner.stopIteration();
            } else {
                PyObject meth = Abstract.lookupAttr(yf, "throw");
                if (meth == null) {
                    gen.running = false;
                    return gen.sendEx(ts, Py.None, exc);
                }
                r = Abstract.call(meth, Errors.value(exc));
            }
            return r;
        } catch (PyException e) {
            gen.running = false;
            leaveSendLoop(gen.frame);
            if (Errors.isStopIteration(e)) return gen.sendEx(ts, Errors.stopIterationValue(e), null);
            return gen.sendEx(ts, Py.None, e);
        } finally {
            gen.running = false;
        }
    }

    /** Pops the delegate and moves the frame to its SEND's jump target (the loop is over). */
    private static void leaveSendLoop(PyFrame f) {
        f.localsplus[--f.sp] = null;
        int sendAt = f.ip - 2;
        f.ip = sendAt + 1 + (f.exec.code[sendAt] >>> 8);
    }

    /** Closes a delegate: gen.close() or its close method if it has one. */
    static void closeIterator(PyObject yf) {
        if (yf instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject close = Abstract.lookupAttr(yf, "close");
        if (close != null) Abstract.call(close);
    }
}
