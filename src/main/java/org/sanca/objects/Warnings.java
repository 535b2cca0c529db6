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

    /** Where warnings go; by default they are printed to stderr as CPython's default filter does. */
    public static volatile Sink sink = (category, message, level) ->
            System.err.println("Warning: " + category.getName() + ": " + message);

    /** PyErr_WarnEx with stack level 1. */
    public static void warn(PyType category, String message) {
        sink.warn(category, message, 1);
    }
}
