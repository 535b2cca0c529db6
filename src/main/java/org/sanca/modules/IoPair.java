package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.MethNoArgs;

/**
 * _io.BufferedRWPair: a BufferedReader over one raw stream and a BufferedWriter over another,
 * seen as one read-write stream.
 * CPython: Modules/_io/bufferedio.c (bufferedrwpair).
 */
final class IoPair {
    private IoPair() {}

    /** The pair's two buffered streams. */
    static final class State extends IoObject {
        PyObject reader, writer;

        State(PyType t) {
            super(t);
        }
    }

    static void setUp(PyType t) {
        t.tp_new = (type, a, o, n, k) -> new State(type);
        t.tp_init = (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("BufferedRWPair", a, o, n, k, new String[] {"reader", "writer", "buffer_size"}, 2);
            PyObject size = v[2] == null ? PyInt.of(IoBase.DEFAULT_BUFFER_SIZE) : v[2];
            State st = (State) s;
            st.reader = Abstract.call(IoBuffered.READER, v[0], size);
            st.writer = Abstract.call(IoBuffered.WRITER, v[1], size);
        };
        for (String m : new String[] {"read", "peek", "read1", "readinto", "readinto1", "readable"})
            t.addMethod(m, forward(m, true));
        for (String m : new String[] {"write", "flush", "writable"}) t.addMethod(m, forward(m, false));
        t.addMethod("isatty", (MethNoArgs) s -> Abstract.isTrue(Abstract.callMethod(self(s).writer, "isatty"))
            ? Py.True : Abstract.callMethod(self(s).reader, "isatty"));
        t.addMethod("close", (MethNoArgs) IoPair::close);
        t.addGetter("closed", s -> Abstract.getAttr(self(s).writer, "closed"));
        t.put("__module__", PyStr.of("_io"));
        t.ready();
    }

    private static State self(PyObject o) {
        if (o instanceof State s && s.reader != null) return s;
        throw PyErr.format(PyExc.ValueError, "I/O operation on uninitialized object");
    }

    private static MethFast forward(String name, boolean reader) {
        return (s, a, o, n, k) -> {
            State st = self(s);
            PyObject target = reader ? st.reader : st.writer;
            return Abstract.call(Abstract.getAttr(target, name), a, o, n, k);
        };
    }

    private static PyObject close(PyObject self) {
        State s = self(self);
        PyException pending = null;
        try {
            Abstract.callMethod(s.writer, "close");
        } catch (PyException e) {
            pending = e;
        }
        Abstract.callMethod(s.reader, "close");
        if (pending != null) throw pending;
        return Py.None;
    }
}
