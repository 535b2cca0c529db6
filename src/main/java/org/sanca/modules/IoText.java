package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
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
 * _io.TextIOWrapper: text over a buffered binary stream, decoding chunk by chunk with universal
 * newlines, encoding writes with newline translation, line buffering and write-through, and
 * tell/seek cookies that are byte positions (exact while the codec keeps no state).
 * CPython: Modules/_io/textio.c.
 */
final class IoText {
    private IoText() {}

    static final PyType WRAPPER = new PyType("_io.TextIOWrapper", IoBase.TEXT, PyType.BASETYPE);
    private static final String[] INIT_ARGS = {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"};
    private static final String[] RECONFIGURE_ARGS = {"encoding", "errors", "newline", "line_buffering", "write_through"};

    /** A wrapper's state; buffer is null once detached. */
    static final class State extends IoObject {
        PyObject buffer;
        String encoding, norm, errors, decodeAs, encodeAs;
        /** The newline argument (null for None). */
        String newline;
        boolean lineBuffering, writeThrough, ok, seekable, eof, readable, writable;
        /** False while next() iterates (tell is refused then, as CPython refuses it). */
        boolean telling = true;
        int chunkSize = 8192;
        IoNewlines.State decoder;
        /** The current chunk: its text as decoded, as translated, and how much of it was read. */
        String raw = "", decoded = "";
        int pos;
        /** The byte position where raw begins, and bytes of a character cut by the chunk's end. */
        long chunkStart;
        byte[] pending = new byte[0];
        /** Encoded text not yet handed to the buffer (CPython's pending_bytes). */
        final java.io.ByteArrayOutputStream unwritten = new java.io.ByteArrayOutputStream();

        State(PyType t) {
            super(t);
        }
    }

    static {
        WRAPPER.tp_new = (t, a, o, n, k) -> new State(t);
        WRAPPER.tp_init = IoText::init;
        WRAPPER.tp_repr = IoText::repr;
        WRAPPER.tp_iternext = s -> {
            State st = readable(s);
            st.telling = false;
            String line = readline(st, -1);
            if (!line.isEmpty()) return PyStr.of(line);
            st.telling = st.seekable;
            return null;
        };
        WRAPPER.addMethod("read", (MethFast) (s, a, o, n, k) -> PyStr.of(read(readable(s), IoBase.size("read", a, o, n, k))));
        WRAPPER.addMethod("readline", (MethFast) (s, a, o, n, k) -> PyStr.of(readline(readable(s), IoBase.size("readline", a, o, n, k))));
        WRAPPER.addMethod("write", (MethFast) (s, a, o, n, k) -> write(live(s), IoBase.one("write", a, o, n, k)));
        WRAPPER.addMethod("flush", (MethNoArgs) s -> {
            State st = live(s);
            if (closed(st)) throw IoBase.closedFile();
            writeFlush(st);
            return Abstract.callMethod(st.buffer, "flush");
        });
        WRAPPER.addMethod("close", (MethNoArgs) IoText::close);
        WRAPPER.addMethod("detach", (MethNoArgs) s -> {
            State st = live(s);
            Abstract.callMethod(s, "flush");
            PyObject b = st.buffer;
            st.buffer = null;
            st.ok = false;
            return b;
        });
        WRAPPER.addMethod("tell", (MethNoArgs) s -> PyInt.of(tell(live(s))));
        WRAPPER.addMethod("seek", (MethFast) IoText::seek);
        WRAPPER.addMethod("truncate", (MethFast) (s, a, o, n, k) -> {
            State st = live(s);
            Abstract.callMethod(s, "flush");
            return Abstract.call(Abstract.getAttr(st.buffer, "truncate"), a, o, n, k);
        });
        WRAPPER.addMethod("reconfigure", (MethFast) IoText::reconfigure);
        for (String m : new String[] {"fileno", "isatty", "seekable", "readable", "writable"})
            WRAPPER.addMethod(m, (MethNoArgs) s -> Abstract.callMethod(live(s).buffer, m));
        WRAPPER.addGetter("buffer", s -> live(s).buffer);
        WRAPPER.addGetter("closed", s -> Abstract.getAttr(live(s).buffer, "closed"));
        WRAPPER.addGetter("name", s -> Abstract.getAttr(live(s).buffer, "name"));
        WRAPPER.addGetter("encoding", s -> PyStr.of(self(s).encoding));
        WRAPPER.addGetter("errors", s -> PyStr.of(self(s).errors));
        WRAPPER.addGetter("line_buffering", s -> PyBool.of(self(s).lineBuffering));
        WRAPPER.addGetter("write_through", s -> PyBool.of(self(s).writeThrough));
        WRAPPER.addGetter("newlines", s -> self(s).decoder == null ? Py.None : IoNewlines.newlines(self(s).decoder.seen));
        WRAPPER.addGetSet("_CHUNK_SIZE", s -> PyInt.of(self(s).chunkSize), (s, v) -> {
            long n = Util.asLong(v);
            if (n <= 0) throw PyErr.format(PyExc.ValueError, "a strictly positive integer is required");
            self(s).chunkSize = (int) n;
        });
        WRAPPER.addGetter("_finalizing", s -> Py.False);
        WRAPPER.put("__module__", PyStr.of("_io"));
        WRAPPER.ready();
    }

    private static State self(PyObject o) {
        if (o instanceof State s) return s;
        throw PyErr.format(PyExc.TypeError, "descriptor requires a '_io.TextIOWrapper' object but received '%.100s'",
            PyErr.typeName(o));
    }

    private static State live(PyObject o) {
        State s = self(o);
        if (!s.ok) {
            if (s.encoding != null) throw PyErr.format(PyExc.ValueError, "underlying buffer has been detached");
            throw PyErr.format(PyExc.ValueError, "I/O operation on uninitialized object");
        }
        return s;
    }

    private static boolean closed(State s) {
        if (s.buffer instanceof IoBuffered.State b && b.type() == IoBuffered.WRITER && b.raw instanceof IoFileIO.State f
                && f.type() == IoFileIO.TYPE) return f.fd < 0;
        return Abstract.isTrue(Abstract.getAttr(s.buffer, "closed"));
    }

    private static State readable(PyObject o) {
        State s = live(o);
        if (closed(s)) throw IoBase.closedFile();
        if (!s.readable) throw IoBase.unsupported("not readable");
        writeFlush(s);
        return s;
    }

    // ---- construction ----------------------------------------------------------------------------

    private static String optStr(String arg, PyObject v) {
        if (v == null || v == Py.None) return null;
        if (v instanceof PyStr s) return s.asString();
        throw PyErr.format(PyExc.TypeError, "TextIOWrapper() argument '%s' must be str or None, not %.50s", arg,
            PyErr.typeName(v));
    }

    private static void init(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("TextIOWrapper", a, o, n, k, INIT_ARGS, 1);
        State s = self(self);
        s.ok = false;
        String enc = optStr("encoding", v[1]), errors = optStr("errors", v[2]);
        String newline = IoStringIO.checkNewline(v[3] == null ? Py.None : v[3], false);
        if (errors == null) errors = "strict";
        s.buffer = v[0];
        setEncoding(s, enc, errors);
        setNewline(s, newline);
        s.lineBuffering = v[4] != null && Abstract.isTrue(v[4]);
        s.writeThrough = v[5] != null && Abstract.isTrue(v[5]);
        s.seekable = Abstract.isTrue(Abstract.callMethod(s.buffer, "seekable"));
        s.readable = Abstract.isTrue(Abstract.callMethod(s.buffer, "readable"));
        s.writable = Abstract.isTrue(Abstract.callMethod(s.buffer, "writable"));
        resetReading(s);
        s.ok = true;
        if (s.seekable && Abstract.isTrue(Abstract.callMethod(s.buffer, "writable"))
                && Util.asLong(Abstract.callMethod(s.buffer, "tell")) != 0) s.encodeAs = afterBom(s.norm);
    }

    private static void setEncoding(State s, String enc, String errors) {
        if (enc == null || enc.equals("locale")) enc = "UTF-8";
        IoCodec.lookup(enc);
        s.encoding = enc;
        s.norm = IoCodec.normalize(enc);
        s.errors = errors;
        s.decodeAs = s.encodeAs = enc;
    }

    /** The codec that continues a stream whose first bytes (a BOM) are already written. */
    private static String afterBom(String norm) {
        return switch (norm) {
            case "utf-16", "utf-32" -> norm + "-le";
            case "utf-8-sig" -> "utf-8";
            default -> norm;
        };
    }

    private static void setNewline(State s, String newline) {
        s.newline = newline;
        s.decoder = null;
        if (newline == null || newline.isEmpty()) {
            s.decoder = new IoNewlines.State(IoNewlines.TYPE);
            s.decoder.translate = newline == null;
        }
    }

    private static void resetReading(State s) {
        s.raw = s.decoded = "";
        s.pos = 0;
        s.pending = new byte[0];
        s.eof = false;
        if (s.decoder != null) s.decoder.pendingCR = false;
    }

    private static PyObject repr(PyObject o) {
        State s = self(o);
        StringBuilder sb = new StringBuilder("<").append(s.type().getName());
        if (s.ok) {
            appendAttr(sb, o, "name");
            appendAttr(sb, o, "mode");
        }
        if (s.encoding != null) sb.append(" encoding=").append(Abstract.repr(PyStr.of(s.encoding)).asString());
        return PyStr.of(sb.append('>').toString());
    }

    private static void appendAttr(StringBuilder sb, PyObject o, String name) {
        try {
            PyObject v = Abstract.lookupAttr(o, name);
            if (v != null) sb.append(' ').append(name).append('=').append(Abstract.repr(v).asString());
        } catch (PyException e) {
            if (!e.matches(PyExc.ValueError)) throw e;
        }
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** Decodes the next chunk into decoded; false at the end of the stream. */
    private static boolean nextChunk(State s, boolean all) {
        if (s.eof) return false;
        if (s.seekable) s.chunkStart = Util.asLong(Abstract.callMethod(s.buffer, "tell")) - s.pending.length
            - (s.decoder != null && s.decoder.pendingCR ? 1 : 0);
        boolean hasRead1 = Abstract.lookupAttr(s.buffer, "read1") != null;
        PyObject chunk = all ? Abstract.callMethod(s.buffer, "read")
            : Abstract.callMethod(s.buffer, hasRead1 ? "read1" : "read", PyInt.of(s.chunkSize));
        if (!(chunk instanceof PyBytes))
            throw PyErr.format(PyExc.TypeError, "underlying %s() should have returned a bytes object, not '%.200s'",
                all || !hasRead1 ? "read" : "read1", PyErr.typeName(chunk));
        byte[] got = IoBase.bytesOf(chunk);
        boolean fin = got.length == 0 || all;
        byte[] b = concat(s.pending, got);
        int keep = fin ? 0 : IoCodec.incompleteTail(b, b.length, s.norm);
        s.pending = java.util.Arrays.copyOfRange(b, b.length - keep, b.length);
        String text = IoCodec.decode(keep == 0 ? b : java.util.Arrays.copyOf(b, b.length - keep), s.decodeAs, s.errors);
        if (b.length - keep > 0) s.decodeAs = decodedBom(s, b);
        String cr = s.decoder != null && s.decoder.pendingCR ? "\r" : "";
        s.raw = cr + (s.decoder != null && !fin && text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
        s.decoded = s.decoder == null ? text : IoNewlines.decode(s.decoder, text, fin);
        s.pos = 0;
        if (fin) s.eof = true;
        return !fin || !s.decoded.isEmpty();
    }

    private static String decodedBom(State s, byte[] b) {
        if (s.norm.equals("utf-16") || s.norm.equals("utf-32")) {
            boolean be = b.length >= 2 && (b[0] & 0xff) == 0xfe || b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe;
            return s.decodeAs.equals(s.encoding) ? s.norm + (be ? "-be" : "-le") : s.decodeAs;
        }
        return s.norm.equals("utf-8-sig") ? "utf-8" : s.decodeAs;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) return b;
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static String read(State s, long size) {
        StringBuilder out = new StringBuilder();
        if (size < 0) {
            out.append(s.decoded, s.pos, s.decoded.length());
            s.pos = s.decoded.length();
            while (nextChunk(s, true)) {
                out.append(s.decoded);
                s.pos = s.decoded.length();
            }
            return out.toString();
        }
        while (out.codePointCount(0, out.length()) < size) {
            if (s.pos >= s.decoded.length() && !nextChunk(s, false)) break;
            int want = (int) size - out.codePointCount(0, out.length());
            int end = s.decoded.offsetByCodePoints(s.pos, Math.min(want, s.decoded.codePointCount(s.pos, s.decoded.length())));
            out.append(s.decoded, s.pos, end);
            s.pos = end;
        }
        return out.toString();
    }

    private static String readline(State s, long limit) {
        StringBuilder out = new StringBuilder();
        boolean universal = s.decoder != null && !s.decoder.translate;
        String nl = s.newline == null || s.newline.isEmpty() ? "\n" : s.newline;
        boolean crlfSplit = universal || nl.equals("\r\n"), pendingCr = false;
        long count = 0;
        while (limit < 0 || count < limit) {
            if (s.pos >= s.decoded.length() && !nextChunk(s, false)) break;
            String d = s.decoded;
            if (crlfSplit && out.length() > 0 && out.charAt(out.length() - 1) == '\r' && s.pos < d.length()
                    && d.charAt(s.pos) == '\n') {
                out.append('\n');
                s.pos++;
                break;
            }
            if (pendingCr) break;
            int end = lineEnd(d, s.pos, universal, nl);
            int stop = end < 0 ? d.length() : end;
            if (limit >= 0 && d.codePointCount(s.pos, stop) > limit - count) {
                stop = d.offsetByCodePoints(s.pos, (int) (limit - count));
                end = -1;
            }
            count += d.codePointCount(s.pos, stop);
            out.append(d, s.pos, stop);
            s.pos = stop;
            if (end >= 0) {
                if (!(universal && d.charAt(end - 1) == '\r' && end == d.length() && !s.eof)) break;
                pendingCr = true;
            }
        }
        return out.toString();
    }

    /** The index just past the first line ending at or after from, or -1. */
    private static int lineEnd(String d, int from, boolean universal, String nl) {
        if (!universal) {
            int i = d.indexOf(nl, from);
            return i < 0 ? -1 : i + nl.length();
        }
        for (int i = from; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '\n') return i + 1;
            if (c == '\r') return i + 1 < d.length() && d.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
        return -1;
    }

    // ---- writing ---------------------------------------------------------------------------------

    private static PyObject write(State s, PyObject obj) {
        if (!(obj instanceof PyStr str))
            throw PyErr.format(PyExc.TypeError, "write() argument must be str, not %.100s", PyErr.typeName(obj));
        if (closed(s)) throw IoBase.closedFile();
        if (!s.writable) throw IoBase.unsupported("not writable");
        String text = str.asString();
        boolean hasLf = text.indexOf('\n') >= 0;
        boolean needFlush = s.lineBuffering && (hasLf || text.indexOf('\r') >= 0);
        if (hasLf && s.newline != null && s.newline.startsWith("\r")) text = text.replace("\n", s.newline);
        byte[] b = IoCodec.encode(text.equals(str.asString()) ? str : PyStr.of(text), s.encodeAs, s.errors);
        s.encodeAs = afterBom(s.norm).equals(s.norm) ? s.encodeAs : afterBom(s.norm);
        if (s.pos < s.decoded.length() || s.pending.length > 0) resetReading(s);
        s.unwritten.writeBytes(b);
        if (needFlush || s.writeThrough || s.unwritten.size() > s.chunkSize) writeFlush(s);
        if (needFlush) Abstract.callMethod(s.buffer, "flush");
        return PyInt.of(str.length());
    }

    /** Hands the encoded text kept so far to the buffer. */
    static void writeFlush(State s) {
        if (s.unwritten.size() == 0) return;
        byte[] b = s.unwritten.toByteArray();
        s.unwritten.reset();
        Abstract.callMethod(s.buffer, "write", PyBytes.of(b));
    }

    private static PyObject close(PyObject self) {
        State s = live(self);
        if (closed(s)) return Py.None;
        PyException pending = null;
        try {
            Abstract.callMethod(self, "flush");
        } catch (PyException e) {
            pending = e;
        }
        try {
            Abstract.callMethod(s.buffer, "close");
        } catch (PyException e) {
            if (pending == null) pending = e;
        }
        if (pending != null) throw pending;
        return Py.None;
    }

    // ---- tell, seek, reconfigure -----------------------------------------------------------------

    private static long tell(State s) {
        if (!s.seekable) throw IoBase.unsupported("underlying stream is not seekable");
        if (!s.telling) throw PyErr.format(PyExc.OSError, "telling position disabled by next() call");
        writeFlush(s);
        Abstract.callMethod(s.buffer, "flush");
        if (s.pos >= s.decoded.length() && s.pending.length == 0 && (s.decoder == null || !s.decoder.pendingCR))
            return Util.asLong(Abstract.callMethod(s.buffer, "tell"));
        int rawEnd = 0;
        boolean translate = s.decoder != null && s.decoder.translate;
        for (int i = 0; i < s.pos; i++, rawEnd++) {
            if (translate && s.raw.charAt(rawEnd) == '\r' && rawEnd + 1 < s.raw.length() && s.raw.charAt(rawEnd + 1) == '\n')
                rawEnd++;
        }
        return s.chunkStart + IoCodec.encode(s.raw.substring(0, rawEnd), afterBom(s.norm), s.errors).length;
    }

    private static PyObject seek(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("seek", k);
        Args.range("seek", n, 1, 2);
        State s = live(self);
        if (closed(s)) throw IoBase.closedFile();
        long whence = n > 1 ? Util.asLong(a[o + 1]) : 0;
        if (!s.seekable) throw IoBase.unsupported("underlying stream is not seekable");
        long cookie = Util.asLong(IoBase.PyNumber_index(a[o]));
        if (whence == 1 && cookie != 0) throw IoBase.unsupported("can't do nonzero cur-relative seeks");
        if (whence == 2 && cookie != 0) throw IoBase.unsupported("can't do nonzero end-relative seeks");
        if (whence < 0 || whence > 2) throw PyErr.format(PyExc.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
        if (whence == 1) return PyInt.of(tell(s));
        Abstract.callMethod(self, "flush");
        if (whence == 0 && cookie < 0) throw PyErr.format(PyExc.ValueError, "negative seek position %d", cookie);
        PyObject r = Abstract.callMethod(s.buffer, "seek", PyInt.of(cookie), PyInt.of(whence));
        resetReading(s);
        if (s.decoder != null) s.decoder.seen = s.decoder.seen;
        long at = Util.asLong(r);
        s.decodeAs = at == 0 ? s.encoding : afterBom(s.norm);
        s.encodeAs = at == 0 ? s.encoding : afterBom(s.norm);
        return whence == 2 ? r : PyInt.of(cookie);
    }

    private static PyObject reconfigure(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("reconfigure", a, o, n, k, RECONFIGURE_ARGS, 0, 0);
        State s = live(self);
        boolean started = s.pos > 0 || !s.decoded.isEmpty();
        if ((v[0] != null && v[0] != Py.None || v[2] != null) && started)
            throw IoBase.unsupported("It is not possible to set the encoding or newline of stream after the first read");
        Abstract.callMethod(self, "flush");
        String enc = optStr("encoding", v[0]), errors = optStr("errors", v[1]);
        if (enc != null || errors != null)
            setEncoding(s, enc != null ? enc : s.encoding, errors != null ? errors : enc != null ? "strict" : s.errors);
        if (v[2] != null) setNewline(s, IoStringIO.checkNewline(v[2], false));
        if (v[3] != null && v[3] != Py.None) s.lineBuffering = Abstract.isTrue(v[3]);
        if (v[4] != null && v[4] != Py.None) s.writeThrough = Abstract.isTrue(v[4]);
        return Py.None;
    }
}
