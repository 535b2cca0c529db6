package org.sanca.vm;

import org.sanca.objects.PyDict;
import org.sanca.objects.PyObject;

/**
 * f_locals of a function frame: a dict snapshot of its bound locals, cells and free variables.
 * CPython: Objects/frameobject.c (_PyFrame_FastToLocalsWithError).
 */
final class FrameLocals {
    private FrameLocals() {}

    static PyDict snapshot(PyFrame f) {
        ExecCode x = f.exec;
        PyDict d = new PyDict();
        PyObject[] s = f.localsplus;
        for (int i = 0; i < x.nlocalsplus; i++) {
            PyObject v = s[i];
            if (v instanceof PyCell c && (x.kinds[i] & (org.sanca.objects.PyCode.CO_FAST_CELL
                    | org.sanca.objects.PyCode.CO_FAST_FREE)) != 0) {
                v = c.contents;
            }
            if (v != null) d.setItem(x.localsNames[i], v);
        }
        return d;
    }
}
