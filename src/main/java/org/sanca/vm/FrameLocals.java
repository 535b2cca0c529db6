package org.sanca.vm;

import org.sanca.objects.PyDict;
import org.sanca.objects.PyObject;

/**
 * f_locals of a function frame: one dict per frame, refreshed from its fast locals, cells and
 * free variables on each request (other keys stay), as CPython 3.11's frame->f_locals.
 * CPython: Objects/frameobject.c (_PyFrame_FastToLocalsWithError).
 */
final class FrameLocals {
    private FrameLocals() {}

    static PyDict snapshot(PyFrame f) {
        ExecCode x = f.exec;
        PyDict d = f.fastLocalsDict;
        if (d == null) f.fastLocalsDict = d = new PyDict();
        PyObject[] s = f.localsplus;
        for (int i = 0; i < x.nlocalsplus; i++) {
            PyObject v = s[i];
            if (v instanceof PyCell c && (x.kinds[i] & (org.sanca.objects.PyCode.CO_FAST_CELL
                    | org.sanca.objects.PyCode.CO_FAST_FREE)) != 0) {
                v = c.contents;
            }
            if (v != null) {
                d.setItem(x.localsNames[i], v);
            } else {
                d.delItemIfPresent(x.localsNames[i]);
            }
        }
        return d;
    }
}
