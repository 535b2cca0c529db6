package org.sanca.modules;

import java.util.Arrays;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.BufferExporter;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyMemoryView;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.runtime.Util;

/**
 * _io.BytesIO: a binary stream over a growable in-memory byte array.
 * CPython: Modules/_io/bytesio.c.
 */
final class IoBytesIO {
    private IoBytesIO() {}

    static final PyType TYPE = new PyType("_io.BytesIO", IoBase.BUFFERED, PyType.BASETYPE);

    /** A BytesIO's state: the bytes, their count and the position (null buf once closed). */
    static final class State extends IoObject implements BufferExporter {
        byte[] buf = new byte[0];
        int size, pos;

        State(PyType t) {
            super(t);
        }

        @Override
        public byte[] bufferArray() {
            return buf;
        }

        @Override
        public int bufferLength() {
            return size;
        }
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> new State(t);
        TYPE.tp_init = (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("BytesIO", a, o, n, k, new String[] {"initial_bytes"}, 0);
            State st = self(s);
            st.pos = st.size = 0;
            st.buf = new byte[0];
            if (v[0] != null && v[0] != Py.None) {
                write(st, IoBase.bytesOf(v[0]));
                st.pos = 0;
            }
        };
        TYPE.tp_iternext = s -> {
            PyBytes line = readline(open(s), -1);
            return line.toByteArray().length == 0 ? null : line;
        };
        TYPE.addMethod("getvalue", (MethNoArgs) s -> PyBytes.of(Arrays.copyOf(open(s).buf, open(s).size)));
        TYPE.addMethod("getbuffer", (MethNoArgs) s -> PyMemoryView.of(s, open(s)));
        TYPE.addMethod("read", (MethFast) (s, a, o, n, k) -> read(open(s), IoBase.size("read", a, o, n, k)));
        TYPE.addMethod("read1", (MethFast) (s, a, o, n, k) -> read(open(s), IoBase.size("read1", a, o, n, k)));
        TYPE.addMethod("readline", (MethFast) (s, a, o, n, k) -> readline(open(s), IoBase.size("readline", a, o, n, k)));
        TYPE.addMethod("readlines", (MethFast) (s, a, o, n, k) -> {
            open(s);
            return IoBase.readlines(s, IoBase.size("readlines", a, o, n, k));
        });
        TYPE.addMethod("readinto", (MethFast) (s, a, o, n, k) -> readinto(open(s), IoBase.one("readinto", a, o, n, k)));
        TYPE.addMethod("write", (MethFast) (s, a, o, n, k) -> {
            PyObject b = IoBase.one("write", a, o, n, k);
            return PyInt.of(write(open(s), IoBase.bytesOf(b)));
        });
        TYPE.addMethod("seek", (MethFast) IoBytesIO::seek);
        TYPE.addMethod("tell", (MethNoArgs) s -> PyInt.of(open(s).pos));
        TYPE.addMethod("truncate", (MethFast) IoBytesIO::truncate);
        for (String m : new String[] {"readable", "writable", "seekable"}) TYPE.addMethod(m, (MethNoArgs) s -> {
            open(s);
            return Py.True;
        });
        TYPE.addMethod("flush", (MethNoArgs) s -> {
            open(s);
            return Py.None;
        });
        TYPE.addMethod("isatty", (MethNoArgs) s -> {
            open(s);
            return Py.False;
        });
        TYPE.addMethod("close", (MethNoArgs) s -> {
            self(s).buf = null;
            self(s).ioClosed = true;
            return Py.None;
        });
        TYPE.addGetter("closed", s -> PyBool.of(self(s).buf == null));
        TYPE.put("__module__", PyStr.of("_io"));
        TYPE.ready();
    }

    private static State self(PyObject o) {
        if (o instanceof State s) return s;
        throw PyErr.format(PyExc.TypeError, "descriptor requires a '_io.BytesIO' object but received '%.100s'",
            PyErr.typeName(o));
    }

    private static State open(PyObject o) {
        State s = self(o);
        if (s.buf == null) throw IoBase.closedFile();
        return s;
    }

    private static PyBytes read(State s, long size) {
        int avail = Math.max(0, s.size - s.pos);
        int n = size < 0 || size > avail ? avail : (int) size;
        if (n == 0) return PyBytes.of(new byte[0]);
        byte[] r = Arrays.copyOfRange(s.buf, s.pos, s.pos + n);
        s.pos += n;
        return PyBytes.of(r);
    }

    private static PyBytes readline(State s, long limit) {
        int end = s.pos;
        while (end < s.size && s.buf[end] != '\n') end++;
        if (end < s.size) end++;
        int n = end - s.pos;
        if (n < 0) n = 0;
        if (limit >= 0 && limit < n) n = (int) limit;
        return read(s, n);
    }

    private static PyObject readinto(State s, PyObject buffer) {
        PyBytes got = read(s, Abstract.len(buffer));
        byte[] b = got.toByteArray();
        IoBase.fill(buffer, b, b.length);
        return PyInt.of(b.length);
    }

    static int write(State s, byte[] b) {
        if (b.length == 0) return 0;
        int end = s.pos + b.length;
        if (end > s.buf.length) s.buf = Arrays.copyOf(s.buf, Math.max(end, s.buf.length * 2));
        if (s.pos > s.size) Arrays.fill(s.buf, s.size, s.pos, (byte) 0);
        System.arraycopy(b, 0, s.buf, s.pos, b.length);
        s.pos = end;
        if (end > s.size) s.size = end;
        return b.length;
    }

    private static PyObject seek(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("seek", k);
        Args.range("seek", n, 1, 2);
        State s = open(self);
        long pos = Util.asLong(IoBase.PyNumber_index(a[o]));
        long whence = n > 1 ? Util.asLong(a[o + 1]) : 0;
        if (whence < 0 || whence > 2)
            throw PyErr.format(PyExc.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
        if (whence == 0 && pos < 0) throw PyErr.format(PyExc.ValueError, "negative seek value %d", pos);
        if (whence == 1) pos = Math.max(0, s.pos + pos);
        if (whence == 2) pos = Math.max(0, s.size + pos);
        s.pos = (int) Math.min(pos, Integer.MAX_VALUE - 8);
        return PyInt.of(s.pos);
    }

    private static PyObject truncate(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("truncate", k);
        Args.range("truncate", n, 0, 1);
        State s = open(self);
        long size = n == 0 || a[o] == Py.None ? s.pos : Util.asLong(IoBase.PyNumber_index(a[o]));
        if (size < 0) throw PyErr.format(PyExc.ValueError, "negative size value %d", size);
        if (size < s.size) s.size = (int) size;
        return PyInt.of(size);
    }
}
