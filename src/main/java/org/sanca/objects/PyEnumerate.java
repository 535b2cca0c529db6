package org.sanca.objects;

/**
 * The builtin class enumerate, implemented in FuncIterators; this names its type for the builtins module.
 * CPython: Objects/enumobject.c (enumerate).
 */
public final class PyEnumerate {
    private PyEnumerate() {}

    public static final PyType TYPE = FuncIterators.ENUMERATE;
}
