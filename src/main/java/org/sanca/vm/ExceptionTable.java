package org.sanca.vm;

import org.sanca.objects.PyCode;

/**
 * The 3.11 exception table of a code object, decoded once into flat int entries for the unwinder.
 * CPython: Python/ceval.c (get_exception_handler) and Objects/exception_handling_notes.txt.
 *
 * <p>Each entry is four ints: start and end (code units, end exclusive), handler target (code
 * units), and depth_lasti = stack depth &lt;&lt; 1 | push-lasti flag. Entries are sorted by start.
 */
public final class ExceptionTable {
    /** The empty table, shared by code objects without handlers. */
    public static final ExceptionTable EMPTY = new ExceptionTable(new int[0]);

    private final int[] entries;

    private ExceptionTable(int[] entries) {
        this.entries = entries;
    }

    /** The table of {@code code}, flattened from PyCode's decoded entries. */
    static ExceptionTable of(PyCode code) {
        PyCode.ExceptionEntry[] es = code.exceptionEntries();
        if (es.length == 0) return EMPTY;
        int[] out = new int[es.length * 4];
        for (int i = 0; i < es.length; i++) {
            PyCode.ExceptionEntry e = es[i];
            out[4 * i] = e.start();
            out[4 * i + 1] = e.end();
            out[4 * i + 2] = e.target();
            out[4 * i + 3] = e.depth() << 1 | (e.lasti() ? 1 : 0);
        }
        return new ExceptionTable(out);
    }

    /**
     * The index of the entry covering the instruction at {@code offset} (code units), or -1.
     * Entries never overlap, so the first covering one is the handler.
     */
    public int find(int offset) {
        int[] e = entries;
        for (int i = 0; i < e.length; i += 4) {
            if (offset < e[i]) return -1;
            if (offset < e[i + 1]) return i;
        }
        return -1;
    }

    /** The handler's target (code units) of the entry at {@code i}. */
    public int target(int i) {
        return entries[i + 2];
    }

    /** The value-stack depth the handler expects, for the entry at {@code i}. */
    public int depth(int i) {
        return entries[i + 3] >>> 1;
    }

    /** True when the handler expects lasti pushed below the exception. */
    public boolean pushesLasti(int i) {
        return (entries[i + 3] & 1) != 0;
    }

    /** The number of entries. */
    public int size() {
        return entries.length / 4;
    }
}
