package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * The builtins that consume iterables: min, max, sum, all, any, sorted, iter and next.
 * CPython: Python/bltinmodule.c (min_max, builtin_sum_impl, builtin_all, builtin_sorted, ...).
 */
final class BuiltinsReduce {
    private BuiltinsReduce() {}

    private static final String[] MINMAX_KW = {"key", "default"};

    /** min/max(iterable, *[, default=obj, key=func]) and min/max(arg1, arg2, *args, *[, key=func]). */
    static PyObject minMax(String name, PyObject[] a, int o, int n, PyTuple kw, int op) {
        PyObject key = null, dflt = null;
        if (kw != null) {
            PyObject[] k = Args.parse(name, a, o + n, 0, kw, MINMAX_KW, 0);
            key = k[0] == Py.None ? null : k[0];
            dflt = k[1];
        }
        if (n == 0) {
            throw PyErr.format(PyExc.TypeError, "%s expected at least 1 argument, got 0", name);
        }
        if (n > 1 && dflt != null) {
            throw PyErr.format(PyExc.TypeError,
                "Cannot specify a default for %s() with multiple positional arguments", name);
        }
        PyObject it = Abstract.getIter(n == 1 ? a[o] : PyTuple.wrap(slice(a, o, n)));
        PyObject best = null, bestKey = null;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            PyObject itemKey = key == null ? item : Abstract.call(key, item);
            if (best == null || Abstract.richCompareBool(itemKey, bestKey, op)) {
                best = item;
                bestKey = itemKey;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.format(PyExc.ValueError, "%s() arg is an empty sequence", name);
        }
        return best;
    }

    private static PyObject[] slice(PyObject[] a, int o, int n) {
        PyObject[] out = new PyObject[n];
        System.arraycopy(a, o, out, 0, n);
        return out;
    }

    private static final String[] SUM_KW = {"iterable", "start"};

    /** sum(iterable, /, start=0), with exact-int and float fast paths. */
    static PyObject sum(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        PyObject[] p = Args.parse("sum", a, o, n, kw, SUM_KW, 1, 2, 1);
        PyObject result = p[1] == null ? PyInt.of(0) : p[1];
        if (result instanceof PyStr) {
            throw PyErr.format(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (result instanceof org.sanca.objects.PyBytes) {
            throw PyErr.format(PyExc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (result instanceof org.sanca.objects.PyByteArray) {
            throw PyErr.format(PyExc.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Abstract.getIter(p[0]);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            result = add(result, item);
        }
        return result;
    }

    private static PyObject add(PyObject acc, PyObject item) {
        if (acc.type() == PyFloat.TYPE && item.type() == PyFloat.TYPE) {
            return PyFloat.of(((PyFloat) acc).value + ((PyFloat) item).value);
        }
        return PyNumber.add(acc, item);
    }

    /** all(iterable) when {@code want} is false, any(iterable) when true. */
    static PyObject allAny(PyObject iterable, boolean want) {
        PyObject it = Abstract.getIter(iterable);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if (Abstract.isTrue(item) == want) {
                return PyBool.of(want);
            }
        }
        return PyBool.of(!want);
    }

    /** sorted(iterable, /, *, key=None, reverse=False): a new list sorted by list.sort. */
    static PyObject sorted(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        if (n != 1) {
            throw PyErr.format(PyExc.TypeError, n == 0 ? "sorted expected 1 argument, got 0"
                : "sorted expected 1 argument, got %d", n);
        }
        PyList list = PyList.fromIterable(a[o]);
        PyObject sort = Abstract.getAttr(list, "sort");
        int nk = kw == null ? 0 : kw.size();
        PyObject[] args = new PyObject[nk];
        System.arraycopy(a, o + 1, args, 0, nk);
        Abstract.call(sort, args, 0, 0, kw);
        return list;
    }

    /** iter(object) and iter(callable, sentinel). */
    static PyObject iter(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        Args.noKeywords("iter", kw);
        Args.range("iter", n, 1, 2);
        if (n == 1) {
            return Abstract.getIter(a[o]);
        }
        if (!BuiltinsModule.isCallable(a[o])) {
            throw PyErr.format(PyExc.TypeError, "iter(v, w): v must be callable");
        }
        return BuiltinIterators.callIter(a[o], a[o + 1]);
    }

    /** next(iterator[, default]). */
    static PyObject next(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        Args.noKeywords("next", kw);
        Args.range("next", n, 1, 2);
        PyObject it = a[o];
        if (it.type().tp_iternext == null) {
            throw PyErr.format(PyExc.TypeError, "'%s' object is not an iterator", PyErr.typeName(it));
        }
        PyObject v;
        try {
            v = it.type().tp_iternext.call(it);
        } catch (PyException e) {
            if (n == 2 && e.matches(PyExc.StopIteration)) {
                return a[o + 1];
            }
            throw e;
        }
        if (v != null) {
            return v;
        }
        if (n == 2) {
            return a[o + 1];
        }
        if (it instanceof org.sanca.objects.ReturningIterator r) {
            throw org.sanca.objects.ReturningIterator.stopIteration(r.returnValue());
        }
        throw PyErr.raise(PyExc.StopIteration);
    }
}
