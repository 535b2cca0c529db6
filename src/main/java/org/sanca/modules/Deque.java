package org.sanca.modules;

import java.util.Arrays;

import org.sanca.objects.Abstract;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.ObjectArrays;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyType;

/**
 * collections.deque's object: a ring buffer with O(1) appends and pops at both ends, an optional maxlen and a
 * mutation counter that iterators check. CPython: Modules/_collectionsmodule.c (dequeobject).
 */
final class Deque extends PyObject {
    private static final PyObject[] EMPTY = new PyObject[0];

    final PyType type;
    private PyDict dict;
    private PyObject[] buf = EMPTY;
    private int head;
    int size;
    /** The maximum length, or -1 when unbounded. */
    long maxlen = -1;
    /** Bumped by every change of length or order (deque->state). */
    long state;

    Deque(PyType type) {
        this.type = type;
        if (type.hasInstanceDict()) dict = new PyDict();
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
        if (dict == null) super.setDict(d);
        dict = d;
    }

    PyObject get(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    void set(int i, PyObject v) {
        buf[(head + i) & (buf.length - 1)] = v;
    }

    /** The items from left to right. */
    PyObject[] toArray() {
        PyObject[] r = new PyObject[size];
        for (int i = 0; i < size; i++) r[i] = get(i);
        return r;
    }

    private void grow() {
        buf = ObjectArrays.copyOf(toArray(), Math.max(8, buf.length * 2));
        head = 0;
    }

    /** Halves the buffer when it is less than a quarter full, so a drained deque gives its memory back. */
    private void shrinkIfSparse() {
        if (buf.length > 64 && size < buf.length >>> 2) {
            PyObject[] items = toArray();
            buf = ObjectArrays.copyOf(items, buf.length >>> 1);
            head = 0;
        }
    }

    void append(PyObject v) {
        if (size == buf.length) grow();
        buf[(head + size) & (buf.length - 1)] = v;
        size++;
        state++;
        if (maxlen >= 0 && size > maxlen) popLeft();
    }

    void appendLeft(PyObject v) {
        if (size == buf.length) grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
        state++;
        if (maxlen >= 0 && size > maxlen) pop();
    }

    static PyException empty() {
        return PyErr.format(PyExc.IndexError, "pop from an empty deque");
    }

    PyObject pop() {
        if (size == 0) throw empty();
        int i = (head + size - 1) & (buf.length - 1);
        PyObject v = buf[i];
        buf[i] = null;
        size--;
        state++;
        shrinkIfSparse();
        return v;
    }

    PyObject popLeft() {
        if (size == 0) throw empty();
        PyObject v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        state++;
        shrinkIfSparse();
        return v;
    }

    void clear() {
        buf = EMPTY;
        head = 0;
        size = 0;
        state++;
    }

    /** deque.extend: an iterable that is the deque itself is copied first. */
    void extend(PyObject iterable, boolean left) {
        if (iterable == this) iterable = new org.sanca.objects.PyList(toArray());
        PyObject it = Abstract.getIter(iterable);
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            if (left) appendLeft(x);
            else append(x);
        }
    }

    /** _deque_rotate: n steps to the right (negative: to the left). */
    void rotate(long n) {
        if (size <= 1) return;
        state++;
        int k = (int) Math.floorMod(n, (long) size);
        int mask = buf.length - 1;
        if (k <= size / 2) {
            for (int i = 0; i < k; i++) {
                int last = (head + size - 1) & mask;
                head = (head - 1) & mask;
                PyObject v = buf[last];
                buf[last] = null;
                buf[head] = v;
            }
        } else {
            for (int i = k; i < size; i++) {
                PyObject v = buf[head];
                buf[head] = null;
                buf[(head + size) & mask] = v;
                head = (head + 1) & mask;
            }
        }
    }

    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = get(i);
            set(i, get(j));
            set(j, t);
        }
    }

    /** Deletes the item at 0 <= i < size, keeping the order of the others. */
    void delete(int i) {
        state++;
        if (i < size / 2) {
            for (int j = i; j > 0; j--) set(j, get(j - 1));
            set(0, null);
            head = (head + 1) & (buf.length - 1);
        } else {
            for (int j = i; j < size - 1; j++) set(j, get(j + 1));
            set(size - 1, null);
        }
        size--;
    }

    /** Inserts v before the item at 0 <= i <= size (the caller checks maxlen). */
    void insert(int i, PyObject v) {
        if (size == buf.length) grow();
        size++;
        state++;
        for (int j = size - 1; j > i; j--) set(j, get(j - 1));
        set(i, v);
    }

    void checkState(long expected, String message) {
        if (state != expected) throw PyErr.format(PyExc.RuntimeError, message);
    }
}
