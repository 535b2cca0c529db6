package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBaseException;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * The Python-visible side of generators, coroutines and async generators: their type slots,
 * methods (send, throw, close, __await__, __anext__, asend) and gi_/cr_/ag_ attributes.
 * CPython: Objects/genobject.c (gen_methods, gen_getsetlist, coro_methods, async_gen_methods).
 */
final class GeneratorTypes {
    private GeneratorTypes() {}

    /** What the three kinds share: repr, names, the frame and code attributes, __del__. */
    private static void initCommon(PyType t, String prefix) {
        t.tp_repr = o -> PyStr.of("<" + t.getName() + " object "
                + Abstract.str(((PyGenerator) o).qualname).asString() + " at " + Py.idHex(o) + ">");
        t.addGetter(prefix + "_frame", o -> orNone(gen(o).getFrame()));
        t.addGetter(prefix + "_code", o -> gen(o).frame.exec.pycode);
        t.addGetSet("__name__", o -> gen(o).name, (o, v) -> gen(o).name = strAttr(v, "__name__"));
        t.addGetSet("__qualname__", o -> gen(o).qualname, (o, v) -> gen(o).qualname = strAttr(v, "__qualname__"));
        t.addMethod("__del__", (org.sanca.objects.Slots.MethNoArgs) o -> gen(o).finalizeGen());
    }

    /** Generators and coroutines: send, throw, close and the _suspended flag. */
    private static void initGenerator(PyType t, String prefix) {
        initCommon(t, prefix);
        t.addMethod("send", (org.sanca.objects.Slots.MethO) (o, v) -> gen(o).send(v));
        t.addMethod("throw", (o, a, off, n, k) -> gen(o).throwIn(throwArgs(a, off, n)));
        t.addMethod("close", (org.sanca.objects.Slots.MethNoArgs) o -> gen(o).close());
        t.addGetter(prefix + "_running", o -> PyBool.of(gen(o).running));
        t.addGetter(prefix + "_suspended", o -> PyBool.of(gen(o).frame.state == PyFrame.SUSPENDED));
    }

    static void initPlainGenerator(PyType t) {
        initGenerator(t, "gi");
        t.addMethod("__next__", (org.sanca.objects.Slots.MethNoArgs) o -> {
            PyObject r = gen(o).next();
            if (r == null) throw gen(o).stopIteration();
            return r;
        });
        t.tp_iter = o -> o;
        t.tp_iternext = o -> gen(o).next();
        t.addGetter("gi_yieldfrom", o -> orNone(gen(o).yieldFrom()));
        t.ready();
    }

    static void initCoroutine(PyType t) {
        initGenerator(t, "cr");
        t.addGetter("cr_await", o -> orNone(gen(o).yieldFrom()));
        t.addGetter("cr_origin", o -> ((PyCoroutine) o).origin);
        t.addMethod("__await__", (org.sanca.objects.Slots.MethNoArgs) o -> new PyCoroutine.Wrapper((PyCoroutine) o));
        t.ready();
    }

    static void initAsyncGenerator(PyType t) {
        initCommon(t, "ag");
        t.addGetter("ag_running", o -> PyBool.of(((PyAsyncGenerator) o).runningAsync));
        t.addClassMethod("__class_getitem__", (c, a, o, n, k) -> {
            Args.exactly("__class_getitem__", n, 1);
            return Abstract.call(org.sanca.objects.PyGenericAlias.TYPE, c, a[o]);
        });
        t.addGetter("ag_await", o -> orNone(gen(o).yieldFrom()));
        t.addMethod("__aiter__", (org.sanca.objects.Slots.MethNoArgs) o -> o);
        t.addMethod("__anext__", (org.sanca.objects.Slots.MethNoArgs) o -> ((PyAsyncGenerator) o).anext());
        t.addMethod("asend", (org.sanca.objects.Slots.MethO) (o, v) -> ((PyAsyncGenerator) o).asend(v));
        t.addMethod("athrow", (o, a, off, n, k) -> ((PyAsyncGenerator) o).athrow(throwArgs(a, off, n)));
        t.addMethod("aclose", (org.sanca.objects.Slots.MethNoArgs) o -> ((PyAsyncGenerator) o).aclose());
        t.ready();
    }

    /** An awaitable (asend, athrow): the iterator protocol of {@link #initAwaitableIterator} and __await__. */
    static void initAwaitable(PyType t, Sender sender) {
        initAwaitableIterator(t, sender);
        t.addMethod("__await__", (org.sanca.objects.Slots.MethNoArgs) o -> o);
    }

    /** An awaitable's iterator protocol: __next__ is send(None), plus send; the caller adds the rest and readies t. */
    static void initAwaitableIterator(PyType t, Sender sender) {
        t.tp_iter = o -> o;
        t.tp_iternext = o -> {
            try {
                return sender.send(o, Py.None);
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration) && Errors.stopIterationValue(e) == Py.None) return null;
                throw e;
            }
        };
        t.addMethod("send", (org.sanca.objects.Slots.MethO) sender::send);
    }

    /** An awaitable iterator's send. */
    interface Sender {
        PyObject send(PyObject self, PyObject value);
    }

    /**
     * gen.throw(typ[, val[, tb]]): normalises to an exception instance as CPython's _gen_throw.
     */
    static PyException throwArgs(PyObject[] a, int off, int n) {
        Args.range("throw", n, 1, 3);
        PyObject typ = a[off];
        PyObject val = n > 1 ? a[off + 1] : Py.None;
        PyObject tb = n > 2 ? a[off + 2] : Py.None;
        if (tb != Py.None && !(tb instanceof PyTraceback)) {
            throw PyErr.format(PyExc.TypeError, "throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            if (val instanceof PyBaseException v && v.type().isSubtype(t)) {
                exc = v;
            } else {
                exc = normalize(t, val);
            }
        } else if (typ instanceof PyBaseException e) {
            if (val != Py.None) throw PyErr.format(PyExc.TypeError, "instance exception may not have a separate value");
            exc = e;
        } else {
            throw PyErr.format(PyExc.TypeError,
                    "exceptions must be classes or instances deriving from BaseException, not %s", PyErr.typeName(typ));
        }
        if (tb != Py.None) exc.traceback = tb;
        return new PyException(exc);
    }

    /**
     * PyErr_NormalizeException: typ(*val) for a tuple, typ() for None, else typ(val); an error
     * raised while doing so is what gets thrown instead.
     */
    private static PyBaseException normalize(PyType t, PyObject val) {
        PyObject[] args = val == Py.None ? new PyObject[0]
                : val instanceof PyTuple tu ? tu.toArray() : new PyObject[] {val};
        try {
            PyObject r = Abstract.call(t, args);
            if (r instanceof PyBaseException e) return e;
            throw PyErr.format(PyExc.TypeError, "calling %s should have returned an instance of BaseException, not %s",
                    Abstract.repr(t).asString(), PyErr.typeName(r));
        } catch (PyException e) {
            return e.value;
        }
    }

    private static PyGenerator gen(PyObject o) {
        return (PyGenerator) o;
    }

    private static PyObject orNone(PyObject v) {
        return v == null ? Py.None : v;
    }

    private static PyObject strAttr(PyObject v, String name) {
        if (!(v instanceof PyStr)) throw PyErr.format(PyExc.TypeError, "%s must be set to a string object", name);
        return v;
    }
}
