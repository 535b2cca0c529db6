package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.runtime.Util;

/**
 * The _io module: its classes and constants, io.open (mode parsing and the raw / buffered / text
 * stacking), open_code and text_encoding.
 * CPython: Modules/_io/_iomodule.c.
 */
public final class IoOpen {
    private IoOpen() {}

    /** io.UnsupportedOperation (shared with the builtin open() layer of IoModule). */
    static final PyType UNSUPPORTED_OPERATION = IoModule.UNSUPPORTED_OPERATION;
    private static final String[] OPEN_ARGS = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

    /** The _io module (one for the process: it holds only its types and functions). */
    private static final class Module {
        static final PyModule M = make();
    }

    /** The _io module. */
    public static PyModule create(String name) {
        return Module.M;
    }

    /** io.open, which is also builtins.open. */
    public static PyObject openFunction() {
        return Module.M.getDict().getItemStr(PyStr.of("open"));
    }

    private static PyModule make() {
        PyModule m = new PyModule("_io");
        PyDict d = m.getDict();
        d.setItem(PyStr.of("DEFAULT_BUFFER_SIZE"), PyInt.of(IoBase.DEFAULT_BUFFER_SIZE));
        d.setItem(PyStr.of("UnsupportedOperation"), UNSUPPORTED_OPERATION);
        d.setItem(PyStr.of("BlockingIOError"), PyExc.BlockingIOError);
        PyType[] types = {IoBase.IOBASE, IoBase.RAW, IoBase.BUFFERED, IoBase.TEXT, IoFileIO.TYPE, IoBytesIO.TYPE,
            IoStringIO.TYPE, IoBuffered.READER, IoBuffered.WRITER, IoBuffered.RANDOM, IoBuffered.RWPAIR,
            IoText.WRAPPER, IoNewlines.TYPE};
        for (PyType t : types) {
            String n = t.getName();
            d.setItem(PyStr.of(n.substring(n.indexOf('.') + 1)), t);
        }
        BuiltinsModule.def(m, d, "io", "open", IoOpen::open);
        BuiltinsModule.def(m, d, "io", "open_code", IoOpen::openCode);
        BuiltinsModule.def(m, d, "io", "text_encoding", IoOpen::textEncoding);
        return m;
    }

    /**
     * sys.stdin (fd 0), sys.stdout (1) or sys.stderr (2) as create_stdio makes them: a TextIOWrapper
     * over a BufferedReader/Writer (a bare FileIO for -u output) over a FileIO on the given Java streams.
     */
    public static PyObject stdStream(int fd, java.io.InputStream in, java.io.OutputStream out, boolean tty,
            boolean unbuffered) {
        String name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
        IoFileIO.State raw = IoFileIO.overJava(fd, in, out, tty, name);
        boolean write = out != null;
        PyObject buffer = write && unbuffered ? raw
            : Abstract.call(write ? IoBuffered.WRITER : IoBuffered.READER, raw, PyInt.of(IoBase.DEFAULT_BUFFER_SIZE));
        boolean lineBuffering = !unbuffered && (tty || fd == 2);
        IoText.State text = (IoText.State) Abstract.call(IoText.WRAPPER, new PyObject[] {buffer, PyStr.of("utf-8"),
            PyStr.of(fd == 2 ? "backslashreplace" : "strict"), PyStr.of("\n"), lineBuffering ? Py.True : Py.False,
            unbuffered ? Py.True : Py.False}, 0, 6, null);
        text.getDict().setItem(PyStr.of("mode"), PyStr.of(write ? "w" : "r"));
        if (write) IoModule.track(text);
        return text;
    }

    private static PyObject openCode(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject path = Args.parse("open_code", a, o, n, k, new String[] {"path"}, 1)[0];
        if (!(path instanceof PyStr))
            throw PyErr.format(PyExc.TypeError, "open_code() argument 'path' must be str, not %.50s", PyErr.typeName(path));
        return open(path, "rb", -1, Py.None, Py.None, Py.None, true, Py.None);
    }

    private static PyObject textEncoding(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("text_encoding", a, o, n, k, new String[] {"encoding", "stacklevel"}, 1);
        return v[0] == Py.None ? PyStr.of("locale") : v[0];
    }

