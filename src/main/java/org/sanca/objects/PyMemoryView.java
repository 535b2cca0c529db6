package org.sanca.objects;

/**
 * memoryview over bytes and bytearray (format 'B', one dimension): indexing, slicing, tobytes, tolist, hex.
 * CPython: Objects/memoryobject.c (a byte-oriented subset).
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = new PyType("memoryview");

    final PyObject obj;
    final int start, length, step;
    boolean released;

    PyMemoryView(PyObject obj, int start, int length, int step) {
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.step = step;
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

    private static PyMemoryView self(PyObject o) {
        return (PyMemoryView) o;
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyMemoryView m = self(o);
        m.backing();
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(m.length);
            return new PyMemoryView(m.obj, m.start + ix.start() * m.step, ix.length(), m.step * ix.step());
        }
        int i = SeqOps.index(key, m.length, "index out of bounds on dimension 1");
        return PyInt.of(m.backing()[m.start + i * m.step] & 0xff);
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            PyObject[] v = Args.parse("memoryview", a, o, n, k, new String[] {"object"}, 1);
            PyObject src = v[0];
            if (src instanceof PyMemoryView mv) return new PyMemoryView(mv.obj, mv.start, mv.length, mv.step);
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
        TYPE.mp_ass_subscript = (o, key, v) -> {
            PyMemoryView m = self(o);
            if (!(m.obj instanceof PyByteArray) || v == null) throw PyErr.format(PyExc.TypeError, "cannot modify read-only memory");
            int i = SeqOps.index(key, m.length, "index out of bounds on dimension 1");
            m.backing()[m.start + i * m.step] = (byte) BytesType.byteValue(v);
        };
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
            byte[] b = self(o).toByteArray();
            if (self(o).obj instanceof PyByteArray) throw PyErr.format(PyExc.ValueError, "cannot hash writable memoryview object");
            return PyHash.hashBytes(b, b.length);
        };
        TYPE.tp_iter = o -> Abstract.getIter(PyList.fromIterable(PyBytes.of(self(o).toByteArray())));
        TYPE.addMethod("tobytes", (Slots.MethFast) (s, a, o, n, k) -> PyBytes.of(self(s).toByteArray()));
        TYPE.addMethod("tolist", (Slots.MethNoArgs) s -> PyList.fromIterable(PyBytes.of(self(s).toByteArray())));
        TYPE.addMethod("hex", (Slots.MethNoArgs) s -> BytesType.hex(self(s).toByteArray(), self(s).length));
        TYPE.addMethod("release", (Slots.MethNoArgs) s -> {
            self(s).released = true;
            return Py.None;
        });
        TYPE.addMethod("cast", (Slots.MethFast) (s, a, o, n, k) -> {
            Args.range("cast", n, 1, 2);
            String f = StrType.arg(a[o], "cast() argument 'format'").asString();
            if (!f.equals("B") && !f.equals("b") && !f.equals("c"))
                throw PyErr.format(PyExc.NotImplementedError, "memoryview: cast to format '%s' is not supported", f);
            return s;
        });
        TYPE.addMethod("__enter__", (Slots.MethNoArgs) s -> s);
        TYPE.addMethod("__exit__", (Slots.MethFast) (s, a, o, n, k) -> {
            self(s).released = true;
            return Py.None;
        });
        TYPE.addGetter("obj", o -> self(o).obj);
        TYPE.addGetter("nbytes", o -> PyInt.of(self(o).length));
        TYPE.addGetter("readonly", o -> PyBool.of(!(self(o).obj instanceof PyByteArray)));
        TYPE.addGetter("itemsize", o -> PyInt.of(1));
        TYPE.addGetter("format", o -> PyStr.of("B"));
        TYPE.addGetter("ndim", o -> PyInt.of(1));
        TYPE.addGetter("shape", o -> PyTuple.of(PyInt.of(self(o).length)));
        TYPE.addGetter("strides", o -> PyTuple.of(PyInt.of(self(o).step)));
        TYPE.addGetter("contiguous", o -> PyBool.of(self(o).step == 1));
        TYPE.addGetter("c_contiguous", o -> PyBool.of(self(o).step == 1));
        TYPE.addGetter("released", o -> PyBool.of(self(o).released));
        TYPE.ready();
    }
}
