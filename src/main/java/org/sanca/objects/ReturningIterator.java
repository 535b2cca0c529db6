package org.sanca.objects;

/**
 * An iterator whose exhaustion carries a value (a generator's return value), which next() puts in the
 * StopIteration it raises, as CPython's gen_iternext does with _PyGen_SetStopIterationValue.
 * CPython: Objects/genobject.c (gen_iternext, _PyGen_SetStopIterationValue).
 */
public interface ReturningIterator {
    /** The value the iterator returned when it was exhausted (None when it returned nothing). */
    PyObject returnValue();

    /** The StopIteration for an exhausted iterator: StopIteration(value), or a bare one for None. */
    static PyException stopIteration(PyObject value) {
        if (value == null || value == Py.None) return PyErr.raise(PyExc.StopIteration);
        PyBaseException e = new PyBaseException(PyExc.StopIteration, PyTuple.of(value));
        e.setAttrField("value", value);
        return new PyException(e);
    }
}
