package org.sanca.objects;

/**
 * The iterator over an object that only has __getitem__: indexes 0, 1, ... until IndexError/StopIteration.
 * CPython: Objects/iterobject.c (PySeqIter_Type, "iterator").
 */
public final class PySeqIter extends PyObject {
    static final PyType TYPE = Iterators.type("iterator", o -> ((PySeqIter) o).next(), null);

    private PyObject seq;
    private long index;

    PySeqIter(PyObject seq) {
        this.seq = seq;
    }

    private PyObject next() {
        if (seq == null) return null;
        try {
            return Abstract.getItem(seq, PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
