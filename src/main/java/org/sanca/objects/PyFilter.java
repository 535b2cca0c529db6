package org.sanca.objects;

/**
 * The builtin class filter, implemented in FuncIterators; this names its type for the builtins module.
 * CPython: Python/bltinmodule.c (filter).
 */
public final class PyFilter {
    private PyFilter() {}

    public static final PyType TYPE = FuncIterators.FILTER;
}
