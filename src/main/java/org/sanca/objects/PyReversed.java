package org.sanca.objects;

/**
 * The builtin class reversed, implemented in FuncIterators; this names its type for the builtins module.
 * CPython: Objects/enumobject.c (reversed).
 */
public final class PyReversed {
    private PyReversed() {}

    public static final PyType TYPE = FuncIterators.REVERSED;
}
