package org.sanca.modules;

import java.util.Arrays;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
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
 * _io.StringIO: a text stream over an in-memory array of code points, with the newline modes
 * of TextIOWrapper (None translates on write, '' splits lines universally, '\r' and '\r\n' are
 * written for '\n').
 * CPython: Modules/_io/stringio.c.
 */
final class IoStringIO {
    private IoStringIO() {}

    static final PyType TYPE = new PyType("_io.StringIO", IoBase.TEXT, PyType.BASETYPE);

    /** A StringIO's state; buf is null once closed. */
    static final class State extends IoObject {
        int[] buf = new int[0];
        int size, pos;
        /** The newline argument (null for None). */
        String newline;
        /** Whether reads split on any of \r, \n, \r\n. */
        boolean universal;
        IoNewlines.State decoder;

        State(PyType t) {
            super(t);
        }
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> new State(t);
        TYPE.tp_init = IoStringIO::init;
        TYPE.tp_iternext = s -> {
            PyStr line = readline(open(s), -1);
            return line.length() == 0 ? null : line;
        };
        TYPE.addMethod("getvalue", (MethNoArgs) s -> PyStr.fromCodePoints(open(s).buf, open(s).size));
        TYPE.addMethod("read", (MethFast) (s, a, o, n, k) -> read(open(s), IoBase.size("read", a, o, n, k)));
        TYPE.addMethod("readline", (MethFast) (s, a, o, n, k) -> readline(open(s), IoBase.size("readline", a, o, n, k)));
        TYPE.addMethod("write", (MethFast) (s, a, o, n, k) -> write(open(s), IoBase.one("write", a, o, n, k)));
        TYPE.addMethod("seek", (MethFast) IoStringIO::seek);
        TYPE.addMethod("tell", (MethNoArgs) s -> PyInt.of(open(s).pos));
        TYPE.addMethod("truncate", (MethFast) IoStringIO::truncate);
        for (String m : new String[] {"readable", "writable", "seekable"}) TYPE.addMethod(m, (MethNoArgs) s -> {
            open(s);
            return Py.True;
        });
        TYPE.addMethod("close", (MethNoArgs) s -> {
            self(s).buf = null;
            self(s).ioClosed = true;
            return Py.None;
        });
        TYPE.addGetter("closed", s -> PyBool.of(self(s).buf == null));
        TYPE.addGetter("line_buffering", s -> {
            open(s);
            return Py.False;
        });
        TYPE.addGetter("newlines", s -> {
            State st = open(s);
            return st.decoder == null ? Py.None : IoNewlines.newlines(st.decoder.seen);
        });
        TYPE.put("__module__", PyStr.of("_io"));
        TYPE.ready();
    }

    private static State self(PyObject o) {
        if (o instanceof State s) return s;
        throw PyErr.format(PyExc.TypeError, "descriptor requires a '_io.StringIO' object but received '%.100s'",
            PyErr.typeName(o));
    }

    private static State open(PyObject o) {
        State s = self(o);
        if (s.buf == null) throw PyErr.format(PyExc.ValueError, "I/O operation on closed file");
        return s;
    }

    private static void init(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("StringIO", a, o, n, k, new String[] {"initial_value", "newline"}, 0);
        State s = self(self);
        PyObject nl = v[1] == null ? PyStr.of("\n") : v[1];
        s.newline = checkNewline(nl, true);
        PyObject init = v[0];
        if (init != null && init != Py.None && !(init instanceof PyStr))
            throw PyErr.format(PyExc.TypeError, "initial_value must be str or None, not %.200s", PyErr.typeName(init));
        s.universal = s.newline == null || s.newline.isEmpty();
        s.decoder = null;
        if (s.universal) {
            s.decoder = new IoNewlines.State(IoNewlines.TYPE);
            s.decoder.translate = s.newline == null;
        }
        s.buf = new int[0];
        s.size = s.pos = 0;
        if (init instanceof PyStr str && str.length() > 0) {
            write(s, str);
            s.pos = 0;
        }
    }

