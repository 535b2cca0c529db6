package org.sanca.objects;

/**
 * Copies of PyObject arrays by plain allocation and System.arraycopy. Arrays.copyOf and copyOfRange
 * of a PyObject[] take the array's runtime class, which C2 cannot prove, and then allocate through
 * reflection (Array.newInstance): it showed as a quarter of some benchmarks' time.
 * CPython: none (C copies with memcpy).
 */
public final class ObjectArrays {
    private ObjectArrays() {}

    /** a[from:to] as a new array. */
    public static PyObject[] copyOfRange(PyObject[] a, int from, int to) {
        PyObject[] r = new PyObject[to - from];
        System.arraycopy(a, from, r, 0, to - from);
        return r;
    }

    /** a's first min(n, a.length) items in a new array of length n. */
    public static PyObject[] copyOf(PyObject[] a, int n) {
        PyObject[] r = new PyObject[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }
}
