package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.runtime.Util;

/**
 * _io.IncrementalNewlineDecoder: wraps a decoder (or none) and translates \r\n and \r to \n,
 * recording which newlines it has seen; a \r at the end of a chunk waits for the next one.
 * CPython: Modules/_io/textio.c (nldecoder).
 */
final class IoNewlines {
    private IoNewlines() {}

    static final PyType TYPE = new PyType("_io.IncrementalNewlineDecoder", PyType.OBJECT, PyType.BASETYPE);
    static final int LF = 1, CR = 2, CRLF = 4;

    /** The decoder's state. */
    static final class State extends IoObject {
        PyObject decoder = Py.None;
        boolean translate, pendingCR;
        int seen;

        State(PyType t) {
            super(t);
        }
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> new State(t);
        TYPE.tp_init = (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("IncrementalNewlineDecoder", a, o, n, k,
                new String[] {"decoder", "translate", "errors"}, 2);
            State st = self(s);
            st.decoder = v[0];
            st.translate = Abstract.isTrue(v[1]);
            st.seen = 0;
            st.pendingCR = false;
        };
        TYPE.addMethod("decode", (MethFast) (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("decode", a, o, n, k, new String[] {"input", "final"}, 1);
            State st = self(s);
            boolean fin = v[1] != null && Abstract.isTrue(v[1]);
            PyObject in = st.decoder == Py.None ? v[0] : Abstract.callMethod(st.decoder, "decode", v[0], fin ? Py.True : Py.False);
            if (!(in instanceof PyStr str))
                throw PyErr.format(PyExc.TypeError, "decoder should return a string result, not '%.200s'", PyErr.typeName(in));
            return PyStr.of(decode(st, str.asString(), fin));
        });
        TYPE.addMethod("getstate", (MethNoArgs) s -> {
            State st = self(s);
            PyObject buf = PyBytes.of(new byte[0]);
            long flag = 0;
            if (st.decoder != Py.None) {
                PyTuple t = (PyTuple) Abstract.callMethod(st.decoder, "getstate");
                buf = t.get(0);
                flag = Util.asLong(t.get(1)) << 1;
            }
            return PyTuple.of(buf, PyInt.of(flag | (st.pendingCR ? 1 : 0)));
        });
        TYPE.addMethod("setstate", (MethFast) (s, a, o, n, k) -> {
            State st = self(s);
            PyTuple t = (PyTuple) IoBase.one("setstate", a, o, n, k);
            long flag = Util.asLong(t.get(1));
            st.pendingCR = (flag & 1) != 0;
            if (st.decoder != Py.None) Abstract.callMethod(st.decoder, "setstate", PyTuple.of(t.get(0), PyInt.of(flag >> 1)));
            return Py.None;
        });
        TYPE.addMethod("reset", (MethNoArgs) s -> {
            State st = self(s);
            st.seen = 0;
            st.pendingCR = false;
            if (st.decoder != Py.None) Abstract.callMethod(st.decoder, "reset");
            return Py.None;
        });
        TYPE.addGetter("newlines", s -> newlines(self(s).seen));
        TYPE.put("__module__", PyStr.of("_io"));
        TYPE.ready();
    }

    private static State self(PyObject o) {
        if (o instanceof State s) return s;
        throw PyErr.format(PyExc.TypeError, "descriptor requires a '_io.IncrementalNewlineDecoder' object but received '%.100s'",
            PyErr.typeName(o));
    }

    /** Records the newlines of text and translates them when asked. */
    static String decode(State st, String text, boolean fin) {
        if (st.pendingCR && (fin || !text.isEmpty())) {
            text = "\r" + text;
            st.pendingCR = false;
        }
        if (!fin && text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
            st.pendingCR = true;
        }
        st.seen |= scan(text);
        if (st.translate && text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
        return text;
    }

    static int scan(String text) {
        int seen = 0;
        for (int i = text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0 ? 0 : text.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') seen |= LF;
            else if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    seen |= CRLF;
                    i++;
                } else {
                    seen |= CR;
                }
            }
        }
        return seen;
    }

    static PyObject newlines(int seen) {
        PyStr lf = PyStr.of("\n"), cr = PyStr.of("\r"), crlf = PyStr.of("\r\n");
        return switch (seen) {
            case LF -> lf;
            case CR -> cr;
            case CR | LF -> PyTuple.of(cr, lf);
            case CRLF -> crlf;
            case LF | CRLF -> PyTuple.of(lf, crlf);
            case CR | CRLF -> PyTuple.of(cr, crlf);
            case CR | LF | CRLF -> PyTuple.of(cr, lf, crlf);
            default -> Py.None;
        };
    }
}
