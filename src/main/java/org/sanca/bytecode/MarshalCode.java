package org.sanca.bytecode;

import org.sanca.objects.PyBytes;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * Checks the fields of a code object read from marshal data and makes the PyCode, with CPython's
 * errors for fields of the wrong type or size.
 * CPython: Objects/codeobject.c (_PyCode_Validate, intern_strings, _PyCode_New).
 */
final class MarshalCode {
    private MarshalCode() {}

    /** PyErr_BadInternalCall as _PyCode_Validate raises it in CPython 3.11.7. */
    private static final String BAD_ARGUMENT = "Objects/codeobject.c:250: bad argument to internal function";

    static PyCode make(int argcount, int posonly, int kwonly, int stacksize, int flags, PyObject code,
                       PyObject consts, PyObject names, PyObject localsplusnames, PyObject localspluskinds,
                       PyObject filename, PyObject name, PyObject qualname, int firstlineno,
                       PyObject linetable, PyObject exceptiontable) {
        boolean ok = filename instanceof PyStr && name instanceof PyStr && qualname instanceof PyStr
                && code instanceof PyBytes && consts instanceof PyTuple && names instanceof PyTuple
                && localsplusnames instanceof PyTuple && localspluskinds instanceof PyBytes
                && linetable instanceof PyBytes && exceptiontable instanceof PyBytes;
        if (!ok) throw PyErr.format(PyExc.SystemError, BAD_ARGUMENT);
        byte[] kinds = ((PyBytes) localspluskinds).toByteArray();
        if (((PyTuple) localsplusnames).size() != kinds.length) throw PyErr.format(PyExc.SystemError, BAD_ARGUMENT);
        byte[] units = ((PyBytes) code).toByteArray();
        if (units.length % 2 != 0) throw PyErr.format(PyExc.ValueError, "code: co_code is malformed");
        int nlocals = 0;
        for (byte k : kinds) if ((k & PyCode.CO_FAST_LOCAL) != 0) nlocals++;
        int plain = nlocals - argcount - kwonly - ((flags & PyCode.CO_VARARGS) != 0 ? 1 : 0)
                - ((flags & PyCode.CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (plain < 0) throw PyErr.format(PyExc.ValueError, "code: co_varnames is too small");
        return new PyCode(argcount, posonly, kwonly, stacksize, flags, firstlineno, units,
                ((PyTuple) consts).toArray(), texts((PyTuple) names), texts((PyTuple) localsplusnames), kinds,
                text(filename), text(name), text(qualname), ((PyBytes) linetable).toByteArray(),
                ((PyBytes) exceptiontable).toByteArray());
    }

    /** The str items of a names tuple (intern_strings: SystemError for anything else). */
    private static String[] texts(PyTuple t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) {
            PyObject x = t.get(i);
            if (!(x instanceof PyStr) || x.type() != PyStr.TYPE) {
                throw PyErr.format(PyExc.SystemError, "non-string found in code slot");
            }
            out[i] = ((PyStr) x).asString();
        }
        return out;
    }

    private static String text(PyObject s) {
        return ((PyStr) s).asString();
    }
}
