package org.sanca.objects;

/**
 * memoryview over bytes and bytearray: one dimension, any native single-character struct format
 * (cast), indexing, slicing, item assignment, tobytes, tolist, hex, toreadonly, release.
 * CPython: Objects/memoryobject.c (one-dimensional views).
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = new PyType("memoryview");

    /** The native struct formats cast accepts and their item sizes. */
    private static final String FORMATS = "cbB?hHiIlLqQnNfdeP";
    private static final int[] SIZES = {1, 1, 1, 1, 2, 2, 4, 4, 8, 8, 8, 8, 8, 8, 4, 8, 2, 8};

    final PyObject obj;
    /** Where the bytes come from: obj itself or an adapter for bytes and bytearray. */
    final BufferExporter src;
    /** The first item's byte offset, the number of items, and the distance between items in bytes. */
    final int start, length, stride;
    final char format;
    final int itemsize;
    final boolean readonly;
    boolean released;

    private PyMemoryView(PyObject obj, BufferExporter src, int start, int length, int stride, char format,
            boolean readonly) {
        this.obj = obj;
        this.src = src;
        this.start = start;
        this.length = length;
        this.stride = stride;
        this.format = format;
        this.itemsize = SIZES[FORMATS.indexOf(format)];
        this.readonly = readonly;
    }

    /** A view of all of a bytes or bytearray object. */
    static PyMemoryView of(PyObject obj, int size) {
        BufferExporter src = obj instanceof PyByteArray ba ? new BufferExporter() {
            public byte[] bufferArray() {
                return ba.data;
            }

            public int bufferLength() {
                return ba.size;
            }
        } : new BufferExporter() {
            public byte[] bufferArray() {
                return ((PyBytes) obj).value;
            }

            public int bufferLength() {
                return size;
            }

            public boolean bufferReadonly() {
                return true;
            }
        };
        return of(obj, src);
    }

    /** A one-dimensional unsigned-byte view of all the bytes src exports now; obj is what .obj shows. */
    public static PyMemoryView of(PyObject obj, BufferExporter src) {
        return new PyMemoryView(obj, src, src.bufferOffset(), src.bufferLength(), 1, 'B', src.bufferReadonly());
    }

    private PyMemoryView with(char format, boolean readonly) {
        return new PyMemoryView(obj, src, start, length, stride, format, readonly);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private byte[] backing() {
        byte[] b = released ? null : src.bufferArray();
        if (b == null) throw PyErr.format(PyExc.ValueError, "operation forbidden on released memoryview object");
        return b;
    }

    /** The viewed bytes in item order (a copy). */
    public byte[] toByteArray() {
        byte[] b = backing(), r = new byte[length * itemsize];
        for (int i = 0; i < length; i++) System.arraycopy(b, start + i * stride, r, i * itemsize, itemsize);
        return r;
    }

    private static PyMemoryView self(PyObject o) {
        return (PyMemoryView) o;
    }

    /** One dimension: contiguous in every sense when the items are adjacent (or fewer than two). */
    private boolean contiguous() {
        return stride == itemsize || length <= 1;
    }

    /** The little-endian integer of n bytes at off. */
    private static long raw(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    /** The item at index i (already checked) as the format unpacks it. */
    private PyObject item(byte[] b, int i) {
        int off = start + i * stride;
        long v = raw(b, off, itemsize);
        return switch (format) {
            case 'c' -> PyBytes.of(new byte[] {b[off]});
            case '?' -> PyBool.of(v != 0);
            case 'b', 'h', 'i', 'l', 'q', 'n' -> PyInt.of(v << (64 - 8 * itemsize) >> (64 - 8 * itemsize));
            case 'L', 'Q', 'N', 'P' -> v >= 0 ? PyInt.of(v) : PyInt.of(java.math.BigInteger.valueOf(v).add(
                    java.math.BigInteger.ONE.shiftLeft(64)));
            case 'f' -> PyFloat.of(Float.intBitsToFloat((int) v));
            case 'd' -> PyFloat.of(Double.longBitsToDouble(v));
            case 'e' -> PyFloat.of(Float.float16ToFloat((short) v));
            default -> PyInt.of(v);
        };
    }

    private PyException invalid(PyType type, String what) {
        return PyErr.format(type, "memoryview: invalid %s for format '%c'", what, (int) format);
    }

    /** Packs x as one item at byte offset off, with memoryview's errors. */
    private void pack(byte[] b, int off, PyObject x) {
        long v;
        switch (format) {
            case 'c' -> {
                if (!(x instanceof PyBytes bs)) throw invalid(PyExc.TypeError, "type");
                if (bs.value.length != 1) throw invalid(PyExc.ValueError, "value");
                v = bs.value[0];
            }
            case '?' -> v = Abstract.isTrue(x) ? 1 : 0;
            case 'f', 'd', 'e' -> {
                if (!(x instanceof PyFloat) && !PyNumber.isIndex(x)) throw invalid(PyExc.TypeError, "type");
                double d = PyNumber.asDouble(x);
                v = format == 'd' ? Double.doubleToRawLongBits(d) : format == 'f'
                        ? Float.floatToRawIntBits((float) d) : Float.floatToFloat16((float) d);
            }
            default -> v = packInt(x);
        }
        for (int i = 0; i < itemsize; i++, v >>= 8) b[off + i] = (byte) v;
    }

    private long packInt(PyObject x) {
        if (!PyNumber.isIndex(x)) throw invalid(PyExc.TypeError, "type");
        PyInt i = PyNumber.index(x);
        boolean signed = "bhilqn".indexOf(format) >= 0;
        int bits = 8 * itemsize;
        java.math.BigInteger big = i.bigValue();
        java.math.BigInteger lo = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger hi = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1) : java.math.BigInteger.ONE.shiftLeft(bits);
        if (big.compareTo(lo) < 0 || big.compareTo(hi) >= 0) throw invalid(PyExc.ValueError, "value");
        return big.longValue();
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyMemoryView m = self(o);
        m.backing();
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(m.length);
            return new PyMemoryView(m.obj, m.src, m.start + ix.start() * m.stride, ix.length(), m.stride * ix.step(), m.format,
                    m.readonly);
        }
        return m.item(m.backing(), itemIndex(m, key));
    }

    /** An item index key (memory_subscript's PyIndex_Check branch); anything else is an invalid slice key. */
    private static int itemIndex(PyMemoryView m, PyObject key) {
        if (!PyNumber.isIndex(key)) throw PyErr.format(PyExc.TypeError, "memoryview: invalid slice key");
        return SeqOps.index(key, m.length, "index out of bounds on dimension 1");
    }

    /** cast(format): a view of the same bytes with another format; one side must be a byte format. */
    private static PyObject cast(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("cast", a, o, n, k, new String[] {"format", "shape"}, 1);
        PyMemoryView m = self(s);
        m.backing();
        if (!(v[0] instanceof PyStr fs))
            throw PyErr.format(PyExc.TypeError, "memoryview: format argument must be a string");
        String f = fs.asString();
        if (f.startsWith("@")) f = f.substring(1);
        if (f.length() != 1 || FORMATS.indexOf(f.charAt(0)) < 0 || f.charAt(0) == 'e')
            throw PyErr.format(PyExc.ValueError,
                    "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        if (!m.contiguous()) throw PyErr.format(PyExc.TypeError, "memoryview: casts are restricted to C-contiguous views");
        if (v[1] != null && !(v[1] instanceof PyList || v[1] instanceof PyTuple))
            throw PyErr.format(PyExc.TypeError, "shape must be a list or a tuple");
        char to = f.charAt(0);
        int size = SIZES[FORMATS.indexOf(to)];
        if ("Bbc".indexOf(m.format) < 0 && "Bbc".indexOf(to) < 0)
            throw PyErr.format(PyExc.TypeError, "memoryview: cannot cast between two non-byte formats");
        int nbytes = m.length * m.itemsize;
        if (nbytes % size != 0) throw PyErr.format(PyExc.TypeError, "memoryview: length is not a multiple of itemsize");
        if (v[1] != null && (Abstract.len(v[1]) != 1 || PyNumber.asSize(Abstract.getItem(v[1], PyInt.of(0)), null) * size != nbytes))
            throw PyErr.format(PyExc.TypeError, "memoryview: product(shape) * itemsize != buffer size");
        return new PyMemoryView(m.obj, m.src, m.start, nbytes / size, size, to, m.readonly);
    }

    private static PyObject toList(PyObject o) {
        PyMemoryView m = self(o);
        byte[] b = m.backing();
        PyList out = new PyList();
        for (int i = 0; i < m.length; i++) out.append(m.item(b, i));
        return out;
    }

    /** ==: equal shapes and equal items (bytes compared directly when the formats agree). */
    private static PyObject richcompare(PyObject v, PyObject w, int op) {
        if (op != Abstract.EQ && op != Abstract.NE) return Py.NotImplemented;
        PyMemoryView m = self(v);
        if (m.released || w instanceof PyMemoryView mw && mw.released) return PyBool.of(v == w == (op == Abstract.EQ));
        PyMemoryView other;
        if (w instanceof PyMemoryView mw) other = mw;
        else if (w instanceof PyBytes b) other = of(b, b.value.length);
        else if (w instanceof PyByteArray ba) other = of(ba, ba.size);
        else return Py.NotImplemented;
        boolean eq = m.format == other.format ? java.util.Arrays.equals(m.toByteArray(), other.toByteArray())
                : Abstract.richCompareBool(toList(m), toList(other), Abstract.EQ);
        return PyBool.of(eq == (op == Abstract.EQ));
    }

    private static void assSubscript(PyObject o, PyObject key, PyObject v) {
        PyMemoryView m = self(o);
        byte[] b = m.backing();
        if (m.readonly) throw PyErr.format(PyExc.TypeError, "cannot modify read-only memory");
        if (v == null) throw PyErr.format(PyExc.TypeError, "cannot delete memory");
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(m.length);
            byte[] src = PyBytes.fromObject(v);
            char srcFormat = v instanceof PyMemoryView mv ? mv.format : 'B';
            if (srcFormat != m.format || src.length != ix.length() * m.itemsize)
                throw PyErr.format(PyExc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step())
                System.arraycopy(src, i * m.itemsize, b, m.start + j * m.stride, m.itemsize);
            return;
        }
        m.pack(b, m.start + itemIndex(m, key) * m.stride, v);
    }

    /** A getter that refuses released views. */
    private static void getter(String name, Slots.UnaryFunc get) {
        TYPE.addGetter(name, o -> {
            self(o).backing();
            return get.call(o);
        });
    }

    private static final PyType MEMORY_ITER = Iterators.arrayType("memory_iterator");

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            PyObject[] v = Args.parse("memoryview", a, o, n, k, new String[] {"object"}, 1);
            PyObject src = v[0];
            if (src instanceof PyMemoryView mv) return mv.with(mv.format, mv.readonly);
            if (src instanceof PyBytes b) return of(b, b.value.length);
            if (src instanceof PyByteArray ba) return of(ba, ba.size);
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
        TYPE.tp_richcompare = PyMemoryView::richcompare;
        TYPE.tp_hash = o -> {
            PyMemoryView m = self(o);
            if (!m.readonly) throw PyErr.format(PyExc.ValueError, "cannot hash writable memoryview object");
            if ("Bbc".indexOf(m.format) < 0)
                throw PyErr.format(PyExc.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            byte[] b = m.toByteArray();
            return PyHash.hashBytes(b, b.length);
        };
        TYPE.tp_iter = o -> {
            PyList items = (PyList) toList(o);
            return Iterators.over(MEMORY_ITER, items.toArray());
        };
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
        TYPE.addMethod("cast", PyMemoryView::cast);
        TYPE.addMethod("__enter__", (Slots.MethNoArgs) s -> s);
        TYPE.addMethod("__exit__", (Slots.MethFast) (s, a, o, n, k) -> {
            self(s).released = true;
            return Py.None;
        });
        getter("obj", o -> self(o).obj);
        getter("nbytes", o -> PyInt.of(self(o).length * self(o).itemsize));
        getter("readonly", o -> PyBool.of(self(o).readonly));
        getter("itemsize", o -> PyInt.of(self(o).itemsize));
        getter("format", o -> PyStr.of(String.valueOf(self(o).format)));
        getter("ndim", o -> PyInt.of(1));
        getter("shape", o -> PyTuple.of(PyInt.of(self(o).length)));
        getter("strides", o -> PyTuple.of(PyInt.of(self(o).stride)));
        getter("suboffsets", o -> PyTuple.EMPTY);
        getter("contiguous", o -> PyBool.of(self(o).contiguous()));
        getter("c_contiguous", o -> PyBool.of(self(o).contiguous()));
        getter("f_contiguous", o -> PyBool.of(self(o).contiguous()));
        TYPE.ready();
    }
}
