package org.sanca.vm;

import org.sanca.objects.Py;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots;

/**
 * An async generator: its frame yields wrapped values (ASYNC_GEN_WRAP) to its consumer and
 * passes everything else through to the event loop; __anext__, asend, athrow and aclose return
 * awaitables that drive it. CPython: Objects/genobject.c (PyAsyncGen_Type, async_gen_asend_*,
 * async_gen_athrow_*, async_gen_unwrap_value).
 */
public final class PyAsyncGenerator extends PyGenerator {
    public static final PyType TYPE = new PyType("async_generator", PyType.DISALLOW_INSTANTIATION);

    static {
        GeneratorTypes.initAsyncGenerator(TYPE);
    }

    /** ag_running: an asend/athrow awaitable is in the middle of driving the frame. */
    boolean runningAsync;
    /** Set once aclose() started or the frame ended with StopAsyncIteration or GeneratorExit. */
    boolean closed;

    private boolean hooksInited;
    /** The finalizer hook in force at the first iteration, or null. */
    private PyObject finalizer;

    PyAsyncGenerator(PyFrame frame) {
        super(frame);
    }

    /** async_gen_init_hooks: on the first asend/athrow/aclose, remember the finalizer and call firstiter. */
    private void initHooks() {
        if (hooksInited) return;
        hooksInited = true;
        ThreadState ts = ThreadState.get();
        finalizer = ts.asyncGenFinalizer;
        if (ts.asyncGenFirstIter != null) org.sanca.objects.Abstract.call(ts.asyncGenFirstIter, this);
    }

