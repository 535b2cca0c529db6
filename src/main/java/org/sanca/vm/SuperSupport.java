package org.sanca.vm;

import org.sanca.objects.PyCode;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyType;

/**
 * Zero-argument super(): finds __class__ and the first argument in the calling Python frame.
 * CPython: Objects/typeobject.c (super_init_without_args).
 */
final class SuperSupport {
    private SuperSupport() {}

    /** (type, obj) for super() called from the innermost Python frame. */
    static PyObject[] find() {
        PyFrame f = ThreadState.get().frame;
        if (f == null) throw PyErr.format(PyExc.RuntimeError, "super(): no current frame");
        ExecCode x = f.exec;
        if (x.argcount == 0) throw PyErr.format(PyExc.RuntimeError, "super(): no arguments");
        PyObject obj = f.localsplus[0];
        if (obj instanceof PyCell c && (x.kinds[0] & PyCode.CO_FAST_CELL) != 0) obj = c.get();
        if (obj == null) throw PyErr.format(PyExc.RuntimeError, "super(): arg[0] deleted");
        for (int i = 0; i < x.nlocalsplus; i++) {
            if ((x.kinds[i] & PyCode.CO_FAST_FREE) == 0 || !x.localName(i).equals("__class__")) continue;
            PyObject type = f.localsplus[i] instanceof PyCell c ? c.get() : null;
            if (type == null) throw PyErr.format(PyExc.RuntimeError, "super(): empty __class__ cell");
            if (!(type instanceof PyType)) {
                throw PyErr.format(PyExc.RuntimeError, "super(): __class__ is not a type (%s)", PyErr.typeName(type));
            }
            return new PyObject[] {type, obj};
        }
        throw PyErr.format(PyExc.RuntimeError, "super(): __class__ cell not found");
    }
}
