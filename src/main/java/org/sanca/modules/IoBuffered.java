package org.sanca.modules;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBytes;
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
import org.sanca.runtime.Util;

/**
 * _io.BufferedReader, BufferedWriter and BufferedRandom: a read buffer and a write buffer over
 * any raw stream (its read, write, seek, tell and truncate methods are called), with read, read1,
 * peek, readinto, readline, write, flush, seek, tell, truncate, detach and the raw's attributes.
 * BufferedRWPair joins a reader and a writer.
 * CPython: Modules/_io/bufferedio.c.
 */
final class IoBuffered {
    private IoBuffered() {}

    static final PyType READER = new PyType("_io.BufferedReader", IoBase.BUFFERED, PyType.BASETYPE);
    static final PyType WRITER = new PyType("_io.BufferedWriter", IoBase.BUFFERED, PyType.BASETYPE);
    static final PyType RANDOM = new PyType("_io.BufferedRandom", IoBase.BUFFERED, PyType.BASETYPE);
    static final PyType RWPAIR = new PyType("_io.BufferedRWPair", IoBase.BUFFERED, PyType.BASETYPE);

    /** A buffered stream's state: raw (null once detached), the unread bytes and the unwritten ones. */
    static final class State extends IoObject {
        PyObject raw;
        boolean readable, writable, ok;
        int bufferSize;
        byte[] rbuf = new byte[0];
        int rpos, rlen;
        final ByteArrayOutputStream wbuf = new ByteArrayOutputStream();

        State(PyType t) {
            super(t);
        }
    }

    static {
        READER.tp_new = WRITER.tp_new = RANDOM.tp_new = (t, a, o, n, k) -> new State(t);
        initType(READER, true, false);
        initType(WRITER, false, true);
        initType(RANDOM, true, true);
        IoPair.setUp(RWPAIR);
    }

    private static void initType(PyType t, boolean r, boolean w) {
        String name = t.getName().substring(4);
        t.tp_init = (s, a, o, n, k) -> init(self(s), name, r, w, a, o, n, k);
        t.tp_repr = IoBuffered::repr;
        t.tp_iternext = s -> {
            PyBytes line = readline(reading(s, "readline of closed file"), -1);
            return line.toByteArray().length == 0 ? null : line;
        };
        if (r) {
            t.addMethod("read", (MethFast) (s, a, o, n, k) -> read(reading(s, "read of closed file"), IoBase.size("read", a, o, n, k)));
            t.addMethod("read1", (MethFast) (s, a, o, n, k) -> read1(reading(s, "read of closed file"), IoBase.size("read1", a, o, n, k)));
            t.addMethod("peek", (MethFast) (s, a, o, n, k) -> peek(reading(s, "peek of closed file")));
            t.addMethod("readline", (MethFast) (s, a, o, n, k) -> readline(reading(s, "readline of closed file"),
                IoBase.size("readline", a, o, n, k)));
        }
        if (w) t.addMethod("write", (MethFast) (s, a, o, n, k) -> write(self(s), IoBase.one("write", a, o, n, k)));
        t.addMethod("flush", (MethNoArgs) s -> {
            State st = live(s);
            if (closed(st)) throw PyErr.format(PyExc.ValueError, "flush of closed file");
            flushWrites(st);
            return Py.None;
        });
        t.addMethod("seek", (MethFast) IoBuffered::seek);
        t.addMethod("tell", (MethNoArgs) s -> PyInt.of(tell(live(s))));
        t.addMethod("truncate", (MethFast) IoBuffered::truncate);
        t.addMethod("close", (MethNoArgs) IoBuffered::close);
        t.addMethod("detach", (MethNoArgs) IoBuffered::detach);
        for (String m : new String[] {"fileno", "isatty", "seekable", r ? "readable" : null, w ? "writable" : null}) {
            if (m != null) t.addMethod(m, (MethNoArgs) s -> Abstract.callMethod(live(s).raw, m));
        }
        t.addGetter("raw", s -> self(s).raw == null ? Py.None : self(s).raw);
        t.addGetter("closed", s -> Abstract.getAttr(live(s).raw, "closed"));
        t.addGetter("name", s -> Abstract.getAttr(live(s).raw, "name"));
        t.addGetter("mode", s -> Abstract.getAttr(live(s).raw, "mode"));
        t.addGetter("_finalizing", s -> Py.False);
        t.put("__module__", PyStr.of("_io"));
        t.ready();
    }

