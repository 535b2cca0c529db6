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

    /** An iterator that pickles as CPython's do: iter(sequence) or reversed(sequence), and a position. */
    public interface Reducible {
        /** __reduce__: (callable, args) or (callable, args, position). */
        PyObject reduce();

        /** __setstate__(position), clamped as the C type clamps it; a no-op once exhausted. */
        default void setState(long position) {}
    }

    /** An iterator type whose objects implement Reducible; setState adds __setstate__. */
    public static PyType type(String name, UnaryFunc next, UnaryFunc lengthHint, boolean setState) {
        PyType t = type(name, next, lengthHint);
        t.addMethod("__reduce__", (Slots.MethNoArgs) o -> ((Reducible) o).reduce());
        if (setState) {
            t.addMethod("__setstate__", (Slots.MethO) (o, state) -> {
                ((Reducible) o).setState(PyNumber.asSize(state, PyExc.OverflowError));
                return Py.None;
            });
        }
        return t;
    }

    /** The builtin named name (iter or reversed), as _PyEval_GetBuiltin finds it. */
    public static PyObject builtin(String name) {
        return Abstract.getAttr(Reduce.importer.importModule("builtins"), name);
    }

    /** (iter, (seq,), position), or (iter, (empty,)) once exhausted (seq null). */
    public static PyObject reduceIter(PyObject seq, long position, PyObject empty) {
        if (seq == null) return PyTuple.of(builtin("iter"), PyTuple.of(empty));
        return PyTuple.of(builtin("iter"), PyTuple.of(seq), PyInt.of(position));
    }

    /** (iter, (list of the items a copy of the iterator would still give,)). */
    public static PyObject reduceRemaining(PyObject copy) {
        return PyTuple.of(builtin("iter"), PyTuple.of(PyList.fromIterable(copy)));
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
