package org.sanca.objects;

/**
 * memoryview over bytes and bytearray (the one-byte formats 'B', 'b' and 'c', one dimension): indexing,
 * slicing, item assignment, tobytes, tolist, hex, cast, toreadonly.
 * CPython: Objects/memoryobject.c (a byte-oriented subset).
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = new PyType("memoryview");

    final PyObject obj;
    final int start, length, step;
    /** The struct format of the items: 'B', 'b' or 'c'. */
    final char format;
    final boolean readonly;
    boolean released;

    PyMemoryView(PyObject obj, int start, int length, int step) {
        this(obj, start, length, step, 'B', !(obj instanceof PyByteArray));
    }

    private PyMemoryView(PyObject obj, int start, int length, int step, char format, boolean readonly) {
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.step = step;
        this.format = format;
        this.readonly = readonly;
    }

    private PyMemoryView with(char format, boolean readonly) {
        return new PyMemoryView(obj, start, length, step, format, readonly);
    }

    /** The item at index i (already checked) as the format unpacks it. */
    private PyObject item(byte[] b, int i) {
        byte v = b[start + i * step];
        return switch (format) {
            case 'b' -> PyInt.of(v);
            case 'c' -> PyBytes.of(new byte[] {v});
            default -> PyInt.of(v & 0xff);
        };
    }

    /** The byte that packing x with the format gives, with memoryview's errors. */
    private byte pack(PyObject x) {
        if (format == 'c') {
            if (!(x instanceof PyBytes b))
                throw PyErr.format(PyExc.TypeError, "memoryview: invalid type for format '%c'", (int) format);
            if (b.value.length != 1)
                throw PyErr.format(PyExc.ValueError, "memoryview: invalid value for format '%c'", (int) format);
            return b.value[0];
        }
        if (!PyNumber.isIndex(x))
            throw PyErr.format(PyExc.TypeError, "memoryview: invalid type for format '%c'", (int) format);
        long v = PyNumber.asSize(x, null);
        long lo = format == 'b' ? -128 : 0;
        if (v < lo || v > lo + 255)
            throw PyErr.format(PyExc.ValueError, "memoryview: invalid value for format '%c'", (int) format);
        return (byte) v;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private byte[] backing() {
        if (released) throw PyErr.format(PyExc.ValueError, "operation forbidden on released memoryview object");
        return obj instanceof PyByteArray ba ? ba.data : ((PyBytes) obj).value;
    }

    /** The viewed bytes (a copy). */
    public byte[] toByteArray() {
        byte[] b = backing(), r = new byte[length];
        for (int i = 0; i < length; i++) r[i] = b[start + i * step];
        return r;
    }

    /** One dimension: contiguous in every sense when the items are adjacent (or fewer than two). */
    private boolean contiguous() {
        return step == 1 || length <= 1;
    }

    private static PyMemoryView self(PyObject o) {
        return (PyMemoryView) o;
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyMemoryView m = self(o);
        m.backing();
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(m.length);
            return new PyMemoryView(m.obj, m.start + ix.start() * m.step, ix.length(), m.step * ix.step(), m.format,
                    m.readonly);
        }
        int i = SeqOps.index(key, m.length, "index out of bounds on dimension 1");
        return m.item(m.backing(), i);
    }

    private static PyObject toList(PyObject o) {
        PyMemoryView m = self(o);
        byte[] b = m.backing();
        PyList out = new PyList();
        for (int i = 0; i < m.length; i++) out.append(m.item(b, i));
        return out;
    }

    private static void assSubscript(PyObject o, PyObject key, PyObject v) {
        PyMemoryView m = self(o);
        byte[] b = m.backing();
        if (m.readonly) throw PyErr.format(PyExc.TypeError, "cannot modify read-only memory");
        if (v == null) throw PyErr.format(PyExc.TypeError, "cannot delete memory");
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(m.length);
            byte[] src = PyBytes.fromObject(v);
            if (src.length != ix.length())
                throw PyErr.format(PyExc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            for (int i = 0, j = ix.start(); i < src.length; i++, j += ix.step()) b[m.start + j * m.step] = src[i];
            return;
        }
        int i = SeqOps.index(key, m.length, "index out of bounds on dimension 1");
        b[m.start + i * m.step] = m.pack(v);
    }

    /** A getter that refuses released views. */
    private static void getter(String name, Slots.UnaryFunc get) {
        TYPE.addGetter(name, o -> {
            self(o).backing();
            return get.call(o);
        });
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            PyObject[] v = Args.parse("memoryview", a, o, n, k, new String[] {"object"}, 1);
            PyObject src = v[0];
            if (src instanceof PyMemoryView mv) return mv.with(mv.format, mv.readonly);
            if (src instanceof PyBytes b) return new PyMemoryView(b, 0, b.value.length, 1);
            if (src instanceof PyByteArray ba) return new PyMemoryView(ba, 0, ba.size, 1);
            throw PyErr.format(PyExc.TypeError, "memoryview: a bytes-like object is required, not '%.200s'",
                    PyErr.typeName(src));
        };
        TYPE.sq_length = o -> {
            self(o).backing();
            return self(o).length;
        };
        TYPE.mp_subscript = PyMemoryView::subscript;
        TYPE.mp_ass_subscript = PyMemoryView::assSubscript;
        TYPE.tp_repr = o -> PyStr.of("<" + (self(o).released ? "released " : "") + "memory at " + Py.idHex(o) + ">");
        TYPE.tp_richcompare = (v, w, op) -> {
            if (op != Abstract.EQ && op != Abstract.NE) return Py.NotImplemented;
            byte[] a = self(v).toByteArray();
            byte[] b;
            if (w instanceof PyMemoryView mw) b = mw.toByteArray();
            else if (w instanceof PyBytes || w instanceof PyByteArray) b = PyBytes.fromObject(w);
            else return Py.NotImplemented;
            return PyBool.of(java.util.Arrays.equals(a, b) == (op == Abstract.EQ));
        };
        TYPE.tp_hash = o -> {
            if (!self(o).readonly) throw PyErr.format(PyExc.ValueError, "cannot hash writable memoryview object");
            return PyHash.hashBytes(self(o).toByteArray(), self(o).length);
        };
        TYPE.tp_iter = o -> Abstract.getIter(PyList.fromIterable(PyBytes.of(self(o).toByteArray())));
        TYPE.addMethod("tobytes", (Slots.MethFast) (s, a, o, n, k) -> PyBytes.of(self(s).toByteArray()));
        TYPE.addMethod("tolist", (Slots.MethNoArgs) PyMemoryView::toList);
        TYPE.addMethod("toreadonly", (Slots.MethNoArgs) s -> {
            self(s).backing();
            return self(s).with(self(s).format, true);
        });
        TYPE.addMethod("hex", BytesType::hexMethod);
        TYPE.addMethod("release", (Slots.MethNoArgs) s -> {
            self(s).released = true;
            return Py.None;
        });
        TYPE.addMethod("cast", (Slots.MethFast) (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("cast", a, o, n, k, new String[] {"format", "shape"}, 1);
            String f = StrType.arg(v[0], "cast() argument 'format'").asString();
            self(s).backing();
            if (!f.equals("B") && !f.equals("b") && !f.equals("c"))
                throw PyErr.format(PyExc.NotImplementedError, "memoryview: cast to format '%s' is not supported", f);
            return self(s).with(f.charAt(0), self(s).readonly);
        });
        TYPE.addMethod("__enter__", (Slots.MethNoArgs) s -> s);
        TYPE.addMethod("__exit__", (Slots.MethFast) (s, a, o, n, k) -> {
            self(s).released = true;
            return Py.None;
        });
        getter("obj", o -> self(o).obj);
        getter("nbytes", o -> PyInt.of(self(o).length));
        getter("readonly", o -> PyBool.of(self(o).readonly));
        getter("itemsize", o -> PyInt.of(1));
        getter("format", o -> PyStr.of(String.valueOf(self(o).format)));
        getter("ndim", o -> PyInt.of(1));
        getter("shape", o -> PyTuple.of(PyInt.of(self(o).length)));
        getter("strides", o -> PyTuple.of(PyInt.of(self(o).step)));
        getter("suboffsets", o -> PyTuple.EMPTY);
        getter("contiguous", o -> PyBool.of(self(o).contiguous()));
        getter("c_contiguous", o -> PyBool.of(self(o).contiguous()));
        getter("f_contiguous", o -> PyBool.of(self(o).contiguous()));
        TYPE.ready();
    }
}