    private static void init(State s, String name, boolean r, boolean w, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse(name, a, o, n, k, new String[] {"raw", "buffer_size"}, 1);
        s.ok = false;
        if (r) IoBase.checkReadable(v[0]);
        if (w) IoBase.checkWritable(v[0]);
        if (r && w) IoBase.checkSeekable(v[0]);
        long size = v[1] == null ? IoBase.DEFAULT_BUFFER_SIZE : Util.asLong(v[1]);
        if (size <= 0) throw PyErr.format(PyExc.ValueError, "buffer size must be strictly positive");
        s.raw = v[0];
        s.readable = r;
        s.writable = w;
        s.bufferSize = (int) Math.min(size, Integer.MAX_VALUE - 8);
        s.rbuf = new byte[0];
        s.rpos = s.rlen = 0;
        s.wbuf.reset();
        s.ok = true;
    }

    static State self(PyObject o) {
        if (o instanceof State s) return s;
        throw PyErr.format(PyExc.TypeError, "descriptor requires a buffered object but received '%.100s'",
            PyErr.typeName(o));
    }

    /** The state of an initialized, attached stream. */
    static State live(PyObject o) {
        State s = self(o);
        if (!s.ok) {
            if (s.raw == null && s.rbuf != null && s.bufferSize > 0)
                throw PyErr.format(PyExc.ValueError, "raw stream has been detached");
            throw PyErr.format(PyExc.ValueError, "I/O operation on uninitialized object");
        }
        return s;
    }

    private static boolean closed(State s) {
        return Abstract.isTrue(Abstract.getAttr(s.raw, "closed"));
    }

    private static State reading(PyObject o, String closedMessage) {
        State s = live(o);
        if (closed(s)) throw PyErr.format(PyExc.ValueError, closedMessage);
        flushWrites(s);
        return s;
    }

