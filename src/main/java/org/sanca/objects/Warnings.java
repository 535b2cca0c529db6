package org.sanca.objects;

/**
 * Issuing warnings from Java code; the runtime installs the real implementation (the warnings module).
 * CPython: Python/_warnings.c (PyErr_WarnEx).
 */
public final class Warnings {
    private Warnings() {}

    /** The warning sink: category and message; the runtime replaces it. */
    public interface Sink {
        void warn(PyType category, String message, int stackLevel);
    }

    /**
     * Where warnings go until the runtime installs the warnings module: CPython's default filters
     * (DeprecationWarning, PendingDeprecationWarning, ImportWarning and ResourceWarning ignored), others printed.
     */
    public static volatile Sink sink = (category, message, level) -> {
        for (PyType ignored : new PyType[] {PyExc.DeprecationWarning, PyExc.PendingDeprecationWarning,
            PyExc.ImportWarning, PyExc.ResourceWarning})
            if (category.isSubtype(ignored)) return;
        System.err.println("sys:1: " + category.getName() + ": " + message);
    };

    /** PyErr_WarnEx with stack level 1. */
    public static void warn(PyType category, String message) {
        sink.warn(category, message, 1);
    }
}
