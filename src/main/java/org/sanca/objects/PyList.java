package org.sanca.objects;


/**
 * Python's list: a growable array of objects.
 * CPython: Objects/listobject.c.
 */
public class PyList extends PyObject {
    public static final PyType TYPE = new PyType("list", PyType.OBJECT,
            PyType.BASETYPE | PyType.LIST_SUBCLASS | PyType.SEQUENCE);
    private static final PyObject[] NONE = new PyObject[0];

    PyObject[] items;
    int size;

    public PyList() {
        items = NONE;
    }

    /** A list owning the given array. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    /** list(iterable). */
    public static PyList fromIterable(PyObject iterable) {
        PyList l = new PyList();
        l.extend(iterable);
        return l;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    /** A copy of the items. */
    public PyObject[] toArray() {
        return ObjectArrays.copyOf(items, size);
    }

    void ensure(int n) {
        if (n > items.length) items = ObjectArrays.copyOf(items, Math.max(n, items.length + (items.length >> 3) + 6));
    }

    public void append(PyObject v) {
        if (size == items.length) ensure(size + 1);
        items[size++] = v;
    }

    public void insert(int i, PyObject v) {
        if (i < 0) i = Math.max(0, i + size);
        if (i > size) i = size;
        ensure(size + 1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    public PyObject pop(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** list.extend(iterable). */
    public void extend(PyObject iterable) {
        if (iterable instanceof PyList l && (l.getClass() == PyList.class || l == this)) {
            int n = l.size;
            ensure(size + n);
            System.arraycopy(l.items, 0, items, size, n);
            size += n;
        } else if (iterable instanceof PyTuple t && t.getClass() == PyTuple.class) {
            ensure(size + t.items.length);
            System.arraycopy(t.items, 0, items, size, t.items.length);
            size += t.items.length;
        } else {
            PyObject it = Abstract.getIter(iterable);
            if (iterable.type().isHeapType()) Abstract.lengthHint(iterable, 8);
            for (PyObject x; (x = Abstract.next(it)) != null; ) append(x);
        }
    }

    /** list.sort(key=None, reverse=False): a stable merge sort using only <. */
    public void sort(PyObject key, boolean reverse) {
        ListSort.sort(this, key, reverse);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a Python subclass of list. */
    static final class Derived extends PyList {
        final PyType type;
        PyDict dict;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instanceDict ? new PyDict() : null;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    static {
        ListType.init(TYPE);
    }
}
