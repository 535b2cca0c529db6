package org.sanca.objects;

import static org.sanca.objects.PyBaseException.field;
import static org.sanca.objects.PyBaseException.self;

/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their fields and messages.
 * CPython: Objects/exceptions.c (UnicodeEncodeError_init/str, UnicodeDecodeError_init/str, ...).
 */
final class UnicodeErrors {
    private UnicodeErrors() {}

    static void init() {
        String[] fields = {"encoding", "object", "start", "end", "reason"};
        PyExc.UnicodeEncodeError.tp_init = (s, a, o, n, k) -> setFields(s, "UnicodeEncodeError", "UUnnU", fields,
                a, o, n, k);
        PyExc.UnicodeDecodeError.tp_init = (s, a, o, n, k) -> {
            setFields(s, "UnicodeDecodeError", "UOnnU", fields, a, o, n, k);
            PyObject obj = self(s).getAttrField("object");
            if (!(obj instanceof PyBytes)) self(s).setAttrField("object", PyBytes.of(PyBytes.fromObject(obj)));
        };
        PyExc.UnicodeTranslateError.tp_init = (s, a, o, n, k) -> setFields(s, "UnicodeTranslateError", "UnnU",
                new String[] {"object", "start", "end", "reason"}, a, o, n, k);
        for (PyType t : new PyType[] {PyExc.UnicodeEncodeError, PyExc.UnicodeDecodeError, PyExc.UnicodeTranslateError})
            for (String f : fields) field(t, f);
        PyExc.UnicodeEncodeError.tp_str = s -> encodeStr(s, "encode");
        PyExc.UnicodeTranslateError.tp_str = s -> encodeStr(s, "translate");
        PyExc.UnicodeDecodeError.tp_str = UnicodeErrors::decodeStr;
    }

    /**
     * PyArg_ParseTuple over {@code spec}: 'U' a str, 'n' an index (stored as an int), 'O' anything.
     */
    private static void setFields(PyObject s, String cls, String spec, String[] names, PyObject[] a, int o, int n,
            PyTuple k) {
        Args.noKeywords(cls, k);
        if (n != names.length)
            throw PyErr.format(PyExc.TypeError, "function takes exactly %d arguments (%d given)", names.length, n);
        PyObject[] v = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject x = a[o + i];
            char c = spec.charAt(i);
            if (c == 'U' && !(x instanceof PyStr))
                throw PyErr.format(PyExc.TypeError, "argument %d must be str, not %.50s", i + 1, PyErr.typeName(x));
            v[i] = c == 'n' ? PyInt.of(PyNumber.asSize(x, PyExc.OverflowError)) : x;
        }
        PyBaseException e = self(s);
        e.args = Args.tuple(a, o, n);
        for (int i = 0; i < n; i++) e.setAttrField(names[i], v[i]);
    }

    private static String fmtChar(int c) {
        if (c <= 0xff) return String.format("\\x%02x", c);
        if (c <= 0xffff) return String.format("\\u%04x", c);
        return String.format("\\U%08x", c);
    }

    private static PyObject encodeStr(PyObject s, String verb) {
        PyBaseException e = self(s);
        if (!(e.getAttrField("object") instanceof PyStr obj) || !(e.getAttrField("start") instanceof PyInt)
                || !(e.getAttrField("end") instanceof PyInt)) return PyStr.EMPTY;
        long start = ((PyInt) e.getAttrField("start")).longValue(), end = ((PyInt) e.getAttrField("end")).longValue();
        String reason = Abstract.str(e.getAttrField("reason")).value;
        String enc = verb.equals("translate") ? "" : "'" + Abstract.str(e.getAttrField("encoding")).value + "' codec ";
        String prefix = verb.equals("translate") ? "can't translate" : enc + "can't encode";
        if (start < obj.length() && end == start + 1) {
            int c = obj.codePointAt((int) start);
            return PyStr.of(prefix + " character '" + fmtChar(c) + "' in position " + start + ": " + reason);
        }
        return PyStr.of(prefix + " characters in position " + start + "-" + (end - 1) + ": " + reason);
    }

    private static PyObject decodeStr(PyObject s) {
        PyBaseException e = self(s);
        PyObject obj = e.getAttrField("object");
        if (!(obj instanceof PyBytes b) || !(e.getAttrField("start") instanceof PyInt)
                || !(e.getAttrField("end") instanceof PyInt)) return PyStr.EMPTY;
        long start = ((PyInt) e.getAttrField("start")).longValue(), end = ((PyInt) e.getAttrField("end")).longValue();
        String enc = Abstract.str(e.getAttrField("encoding")).value;
        String reason = Abstract.str(e.getAttrField("reason")).value;
        if (start < b.value.length && end == start + 1)
            return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc,
                    b.value[(int) start] & 0xff, start, reason));
        return PyStr.of(String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end - 1, reason));
    }
}
