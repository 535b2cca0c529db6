package org.sanca.runtime;

import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;

/**
 * Small conversions the runtime's builtins share: Python ints to Java ints, the mapping check.
 * CPython: Objects/abstract.c (PyMapping_Check) and longobject.c (PyLong_AsLong).
 */
public final class Util {
    private Util() {}

    /** An index-like object as a Java long; OverflowError beyond 64 bits. */
    public static long asLong(PyObject v) {
        PyInt i = PyNumber.index(v);
        if (!i.fitsLong()) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /** An index-like object as a Java int; OverflowError beyond 32 bits. */
    public static int asInt(PyObject v) {
        long l = v instanceof PyInt i && !i.fitsLong() ? Long.MAX_VALUE : asLong(v);
        if (l != (int) l) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
        }
        return (int) l;
    }

    /** PyMapping_Check: a dict, or an object whose type has __getitem__ and is not a sequence-only builtin. */
    public static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o.type().mp_subscript != null;
    }
}
