package org.sanca.objects;

/**
 * list.sort: a stable merge sort comparing only with '<', with key functions and reverse.
 * CPython: Objects/listobject.c (list_sort_impl; CPython uses timsort, which is stable like this).
 */
final class ListSort {
    private ListSort() {}

    static void sort(PyList list, PyObject key, boolean reverse) {
        int n = list.size;
        PyObject[] saved = list.items, marker = new PyObject[0];
        list.items = marker;
        list.size = 0;
        PyObject[] out = null;
        try {
            out = sorted(ObjectArrays.copyOf(saved, n), n, key, reverse);
        } finally {
            boolean modified = list.items != marker || list.size != 0;
            list.items = saved;
            list.size = n;
            if (out != null) {
                System.arraycopy(out, 0, saved, 0, n);
                if (modified) throw PyErr.format(PyExc.ValueError, "list modified during sort");
            }
        }
    }

    /** values sorted stably by key (while the list looks empty to the key function and comparisons). */
    private static PyObject[] sorted(PyObject[] values, int n, PyObject key, boolean reverse) {
        PyObject[] keys = values;
        if (key != null && key != Py.None) {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++) keys[i] = Abstract.call(key, values[i]);
        }
        if (reverse) {
            reverse(keys, n);
            if (keys != values) reverse(values, n);
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        mergeSort(idx, new int[n], 0, n, keys);
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) out[i] = values[idx[i]];
        if (reverse) reverse(out, n);
        return out;
    }

    private static void reverse(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean lt(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.big == null && y.big == null) return x.value < y.value;
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class)
            return StrType.compareStr((PyStr) a, (PyStr) b) < 0;
        return Abstract.richCompareBool(a, b, Abstract.LT);
    }

    private static void mergeSort(int[] idx, int[] tmp, int lo, int hi, PyObject[] keys) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int x = idx[i];
                int j = i;
                while (j > lo && lt(keys[x], keys[idx[j - 1]])) {
                    idx[j] = idx[j - 1];
                    j--;
                }
                idx[j] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(idx, tmp, lo, mid, keys);
        mergeSort(idx, tmp, mid, hi, keys);
        if (!lt(keys[idx[mid]], keys[idx[mid - 1]])) return;
        System.arraycopy(idx, lo, tmp, lo, hi - lo);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) idx[k++] = lt(keys[tmp[j]], keys[tmp[i]]) ? tmp[j++] : tmp[i++];
        while (i < mid) idx[k++] = tmp[i++];
        while (j < hi) idx[k++] = tmp[j++];
    }
}
