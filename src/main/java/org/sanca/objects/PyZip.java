package org.sanca.objects;

/**
 * The builtin class zip, implemented in FuncIterators; this names its type for the builtins module.
 * CPython: Python/bltinmodule.c (zip).
 */
public final class PyZip {
    private PyZip() {}

    public static final PyType TYPE = FuncIterators.ZIP;
}
