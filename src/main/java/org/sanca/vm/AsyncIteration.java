package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots;

/**
 * The builtins aiter() and anext(), and the awaitable anext() returns when given a default.
 * CPython: Python/bltinmodule.c (builtin_aiter, builtin_anext), Objects/abstract.c
 * (PyObject_GetAIter), Objects/iterobject.c (anextawaitable).
 */
public final class AsyncIteration {
    private AsyncIteration() {}

    private static final PyStr AITER = PyStr.of("__aiter__"), ANEXT = PyStr.of("__anext__");

    /** aiter(async_iterable). */
    public static PyObject aiter(PyObject o) {
        PyObject m = Abstract.lookupSpecial(o, AITER);
        if (m == null) throw PyErr.format(PyExc.TypeError, "'%.200s' object is not an async iterable", PyErr.typeName(o));
        PyObject it = Abstract.call(m);
        if (it.type().lookup(ANEXT) == null)
            throw PyErr.format(PyExc.TypeError, "aiter() returned not an async iterator of type '%.100s'",
                    PyErr.typeName(it));
        return it;
    }

    /** anext(aiterator[, default]): the awaitable of __anext__(), wrapped when a default is given. */
    public static PyObject anext(PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("anext", k);
        Args.range("anext", n, 1, 2);
        PyObject it = a[o];
        PyObject m = Abstract.lookupSpecial(it, ANEXT);
        if (m == null) throw PyErr.format(PyExc.TypeError, "'%.200s' object is not an async iterator", PyErr.typeName(it));
        PyObject awaitable = Abstract.call(m);
        return n == 1 ? awaitable : new AnextAwaitable(awaitable, a[o + 1]);
    }

    /** anext()'s awaitable with a default: StopAsyncIteration from the wrapped one becomes StopIteration(default). */
    static final class AnextAwaitable extends PyObject {
        static final PyType TYPE = new PyType("anext_awaitable", PyType.DISALLOW_INSTANTIATION);

        static {
            TYPE.tp_iter = o -> o;
            TYPE.tp_iternext = o -> ((AnextAwaitable) o).proxy(it -> Abstract.next(it));
            TYPE.addMethod("__await__", (Slots.MethNoArgs) o -> o);
            TYPE.addMethod("send", (Slots.MethO) (o, v) -> ((AnextAwaitable) o).proxy(it -> Abstract.callMethod(it, "send", v)));
            TYPE.addMethod("throw", (o, a, off, n, k) -> ((AnextAwaitable) o).proxy(it ->
                    Abstract.call(Abstract.getAttr(it, "throw"), Args.tuple(a, off, n).toArray())));
            TYPE.addMethod("close", (Slots.MethNoArgs) o -> ((AnextAwaitable) o).proxy(it -> Abstract.callMethod(it, "close")));
            TYPE.ready();
        }

        final PyObject wrapped;
        final PyObject dflt;

        AnextAwaitable(PyObject wrapped, PyObject dflt) {
            this.wrapped = wrapped;
            this.dflt = dflt;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private interface Op {
            PyObject apply(PyObject iterator);
        }

        /** anextawaitable_getiter: the wrapped awaitable's iterator (a coroutine's __await__()). */
        private PyObject iterator() {
            PyObject it = Generators.getAwaitable(wrapped, 0);
            if (it instanceof PyCoroutine c) {
                it = new PyCoroutine.Wrapper(c);
            }
            return it;
        }

        /** anextawaitable_proxy: the operation on the iterator, the default when it is exhausted. */
        private PyObject proxy(Op op) {
            PyObject it = iterator();
            try {
                return op.apply(it);
            } catch (PyException e) {
                if (e.matches(PyExc.StopAsyncIteration)) throw Errors.stopIteration(dflt);
                throw e;
            }
        }
    }
}
