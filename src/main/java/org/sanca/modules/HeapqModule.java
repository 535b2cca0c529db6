package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.Py;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * The _heapq module: a binary min-heap (and the _max variants heapq.merge uses) kept in a list, compared with {@code <}
 * only. CPython: Modules/_heapqmodule.c.
 */
public final class HeapqModule {
    private HeapqModule() {}

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        def(m, d, "heappush", (s, a, o, n, k) -> {
            PyList heap = twoArgs("heappush", a, o, n, k);
            heap.append(a[o + 1]);
            siftDown(heap, 0, heap.size() - 1, false);
            return Py.None;
        });
        def(m, d, "heappop", (s, a, o, n, k) -> pop(oneArg("heappop", a, o, n, k), false));
        def(m, d, "_heappop_max", (s, a, o, n, k) -> pop(oneArg("_heappop_max", a, o, n, k), true));
        def(m, d, "heapreplace", (s, a, o, n, k) -> replace(twoArgs("heapreplace", a, o, n, k), a[o + 1], false));
        def(m, d, "_heapreplace_max", (s, a, o, n, k) ->
            replace(twoArgs("_heapreplace_max", a, o, n, k), a[o + 1], true));
        def(m, d, "heappushpop", (s, a, o, n, k) -> pushPop(twoArgs("heappushpop", a, o, n, k), a[o + 1]));
        def(m, d, "heapify", (s, a, o, n, k) -> heapify(oneArg("heapify", a, o, n, k), false));
        def(m, d, "_heapify_max", (s, a, o, n, k) -> heapify(oneArg("_heapify_max", a, o, n, k), true));
        return m;
    }

    private static void def(PyModule m, PyDict d, String name, org.sanca.objects.Slots.MethFast f) {
        BuiltinsModule.def(m, d, "_heapq", name, f);
    }

    private static PyList oneArg(String fname, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(fname, k);
        Args.exactly(fname, n, 1);
        if (a[o] instanceof PyList l) return l;
        throw PyErr.format(PyExc.TypeError, "%s() argument must be list, not %.50s", fname, PyErr.typeName(a[o]));
    }

    private static PyList twoArgs(String fname, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(fname, k);
        Args.exactly(fname, n, 2);
        if (a[o] instanceof PyList l) return l;
        throw PyErr.format(PyExc.TypeError, "%s() argument 1 must be list, not %.50s", fname, PyErr.typeName(a[o]));
    }

    private static PyException indexError() {
        return PyErr.format(PyExc.IndexError, "index out of range");
    }

    private static PyObject pop(PyList heap, boolean max) {
        int n = heap.size();
        if (n == 0) throw indexError();
        PyObject last = heap.pop(n - 1);
        if (n == 1) return last;
        PyObject top = heap.get(0);
        heap.set(0, last);
        siftUp(heap, 0, max);
        return top;
    }

    private static PyObject replace(PyList heap, PyObject item, boolean max) {
        if (heap.size() == 0) throw indexError();
        PyObject top = heap.get(0);
        heap.set(0, item);
        siftUp(heap, 0, max);
        return top;
    }

    private static PyObject pushPop(PyList heap, PyObject item) {
        if (heap.size() == 0) return item;
        if (!Abstract.richCompareBool(heap.get(0), item, Abstract.LT)) return item;
        if (heap.size() == 0) throw indexError();
        PyObject top = heap.get(0);
        heap.set(0, item);
        siftUp(heap, 0, false);
        return top;
    }

    private static PyObject heapify(PyList heap, boolean max) {
        for (int i = (heap.size() >> 1) - 1; i >= 0; i--) siftUp(heap, i, max);
        return Py.None;
    }

    /** Whether a sorts before b in the heap's order (a < b, or b < a for a max-heap). */
    private static boolean before(PyObject a, PyObject b, boolean max) {
        return max ? Abstract.richCompareBool(b, a, Abstract.LT) : Abstract.richCompareBool(a, b, Abstract.LT);
    }

    private static void checkSize(PyList heap, int size) {
        if (heap.size() != size) throw PyErr.format(PyExc.RuntimeError, "list changed size during iteration");
    }

    /** Moves the item at pos up towards startpos while it sorts before its parent. */
    private static void siftDown(PyList heap, int startpos, int pos, boolean max) {
        int size = heap.size();
        if (pos >= size) throw indexError();
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            boolean lt = before(heap.get(pos), heap.get(parentpos), max);
            checkSize(heap, size);
            if (!lt) break;
            PyObject parent = heap.get(parentpos);
            heap.set(parentpos, heap.get(pos));
            heap.set(pos, parent);
            pos = parentpos;
        }
    }

    /** Bubbles the smaller child up from pos to a leaf, then sifts the displaced item back down. */
    private static void siftUp(PyList heap, int pos, boolean max) {
        int endpos = heap.size();
        int startpos = pos;
        if (pos >= endpos) throw indexError();
        int limit = endpos >> 1;
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos) {
                if (!before(heap.get(childpos), heap.get(childpos + 1), max)) childpos++;
                checkSize(heap, endpos);
            }
            PyObject child = heap.get(childpos);
            heap.set(childpos, heap.get(pos));
            heap.set(pos, child);
            pos = childpos;
        }
        siftDown(heap, startpos, pos, max);
    }
}
