package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * The callable iterator of iter(callable, sentinel) (map, filter and zip come with the object
 * model's FuncIterators).
 * CPython: Objects/iterobject.c (calliterobject).
 */
public final class BuiltinIterators {
    private BuiltinIterators() {}

    /** callable_iterator: calls func until it returns the sentinel. */
    static final class CallIterObject extends PyObject {
        PyObject func;
        final PyObject sentinel;

        CallIterObject(PyObject func, PyObject sentinel) {
            this.func = func;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return CALLITER;
        }
    }

    public static final PyType CALLITER = new PyType("callable_iterator", PyType.DISALLOW_INSTANTIATION);

    static {
        CALLITER.tp_iternext = o -> callIterNext((CallIterObject) o);
        CALLITER.tp_iter = o -> o;
        CALLITER.addMethod("__reduce__", (org.sanca.objects.Slots.MethNoArgs) o -> {
            CallIterObject c = (CallIterObject) o;
            PyObject iter = org.sanca.objects.Iterators.builtin("iter");
            return c.func == null ? PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY))
                    : PyTuple.of(iter, PyTuple.of(c.func, c.sentinel));
        });
        CALLITER.ready();
    }

    static PyObject callIter(PyObject func, PyObject sentinel) {
        return new CallIterObject(func, sentinel);
    }

    private static PyObject callIterNext(CallIterObject c) {
        if (c.func == null) {
            return null;
        }
        PyObject v;
        try {
            v = Abstract.call(c.func);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                c.func = null;
                return null;
            }
            throw e;
        }
        if (Abstract.richCompareBool(v, c.sentinel, Abstract.EQ)) {
            c.func = null;
            return null;
        }
        return v;
    }
}