    private static PyObject repr(PyObject o) {
        State s = self(o);
        String type = s.type().getName();
        PyObject name = s.ok ? Abstract.lookupAttr(o, "name") : null;
        return PyStr.of("<" + type + (name == null ? "" : " name=" + Abstract.repr(name).asString()) + ">");
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** One raw read of up to n bytes: the bytes, or null at EOF or when the raw would block. */
    private static byte[] rawRead(State s, int n) {
        PyObject r = Abstract.callMethod(s.raw, "read", PyInt.of(n));
        if (r == Py.None) return null;
        if (!(r instanceof PyBytes)) throw PyErr.format(PyExc.TypeError, "read() should return bytes");
        byte[] b = IoBase.bytesOf(r);
        if (b.length > n) throw PyErr.format(PyExc.OSError, "raw readinto() returned invalid length %d "
            + "(should have been between 0 and %d)", b.length, n);
        return b.length == 0 ? null : b;
    }

    private static int avail(State s) {
        return s.rlen - s.rpos;
    }

    /** Refills the empty read buffer with one raw read; false at EOF. */
    private static boolean fill(State s) {
        resetBuffer(s);
        return fillEnd(s);
    }

    private static byte[] take(State s, int n) {
        byte[] r = Arrays.copyOfRange(s.rbuf, s.rpos, s.rpos + n);
        s.rpos += n;
        return r;
    }

    private static PyObject read(State s, long size) {
        if (size < -1) throw PyErr.format(PyExc.ValueError, "read length must be non-negative or -1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(take(s, size < 0 ? avail(s) : (int) Math.min(size, avail(s))));
        if (size < 0) {
            PyObject rest = Abstract.lookupAttr(s.raw, "readall") != null ? Abstract.callMethod(s.raw, "readall") : null;
            if (rest != null && rest != Py.None) out.writeBytes(IoBase.bytesOf(rest));
            else for (byte[] b = rawRead(s, s.bufferSize); b != null; b = rawRead(s, s.bufferSize)) out.writeBytes(b);
            return PyBytes.of(out.toByteArray());
        }
        if (size <= out.size()) return PyBytes.of(out.toByteArray());
        resetBuffer(s);
        long remaining = size - out.size();
        for (int r = blocks(s, remaining); r > 0; r = blocks(s, remaining)) {
            byte[] b = rawRead(s, r);
            if (b == null) return PyBytes.of(out.toByteArray());
            out.writeBytes(b);
            remaining -= b.length;
        }
        while (remaining > 0 && s.rlen < s.bufferSize && fillEnd(s)) {
            int n = (int) Math.min(remaining, avail(s));
            out.writeBytes(take(s, n));
            remaining -= n;
        }
        return PyBytes.of(out.toByteArray());
    }

    /** The whole buffer-size blocks of n, which read() takes from raw directly. */
    private static int blocks(State s, long n) {
        return (int) Math.min(n / s.bufferSize * s.bufferSize, Integer.MAX_VALUE - 8);
    }

    private static void resetBuffer(State s) {
        s.rpos = s.rlen = 0;
        if (s.rbuf.length != s.bufferSize) s.rbuf = new byte[s.bufferSize];
    }

    /** Reads what fits after the buffered bytes (as CPython's fill_buffer); false at EOF. */
    private static boolean fillEnd(State s) {
        byte[] b = rawRead(s, s.bufferSize - s.rlen);
        if (b == null) return false;
        if (s.rbuf.length < s.bufferSize) s.rbuf = Arrays.copyOf(s.rbuf, s.bufferSize);
        System.arraycopy(b, 0, s.rbuf, s.rlen, b.length);
        s.rlen += b.length;
        return true;
    }

    private static PyObject read1(State s, long size) {
        if (size < 0) size = s.bufferSize;
        if (size == 0) return PyBytes.of(new byte[0]);
        if (avail(s) > 0) return PyBytes.of(take(s, (int) Math.min(size, avail(s))));
        resetBuffer(s);
        byte[] b = rawRead(s, (int) Math.min(size, Integer.MAX_VALUE - 8));
        return PyBytes.of(b == null ? new byte[0] : b);
    }

    private static PyObject peek(State s) {
        if (avail(s) == 0) fill(s);
        return PyBytes.of(Arrays.copyOfRange(s.rbuf, s.rpos, s.rlen));
    }

    private static PyBytes readline(State s, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (avail(s) == 0 && !fill(s)) break;
            int i = s.rpos, max = limit < 0 ? s.rlen : (int) Math.min(s.rlen, s.rpos + limit - out.size());
            while (i < max && s.rbuf[i] != '\n') i++;
            boolean nl = i < max;
            out.writeBytes(take(s, (nl ? i + 1 : i) - s.rpos));
            if (nl) break;
        }
        return PyBytes.of(out.toByteArray());
    }

    // ---- writing and positioning -----------------------------------------------------------------

    private static PyObject write(PyObject self, PyObject data) {
        State s = live(self);
        if (closed(s)) throw PyErr.format(PyExc.ValueError, "write to closed file");
        byte[] b = IoBase.bytesOf(data);
        dropReadBuffer(s);
        if (s.wbuf.size() + b.length > s.bufferSize) {
            flushWrites(s);
            if (b.length > s.bufferSize) {
                s.wbuf.writeBytes(b);
                flushWrites(s);
                return PyInt.of(b.length);
            }
        }
        s.wbuf.writeBytes(b);
        return PyInt.of(b.length);
    }

    /** Writes out the write buffer through raw.write, repeating short writes. */
    static void flushWrites(State s) {
        if (s.wbuf.size() == 0) return;
        byte[] b = s.wbuf.toByteArray();
        s.wbuf.reset();
        int off = 0;
        while (off < b.length) {
            PyObject r = Abstract.callMethod(s.raw, "write", PyBytes.of(off == 0 ? b : Arrays.copyOfRange(b, off, b.length)));
            if (r == Py.None) {
                s.wbuf.write(b, off, b.length - off);
                throw PyErr.raise(PyExc.BlockingIOError, PyInt.of(11), PyStr.of("write could not complete without blocking"),
                    PyInt.of(0));
            }
            long n = Util.asLong(r);
            if (n < 0 || n > b.length - off) throw PyErr.format(PyExc.OSError,
                "raw write() returned invalid length %d (should have been between 0 and %d)", n, b.length - off);
            off += (int) n;
        }
    }

    /** Gives unread bytes back to the raw stream (by seeking back) before a write or seek. */
    private static void dropReadBuffer(State s) {
        if (avail(s) > 0) Abstract.callMethod(s.raw, "seek", PyInt.of(-avail(s)), PyInt.of(1));
        s.rpos = s.rlen = 0;
        s.rbuf = new byte[0];
    }

    private static long tell(State s) {
        long pos = Util.asLong(Abstract.callMethod(s.raw, "tell"));
        if (pos < 0) throw PyErr.format(PyExc.OSError, "Raw stream returned invalid position %d", pos);
        return pos - avail(s) + s.wbuf.size();
    }

    private static PyObject seek(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("seek", k);
        Args.range("seek", n, 1, 2);
        State s = live(self);
        PyObject target = a[o];
        if (!(target instanceof PyInt) && target.type().nb_index == null)
            throw PyErr.format(PyExc.TypeError, "'%.200s' object cannot be interpreted as an integer", PyErr.typeName(target));
        long whence = n > 1 ? Util.asLong(a[o + 1]) : 0;
        if (whence < 0 || whence > 2) throw PyErr.format(PyExc.ValueError, "whence value %d unsupported", whence);
        if (closed(s)) throw PyErr.format(PyExc.ValueError, "seek of closed file");
        IoBase.checkSeekable(s.raw);
        long pos = Util.asLong(IoBase.PyNumber_index(target));
        if (whence != 2 && s.wbuf.size() == 0 && s.rlen > 0) {
            long rawPos = Util.asLong(Abstract.callMethod(s.raw, "tell")), start = rawPos - s.rlen;
            long goal = whence == 0 ? pos : rawPos - avail(s) + pos;
            if (goal >= start && goal <= rawPos) {
                s.rpos = (int) (goal - start);
                return PyInt.of(goal);
            }
        }
        flushWrites(s);
        if (whence == 1) pos -= avail(s);
        s.rpos = s.rlen = 0;
        s.rbuf = new byte[0];
        return Abstract.callMethod(s.raw, "seek", PyInt.of(pos), PyInt.of(whence));
    }

    private static PyObject truncate(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("truncate", k);
        Args.range("truncate", n, 0, 1);
        State s = live(self);
        if (closed(s)) throw PyErr.format(PyExc.ValueError, "truncate of closed file");
        if (!s.writable) throw IoBase.unsupported("truncate");
        flushWrites(s);
        PyObject pos = n == 0 || a[o] == Py.None ? PyInt.of(tell(s)) : a[o];
        dropReadBuffer(s);
        return Abstract.callMethod(s.raw, "truncate", pos);
    }

    private static PyObject close(PyObject self) {
        State s = live(self);
        if (closed(s)) return Py.None;
        PyException pending = null;
        try {
            if (s.writable) flushWrites(s);
        } catch (PyException e) {
            pending = e;
        }
        try {
            Abstract.callMethod(s.raw, "close");
        } catch (PyException e) {
            if (pending == null) pending = e;
        }
        s.rpos = s.rlen = 0;
        if (pending != null) throw pending;
        return Py.None;
    }

    private static PyObject detach(PyObject self) {
        State s = live(self);
        Abstract.callMethod(self, "flush");
        PyObject raw = s.raw;
        s.raw = null;
        s.ok = false;
        return raw;
    }
}
