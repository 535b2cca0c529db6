package org.sanca.objects;

/**
 * The iterator over an object that only has __getitem__: indexes 0, 1, ... until IndexError/StopIteration.
 * CPython: Objects/iterobject.c (PySeqIter_Type, "iterator").
 */
public final class PySeqIter extends PyObject implements Iterators.Reducible {
    static final PyType TYPE = Iterators.type("iterator", o -> ((PySeqIter) o).next(), o -> ((PySeqIter) o).lengthHint(),
            true);

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

    /** iter_len: what len(seq) leaves past the index, NotImplemented when seq has no len. */
    private PyObject lengthHint() {
        if (seq == null) return PyInt.of(0);
        if (seq.type().sq_length == null && seq.type().mp_length == null) return Py.NotImplemented;
        return PyInt.of(Math.max(0, Abstract.len(seq) - index));
    }

    @Override
    public PyObject reduce() {
        return Iterators.reduceIter(seq, index, PyTuple.EMPTY);
    }

    @Override
    public void setState(long position) {
        if (seq != null) index = Math.max(0, position);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
