package org.sanca.vm;

import org.sanca.objects.Py;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * A coroutine: the object an async def returns, driven by await (send) until it returns.
 * CPython: Objects/genobject.c (PyCoro_Type).
 */
public final class PyCoroutine extends PyGenerator {
    public static final PyType TYPE = new PyType("coroutine", PyType.DISALLOW_INSTANTIATION);

    static {
        GeneratorTypes.initCoroutine(TYPE);
    }

    /** cr_origin: ((filename, lineno, function), ...) of the creating frames, or None. */
    final PyObject origin;

    PyCoroutine(PyFrame frame) {
        super(frame);
        int depth = ThreadState.get().coroOriginDepth;
        origin = depth > 0 ? computeOrigin(frame.back, depth) : Py.None;
    }

    /** compute_cr_origin: the innermost {@code depth} frames from {@code f} outwards. */
    private static PyObject computeOrigin(PyFrame f, int depth) {
        java.util.List<PyObject> frames = new java.util.ArrayList<>();
        for (; f != null && frames.size() < depth; f = f.getBack()) {
            frames.add(PyTuple.of(PyStr.of(f.getCode().getFilename()), PyInt.of(f.getLineno()),
                    PyStr.of(f.getCode().getName())));
        }
        return PyTuple.wrap(frames.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String kind() {
        return "coroutine";
    }

    /** What coroutine.__await__() returns: an iterator driving the coroutine. */
    static final class Wrapper extends PyObject {
        static final PyType TYPE = new PyType("coroutine_wrapper", PyType.DISALLOW_INSTANTIATION);

        static {
            GeneratorTypes.initAwaitableIterator(TYPE, (o, v) -> ((Wrapper) o).coro.send(v));
            TYPE.addMethod("throw", (o, a, off, n, k) ->
                    ((Wrapper) o).coro.throwIn(GeneratorTypes.throwArgs(a, off, n)));
            TYPE.addMethod("close", (org.sanca.objects.Slots.MethNoArgs) o -> ((Wrapper) o).coro.close());
            TYPE.ready();
        }

        final PyCoroutine coro;

        Wrapper(PyCoroutine coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
