package org.sanca.objects;

/**
 * The builtin class map, implemented in FuncIterators; this names its type for the builtins module.
 * CPython: Python/bltinmodule.c (map).
 */
public final class PyMap {
    private PyMap() {}

    public static final PyType TYPE = FuncIterators.MAP;
}