    /** _PyGen_Finalize: the finalizer hook gets an unfinished generator; without one it is closed. */
    @Override
    PyObject finalizeGen() {
        if (finalizer != null && !closed && frame.state != PyFrame.COMPLETED) {
            try {
                org.sanca.objects.Abstract.call(finalizer, this);
            } catch (PyException e) {
                Errors.writeUnraisable(e, this);
            }
            return Py.None;
        }
        return super.finalizeGen();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String kind() {
        return "async generator";
    }

    /** A resumption of the frame that returns what it yielded (or raises). */
    private interface Step {
        PyObject run();
    }

    /**
     * async_gen_unwrap_value: a wrapped value finishes the await with StopIteration(value); other
     * values are awaits passing through; StopAsyncIteration or GeneratorExit mark it closed.
     */
    private PyObject unwrap(Step step) {
        PyObject r;
        try {
            r = step.run();
        } catch (PyException e) {
            if (e.matches(PyExc.StopAsyncIteration) || Errors.isGeneratorExit(e)) closed = true;
            runningAsync = false;
            throw e;
        }
        if (r instanceof Wrapped w) {
            runningAsync = false;
            throw Errors.stopIteration(w.value);
        }
        return r;
    }

    /** gen_send: the frame's next yield; its return is StopAsyncIteration. */
    private PyObject sendOrStop(PyObject arg) {
        PyObject r = sendEx(ThreadState.get(), arg, null);
        if (r == null) throw Errors.stopAsyncIteration();
        return r;
    }

    /** _gen_throw (closing the delegate on GeneratorExit only when asked); the frame's return is StopAsyncIteration. */
    private PyObject throwOrStop(PyException e, boolean closeOnGenExit) {
        PyObject r = throwRaw(ThreadState.get(), e, closeOnGenExit);
        if (r == null) throw Errors.stopAsyncIteration();
        return r;
    }

    /** The value an async generator's frame yields, marked as meant for its consumer. */
    static final class Wrapped extends PyObject {
        static final PyType TYPE = new PyType("async_generator_wrapped_value", PyType.DISALLOW_INSTANTIATION);
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    private static final int INIT = 0, ITER = 1, CLOSED = 2;

    /** The awaitable __anext__() and asend(v) return: the first send delivers {@code sendval}. */
    public static final class ASend extends PyObject {
        static final PyType TYPE = new PyType("async_generator_asend", PyType.DISALLOW_INSTANTIATION);

        static {
            GeneratorTypes.initAwaitable(TYPE, (o, v) -> ((ASend) o).send(v));
            TYPE.addMethod("throw", (o, a, off, n, k) -> ((ASend) o).throwIn(GeneratorTypes.throwArgs(a, off, n)));
            TYPE.addMethod("close", (Slots.MethNoArgs) o -> {
                ((ASend) o).state = CLOSED;
                return Py.None;
            });
            TYPE.ready();
        }

        final PyAsyncGenerator gen;
        final PyObject sendval;
        int state = INIT;

        ASend(PyAsyncGenerator gen, PyObject sendval) {
            this.gen = gen;
            this.sendval = sendval;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private void checkReuse() {
            if (state == CLOSED) throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
        }

        /** async_gen_asend_send: send(v) of the awaitable (next() is send(None)). */
        public PyObject send(PyObject v) {
            checkReuse();
            PyObject arg = v;
            if (state == INIT) {
                if (gen.runningAsync) throw Errors.runtimeError("anext(): asynchronous generator is already running");
                if (arg == Py.None) arg = sendval;
                state = ITER;
            }
            gen.runningAsync = true;
            PyObject a = arg;
            return closeOnEnd(() -> gen.unwrap(() -> gen.sendOrStop(a)));
        }

        /** async_gen_asend_throw. */
        public PyObject throwIn(PyException e) {
            checkReuse();
            return closeOnEnd(() -> gen.unwrap(() -> gen.throwOrStop(e, true)));
        }

        private PyObject closeOnEnd(Step step) {
            try {
                return step.run();
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }
    }

    /** The awaitable athrow() and aclose() return ({@code exc} null for aclose). */
    public static final class AThrow extends PyObject {
        static final PyType TYPE = new PyType("async_generator_athrow", PyType.DISALLOW_INSTANTIATION);

        static {
            GeneratorTypes.initAwaitable(TYPE, (o, v) -> ((AThrow) o).send(v));
            TYPE.addMethod("throw", (o, a, off, n, k) -> ((AThrow) o).throwIn(GeneratorTypes.throwArgs(a, off, n)));
            TYPE.addMethod("close", (Slots.MethNoArgs) o -> {
                ((AThrow) o).state = CLOSED;
                return Py.None;
            });
            TYPE.ready();
        }

        final PyAsyncGenerator gen;
        /** What athrow() throws in; null for aclose(). */
        final PyException exc;
        int state = INIT;

        AThrow(PyAsyncGenerator gen, PyException exc) {
            this.gen = gen;
            this.exc = exc;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private void checkReuse() {
            if (state == CLOSED) throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
        }

        /** async_gen_athrow_send. */
        PyObject send(PyObject arg) {
            checkReuse();
            if (gen.frame.state == PyFrame.COMPLETED) {
                state = CLOSED;
                throw Errors.stopIteration(Py.None);
            }
            if (state == INIT) return first(arg);
            return checked(() -> exc != null ? gen.unwrap(() -> gen.sendOrStop(arg)) : closeStep(gen.sendOrStop(arg)));
        }

        /** The first send: throws GeneratorExit (aclose) or the exception (athrow) in. */
        private PyObject first(PyObject arg) {
            if (gen.runningAsync) {
                state = CLOSED;
                throw Errors.runtimeError((exc == null ? "aclose()" : "athrow()")
                        + ": asynchronous generator is already running");
            }
            if (gen.closed) {
                state = CLOSED;
                throw Errors.stopAsyncIteration();
            }
            if (arg != Py.None) throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
            state = ITER;
            gen.runningAsync = true;
            if (exc == null) {
                gen.closed = true;
                return checked(() -> closeStep(gen.throwOrStop(Errors.generatorExit(), false)));
            }
            return checked(() -> gen.unwrap(() -> gen.throwOrStop(exc, false)));
        }

        /** aclose() mode: a value yielded to the consumer means GeneratorExit was ignored. */
        private PyObject closeStep(PyObject r) {
            if (r instanceof Wrapped) {
                gen.runningAsync = false;
                state = CLOSED;
                throw Errors.runtimeError("async generator ignored GeneratorExit");
            }
            return r;
        }

        /** check_error: the await is over; for aclose, the generator's end finishes it quietly. */
        private PyObject checked(Step step) {
            try {
                return step.run();
            } catch (PyException e) {
                if (state == CLOSED) throw e;
                gen.runningAsync = false;
                state = CLOSED;
                if (exc == null && (e.matches(PyExc.StopAsyncIteration) || Errors.isGeneratorExit(e))) {
                    throw Errors.stopIteration(Py.None);
                }
                throw e;
            }
        }

        /** async_gen_athrow_throw. */
        PyObject throwIn(PyException e) {
            checkReuse();
            if (exc != null) return gen.unwrap(() -> gen.throwOrStop(e, true));
            try {
                PyObject r = gen.throwOrStop(e, true);
                if (r instanceof Wrapped) {
                    gen.runningAsync = false;
                    state = CLOSED;
                    throw Errors.runtimeError("async generator ignored GeneratorExit");
                }
                return r;
            } catch (PyException x) {
                if (x.matches(PyExc.StopAsyncIteration) || Errors.isGeneratorExit(x)) throw Errors.stopIteration(Py.None);
                throw x;
            }
        }
    }

    /** athrow(typ[, val[, tb]]). */
    public PyObject athrow(PyException e) {
        initHooks();
        return new AThrow(this, e);
    }

    /** aclose(). */
    public PyObject aclose() {
        initHooks();
        return new AThrow(this, null);
    }

    /** __anext__(). */
    public PyObject anext() {
        initHooks();
        return new ASend(this, Py.None);
    }

    /** asend(v). */
    public PyObject asend(PyObject v) {
        initHooks();
        return new ASend(this, v);
    }
}