    /** io.open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None). */
    public static PyObject open(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("open", a, o, n, k, OPEN_ARGS, 1);
        String mode = v[1] == null ? "r" : strArg("open", "mode", v[1], false);
        long buffering = v[2] == null ? -1 : Util.asLong(v[2]);
        PyObject encoding = optStr("encoding", v[3]), errors = optStr("errors", v[4]), newline = optStr("newline", v[5]);
        boolean closefd = v[6] == null || Abstract.isTrue(v[6]);
        return open(v[0], mode, buffering, encoding, errors, newline, closefd, v[7] == null ? Py.None : v[7]);
    }

    private static String strArg(String fn, String arg, PyObject v, boolean none) {
        if (v instanceof PyStr s) return s.asString();
        throw PyErr.format(PyExc.TypeError, "%s() argument '%s' must be str%s, not %.50s", fn, arg,
            none ? " or None" : "", PyErr.typeName(v));
    }

    private static PyObject optStr(String arg, PyObject v) {
        if (v == null || v == Py.None) return Py.None;
        strArg("open", arg, v, true);
        return v;
    }

    private static PyException invalidMode(String mode) {
        return PyErr.format(PyExc.ValueError, "invalid mode: '%s'", mode);
    }

    static PyObject open(PyObject file, String mode, long buffering, PyObject encoding, PyObject errors,
            PyObject newline, boolean closefd, PyObject opener) {
        PyType ft = file.type();
        if (!(file instanceof PyStr) && !(file instanceof PyBytes) && ft.nb_index == null && ft.nb_int == null
                && ft.nb_float == null)
            throw PyErr.format(PyExc.TypeError, "invalid file: %R", file);
        boolean creating = false, reading = false, writing = false, appending = false, updating = false;
        boolean text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("xrwabt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) throw invalidMode(mode);
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        String rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "")
            + (updating ? "+" : "");
        if (text && binary) throw PyErr.format(PyExc.ValueError, "can't have text and binary mode at once");
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) throw PyErr.format(PyExc.ValueError, "must have exactly one of create/read/write/append mode");
        if (binary && encoding != Py.None)
            throw PyErr.format(PyExc.ValueError, "binary mode doesn't take an encoding argument");
        if (binary && errors != Py.None) throw PyErr.format(PyExc.ValueError, "binary mode doesn't take an errors argument");
        if (binary && newline != Py.None) throw PyErr.format(PyExc.ValueError, "binary mode doesn't take a newline argument");
        if (binary && buffering == 1) Abstract.callMethod(warnings(), "warn", PyStr.of("line buffering (buffering=1) "
            + "isn't supported in binary mode, the default buffer size will be used"), PyExc.RuntimeWarning);
        PyObject raw = Abstract.call(IoFileIO.TYPE, new PyObject[] {file, PyStr.of(rawMode), closefd ? Py.True : Py.False,
            opener}, 0, 4, null);
        try {
            return stack(raw, mode, buffering, binary, updating, creating || writing || appending, encoding, errors, newline);
        } catch (PyException e) {
            Abstract.callMethod(raw, "close");
            throw e;
        }
    }

    private static PyObject warnings() {
        return org.sanca.runtime.Importer.importModuleLevel("warnings", null, null, 0);
    }

    private static PyObject stack(PyObject raw, String mode, long buffering, boolean binary, boolean updating,
            boolean writing, PyObject encoding, PyObject errors, PyObject newline) {
        boolean lineBuffering = buffering == 1 || (buffering < 0 && Abstract.isTrue(Abstract.callMethod(raw, "isatty")));
        if (buffering == 1 || buffering < 0) {
            buffering = IoBase.DEFAULT_BUFFER_SIZE;
            if (raw instanceof IoFileIO.State s && s.blksize > 1) buffering = s.blksize;
        }
        if (buffering < 0) throw PyErr.format(PyExc.ValueError, "invalid buffering size");
        if (buffering == 0) {
            if (binary) return raw;
            throw PyErr.format(PyExc.ValueError, "can't have unbuffered text I/O");
        }
        PyType kind = updating ? IoBuffered.RANDOM : writing ? IoBuffered.WRITER : IoBuffered.READER;
        PyObject buffer = Abstract.call(kind, raw, PyInt.of(buffering));
        if (binary) {
            if (kind != IoBuffered.READER) IoModule.track(buffer);
            return buffer;
        }
        try {
            IoText.State t = (IoText.State) Abstract.call(IoText.WRAPPER, buffer, encoding, errors, newline,
                lineBuffering ? Py.True : Py.False);
            t.getDict().setItem(PyStr.of("mode"), PyStr.of(mode));
            if (kind != IoBuffered.READER) IoModule.track(t);
            return t;
        } catch (PyException e) {
            Abstract.callMethod(buffer, "close");
            throw e;
        }
    }
}
