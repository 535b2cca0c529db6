package org.sanca.vm;

import org.sanca.objects.PyType;

/**
 * A coroutine: the object an async def returns, driven by await (send) until it returns.
 * CPython: Objects/genobject.c (PyCoro_Type).
 */
public final class PyCoroutine extends PyGenerator {
    public static final PyType TYPE = new PyType("coroutine");

    PyCoroutine(PyFrame frame) {
        super(frame);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String kind() {
        return "coroutine";
    }
}
