package org.sanca.vm;

import org.sanca.objects.Py;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyType;

/**
 * An async generator: its frame yields wrapped values (ASYNC_GEN_WRAP) to its consumer and
 * passes everything else through to the event loop; __anext__ and asend return awaitables that
 * drive it. CPython: Objects/genobject.c (PyAsyncGen_Type, async_gen_asend, async_gen_unwrap_value).
 */
public final class PyAsyncGenerator extends PyGenerator {
    public static final PyType TYPE = new PyType("async_generator");

    static {
        GeneratorTypes.initAsyncGenerator(TYPE);
    }

    PyAsyncGenerator(PyFrame frame) {
        super(frame);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String kind() {
        return "async generator";
    }

    /**
     * One step of an asend/athrow awaitable: resumes the frame; a wrapped value finishes the
     * await (StopIteration(value)), anything else is an await passing through; a return ends the
     * iteration (StopAsyncIteration).
     */
    PyObject step(PyObject arg, PyException exc) {
        PyObject r = sendEx(ThreadState.get(), arg, exc);
        if (r == null) throw Errors.stopAsyncIteration();
        if (r instanceof Wrapped w) throw Errors.stopIteration(w.value);
        return r;
    }

    /** The value an async generator's frame yields, marked as meant for its consumer. */
    static final class Wrapped extends PyObject {
        static final PyType TYPE = new PyType("async_generator_wrapped_value");
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** The awaitable __anext__() and asend(v) return: the first send delivers {@code arg}. */
    public static final class ASend extends PyObject {
        static final PyType TYPE = new PyType("async_generator_asend");

        static {
            GeneratorTypes.initAwaitableIterator(TYPE, (o, v) -> ((ASend) o).send(v));
            TYPE.addMethod("throw", (o, a, off, n, k) -> ((ASend) o).throwIn(GeneratorTypes.throwArgs(a, off, n)));
        }
        final PyAsyncGenerator gen;
        PyObject arg;

        ASend(PyAsyncGenerator gen, PyObject arg) {
            this.gen = gen;
            this.arg = arg;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** send(v) of the awaitable (next() is send(None)). */
        public PyObject send(PyObject v) {
            PyObject a = arg != null ? arg : v;
            arg = null;
            return gen.step(a == null ? Py.None : a, null);
        }

        /** throw(exc) of the awaitable. */
        public PyObject throwIn(PyException e) {
            arg = null;
            return gen.step(Py.None, e);
        }
    }

    /**
     * One step of an athrow/aclose awaitable: throws {@code exc} in on the first step. For aclose,
     * a value yielded to the consumer is an error and leaving the generator finishes the await.
     * CPython: async_gen_athrow_send.
     */
    PyObject throwStep(PyObject arg, PyException exc, boolean closing) {
        try {
            PyObject r = sendEx(ThreadState.get(), arg, exc);
            if (r == null) throw closing ? Errors.stopIteration(Py.None) : Errors.stopAsyncIteration();
            if (r instanceof Wrapped w) {
                if (closing) throw Errors.runtimeError("async generator ignored GeneratorExit");
                throw Errors.stopIteration(w.value);
            }
            return r;
        } catch (PyException e) {
            if (closing && (Errors.isGeneratorExit(e) || e.matches(org.sanca.objects.PyExc.StopAsyncIteration))) {
                throw Errors.stopIteration(Py.None);
            }
            throw e;
        }
    }

    /** The awaitable athrow() and aclose() return. */
    public static final class AThrow extends PyObject {
        static final PyType TYPE = new PyType("async_generator_athrow");

        static {
            GeneratorTypes.initAwaitableIterator(TYPE, (o, v) -> ((AThrow) o).send(v));
            TYPE.addMethod("throw", (o, a, off, n, k) -> ((AThrow) o).step(Py.None, GeneratorTypes.throwArgs(a, off, n)));
        }

        final PyAsyncGenerator gen;
        PyException pending;
        final boolean closing;

        AThrow(PyAsyncGenerator gen, PyException pending, boolean closing) {
            this.gen = gen;
            this.pending = pending;
            this.closing = closing;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject send(PyObject v) {
            PyException e = pending;
            pending = null;
            return step(v, e);
        }

        PyObject step(PyObject v, PyException e) {
            if (gen.frame.state == PyFrame.CREATED && closing && e != null) {
                gen.frame.state = PyFrame.COMPLETED;
                throw Errors.stopIteration(Py.None);
            }
            return gen.throwStep(v, e, closing);
        }
    }

    /** athrow(typ[, val[, tb]]). */
    public PyObject athrow(PyException e) {
        return new AThrow(this, e, false);
    }

    /** aclose(). */
    public PyObject aclose() {
        return new AThrow(this, Errors.generatorExit(), true);
    }

    /** __anext__(). */
    public PyObject anext() {
        return new ASend(this, Py.None);
    }

    /** asend(v). */
    public PyObject asend(PyObject v) {
        return new ASend(this, v);
    }
}
