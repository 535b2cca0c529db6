package org.sanca.objects;

import java.util.Arrays;

/**
 * A growable run of code points that becomes a str, keeping adjacent lone surrogates apart: what decoders
 * write into. CPython: Objects/unicodeobject.c (_PyUnicodeWriter).
 */
public final class CodePointBuilder {
    private int[] buf;
    private int n;

    public CodePointBuilder(int capacity) {
        buf = new int[Math.max(capacity, 8)];
    }

    /** Appends one code point. */
    public void add(int c) {
        if (n == buf.length) buf = Arrays.copyOf(buf, n * 2 + 8);
        buf[n++] = c;
    }

    /** Appends the code points of s. */
    public void add(PyStr s) {
        int len = s.length();
        if (n + len > buf.length) buf = Arrays.copyOf(buf, Math.max(n * 2, n + len) + 8);
        for (int i = 0; i < len; i++) buf[n++] = s.codePointAt(i);
    }

    /** The number of code points so far. */
    public int length() {
        return n;
    }

    /** Drops the code points from index len on. */
    public void truncate(int len) {
        n = len;
    }

    /** The str of the code points. */
    public PyStr toStr() {
        return PyStr.fromCodePoints(buf, n);
    }
}