    /** Validates a newline argument as TextIOWrapper and StringIO do: its text, or null for None. */
    static String checkNewline(PyObject nl, boolean reprInError) {
        if (nl == Py.None) return null;
        if (!(nl instanceof PyStr s))
            throw PyErr.format(PyExc.TypeError, "newline must be str or None, not %.200s", PyErr.typeName(nl));
        String v = s.asString();
        if (!v.isEmpty() && !v.equals("\n") && !v.equals("\r") && !v.equals("\r\n"))
            throw PyErr.format(PyExc.ValueError, reprInError ? "illegal newline value: %R" : "illegal newline value: %S", nl);
        return v;
    }

    private static PyStr read(State s, long size) {
        int avail = Math.max(0, s.size - s.pos);
        int n = size < 0 || size > avail ? avail : (int) size;
        if (n == 0) return PyStr.of("");
        PyStr r = PyStr.fromCodePoints(Arrays.copyOfRange(s.buf, s.pos, s.pos + n), n);
        s.pos += n;
        return r;
    }

    private static PyStr readline(State s, long limit) {
        int end = lineEnd(s.buf, s.pos, s.size, s.universal && s.decoder != null && !s.decoder.translate,
            s.newline == null || s.newline.isEmpty() ? "\n" : s.newline);
        int n = end - s.pos;
        if (limit >= 0 && limit < n) n = (int) limit;
        return read(s, Math.max(n, 0));
    }

    /** The index just past the line starting at from (at most to). */
    static int lineEnd(int[] b, int from, int to, boolean universal, String nl) {
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (universal) {
                if (c == '\n') return i + 1;
                if (c == '\r') return i + 1 < to && b[i + 1] == '\n' ? i + 2 : i + 1;
            } else if (c == nl.charAt(0)) {
                if (nl.length() == 1) return i + 1;
                if (i + 1 < to && b[i + 1] == '\n') return i + 2;
            }
        }
        return to;
    }

    private static PyObject write(State s, PyObject obj) {
        if (!(obj instanceof PyStr str))
            throw PyErr.format(PyExc.TypeError, "string argument expected, got '%.200s'", PyErr.typeName(obj));
        int len = str.length();
        if (len == 0) return PyInt.of(0);
        String text = str.asString();
        if (s.decoder != null) text = IoNewlines.decode(s.decoder, text, true);
        if (s.newline != null && s.newline.startsWith("\r")) text = text.replace("\n", s.newline);
        PyStr t = PyStr.of(text);
        int n = t.length(), end = s.pos + n;
        if (end > s.buf.length) s.buf = Arrays.copyOf(s.buf, Math.max(end, s.buf.length * 2));
        if (s.pos > s.size) Arrays.fill(s.buf, s.size, s.pos, 0);
        for (int i = 0; i < n; i++) s.buf[s.pos + i] = t.codePointAt(i);
        s.pos = end;
        if (end > s.size) s.size = end;
        return PyInt.of(len);
    }

    private static PyObject seek(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("seek", k);
        Args.range("seek", n, 1, 2);
        State s = open(self);
        long pos = Util.asLong(IoBase.PyNumber_index(a[o]));
        long whence = n > 1 ? Util.asLong(a[o + 1]) : 0;
        if (whence < 0 || whence > 2)
            throw PyErr.format(PyExc.ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence);
        if (whence == 0 && pos < 0) throw PyErr.format(PyExc.ValueError, "Negative seek position %d", pos);
        if (whence != 0 && pos != 0) throw PyErr.format(PyExc.OSError, "Can't do nonzero cur-relative seeks");
        if (whence == 1) pos = s.pos;
        if (whence == 2) pos = s.size;
        s.pos = (int) Math.min(pos, Integer.MAX_VALUE - 8);
        return PyInt.of(pos);
    }

    private static PyObject truncate(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("truncate", k);
        Args.range("truncate", n, 0, 1);
        State s = open(self);
        long size = n == 0 || a[o] == Py.None ? s.pos : Util.asLong(IoBase.PyNumber_index(a[o]));
        if (size < 0) throw PyErr.format(PyExc.ValueError, "Negative size value %d", size);
        if (size < s.size) s.size = (int) size;
        return PyInt.of(size);
    }
}
