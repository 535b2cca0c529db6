package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots;
import org.sanca.vm.PyCoroutine;

/**
 * The builtins aiter, anext (with its awaitable for a default value) and breakpoint.
 * CPython: Python/bltinmodule.c (builtin_aiter, builtin_anext_impl, builtin_breakpoint) and Objects/iterobject.c
 * (anextawaitableobject).
 */
final class BuiltinsAsync {
    private BuiltinsAsync() {}

    private static final PyStr AITER = PyStr.of("__aiter__"), ANEXT = PyStr.of("__anext__"),
            AWAIT = PyStr.of("__await__");

    /** aiter(async_iterable): PyObject_GetAIter. */
    static PyObject aiter(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject x = BuiltinsModule.one("aiter", a, o, n, k);
        PyObject m = Abstract.lookupSpecial(x, AITER);
        if (m == null) throw PyErr.format(PyExc.TypeError, "'%.200s' object is not an async iterable", PyErr.typeName(x));
        PyObject it = Abstract.call(m);
        if (Abstract.lookupSpecial(it, ANEXT) == null)
            throw PyErr.format(PyExc.TypeError, "aiter() returned not an async iterator of type '%.100s'",
                    PyErr.typeName(it));
        return it;
    }

    /** anext(aiterator[, default]): aiterator.__anext__(), or an awaitable that ends with default. */
    static PyObject anext(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("anext", k);
        Args.range("anext", n, 1, 2);
        PyObject m = Abstract.lookupSpecial(a[o], ANEXT);
        if (m == null) throw PyErr.format(PyExc.TypeError, "'%.200s' object is not an async iterator",
                PyErr.typeName(a[o]));
        PyObject awaitable = Abstract.call(m);
        return n == 1 ? awaitable : new AnextAwaitable(awaitable, a[o + 1]);
    }

    /** anext's awaitable with a default: StopAsyncIteration from the wrapped awaitable becomes StopIteration(default). */
    static final class AnextAwaitable extends PyObject {
        static final PyType TYPE = new PyType("anext_awaitable", PyType.DISALLOW_INSTANTIATION);

        final PyObject wrapped, defaultValue;

        AnextAwaitable(PyObject wrapped, PyObject defaultValue) {
            this.wrapped = wrapped;
            this.defaultValue = defaultValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** anextawaitable_getiter: the iterator that drives the wrapped awaitable. */
        private PyObject iterator() {
            if (!(wrapped instanceof PyCoroutine) && Abstract.isIterator(wrapped)) return wrapped;
            PyObject await = Abstract.lookupSpecial(wrapped, AWAIT);
            if (await == null)
                throw PyErr.format(PyExc.TypeError, "object %.100s can't be used in 'await' expression",
                        PyErr.typeName(wrapped));
            PyObject it = Abstract.call(await);
            if (it instanceof PyCoroutine)
                throw PyErr.format(PyExc.TypeError, "__await__() returned a coroutine");
            if (!Abstract.isIterator(it))
                throw PyErr.format(PyExc.TypeError, "__await__() returned non-iterator of type '%.100s'",
                        PyErr.typeName(it));
            return it;
        }

        private PyException stop(PyException e) {
            return e.matches(PyExc.StopAsyncIteration) ? PyErr.raise(PyExc.StopIteration, defaultValue) : e;
        }

        private PyObject next() {
            PyObject it = iterator();
            try {
                return it.type().tp_iternext.call(it);
            } catch (PyException e) {
                throw stop(e);
            }
        }

        private PyObject proxy(String method, PyObject[] args) {
            PyObject it = iterator();
            try {
                return Abstract.callMethod(it, method, args);
            } catch (PyException e) {
                throw stop(e);
            }
        }

        /** throw and close pass their positional arguments on (METH_VARARGS). */
        private PyObject proxyVarargs(String method, PyObject[] a, int o, int n, PyTuple k) {
            Args.noKeywords(method, k);
            PyObject[] args = new PyObject[n];
            System.arraycopy(a, o, args, 0, n);
            return proxy(method, args);
        }

        static {
            TYPE.tp_iter = x -> x;
            TYPE.tp_iternext = x -> ((AnextAwaitable) x).next();
            TYPE.addMethod("__await__", (Slots.MethNoArgs) x -> x);
            TYPE.addMethod("send", (Slots.MethO) (x, v) -> ((AnextAwaitable) x).proxy("send", new PyObject[] {v}));
            TYPE.addMethod("throw", (x, a, o, n, k) -> ((AnextAwaitable) x).proxyVarargs("throw", a, o, n, k));
            TYPE.addMethod("close", (x, a, o, n, k) -> ((AnextAwaitable) x).proxyVarargs("close", a, o, n, k));
            TYPE.ready();
        }
    }

    /** breakpoint(*args, **kws): sys.breakpointhook(*args, **kws). */
    static PyObject breakpoint(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject hook = org.sanca.runtime.PySystemState.current().sysModule().getDict()
                .getItemStr(PyStr.of("breakpointhook"));
        if (hook == null) throw PyErr.format(PyExc.RuntimeError, "lost sys.breakpointhook");
        return Abstract.call(hook, a, o, n, k);
    }
}
