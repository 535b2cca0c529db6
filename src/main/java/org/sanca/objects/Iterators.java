package org.sanca.objects;

import org.sanca.objects.Slots.UnaryFunc;

/**
 * Building the builtin iterator types: iter(it) is it, next via tp_iternext, __length_hint__ when known.
 * CPython: Objects/iterobject.c and the per-type iterators (listiterobject, tupleiterobject, ...).
 */
public final class Iterators {
    private Iterators() {}

    /** A static iterator type; next returns null at exhaustion; lengthHint may be null. */
    public static PyType type(String name, UnaryFunc next, UnaryFunc lengthHint) {
        PyType t = new PyType(name, PyType.DISALLOW_INSTANTIATION);
        t.tp_iter = o -> o;
        t.tp_iternext = next;
        if (lengthHint != null) t.addMethod("__length_hint__", (Slots.MethNoArgs) lengthHint::call);
        t.ready();
        return t;
    }

    /** A static iterator type over the arrays given to {@link #over}, without __length_hint__. */
    public static PyType arrayType(String name) {
        return type(name, o -> ((TupleType.ArrayIterator) o).next(), null);
    }

    /** An iterator of an arrayType over items. */
    public static PyObject over(PyType type, PyObject[] items) {
        return new TupleType.ArrayIterator(type, items, items.length);
    }

    /** Materialises an iterable into a Java array (PySequence_Fast). */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) return t.items;
        if (iterable instanceof PyList l) return l.toArray();
        return PyList.fromIterable(iterable).toArray();
    }
}
