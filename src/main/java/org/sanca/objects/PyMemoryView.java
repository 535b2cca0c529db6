package org.sanca.objects;

import java.math.BigInteger;

/**
 * memoryview: a view of an exporter's bytes with a native single-character struct format and any
 * number of dimensions: cast (to a shape), indexing (by a tuple of ints on an N-dimensional view),
 * slicing along the first dimension, item assignment, tobytes, tolist, hex, toreadonly, release.
 * CPython: Objects/memoryobject.c.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = new PyType("memoryview");

    /** The native struct formats cast accepts and their item sizes. */
    private static final String FORMATS = "cbB?hHiIlLqQnNfdeP";
    private static final int[] SIZES = {1, 1, 1, 1, 2, 2, 4, 4, 8, 8, 8, 8, 8, 8, 4, 8, 2, 8};
    private static final int MAX_DIM = 64;

    final PyObject obj;
    /** Where the bytes come from: obj itself or an adapter for bytes and bytearray. */
    final BufferExporter src;
    /** The byte offset of the item whose indices are all zero. */
    final int start;
    /** Items per dimension and the distance in bytes between neighbours along each (never mutated). */
    final int[] shape, strides;
    final char format;
    final int itemsize;
    final boolean readonly;
    boolean released;

    private PyMemoryView(PyObject obj, BufferExporter src, int start, int[] shape, int[] strides, char format,
            boolean readonly) {
        this.obj = obj;
        this.src = src;
        this.start = start;
        this.shape = shape;
        this.strides = strides;
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
        return new PyMemoryView(obj, src, src.bufferOffset(), new int[] {src.bufferLength()}, new int[] {1}, 'B',
                src.bufferReadonly());
    }

    private PyMemoryView with(char format, boolean readonly) {
        return new PyMemoryView(obj, src, start, shape, strides, format, readonly);
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

    private static PyMemoryView self(PyObject o) {
        return (PyMemoryView) o;
    }

    /** The number of items: the product of the shape (1 for a 0-dim view). */
    private int count() {
        int n = 1;
        for (int d : shape) n *= d;
        return n;
    }

    /** The viewed bytes in C order (a copy). */
    public byte[] toByteArray() {
        byte[] r = new byte[count() * itemsize];
        copyOut(backing(), 0, start, r, 0);
        return r;
    }

    /** Copies the items of dimension dim and below, starting at byte off, to r from pos; returns the end. */
    private int copyOut(byte[] b, int dim, int off, byte[] r, int pos) {
        if (dim == shape.length) {
            System.arraycopy(b, off, r, pos, itemsize);
            return pos + itemsize;
        }
        for (int i = 0; i < shape[dim]; i++) pos = copyOut(b, dim + 1, off + i * strides[dim], r, pos);
        return pos;
    }

    /** Whether the items lie next to each other in C (last index fastest) or Fortran order. */
    private boolean contiguous(boolean cOrder) {
        for (int d : shape) if (d == 0) return true;
        int expect = itemsize, nd = shape.length;
        for (int k = 0; k < nd; k++) {
            int d = cOrder ? nd - 1 - k : k;
            if (shape[d] > 1 && strides[d] != expect) return false;
            expect *= shape[d];
        }
        return true;
    }

    /** The little-endian integer of n bytes at off. */
    private static long raw(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    /** The item at byte offset off as the format unpacks it. */
    private PyObject item(byte[] b, int off) {
        long v = raw(b, off, itemsize);
        return switch (format) {
            case 'c' -> PyBytes.of(new byte[] {b[off]});
            case '?' -> PyBool.of(v != 0);
            case 'b', 'h', 'i', 'l', 'q', 'n' -> PyInt.of(v << (64 - 8 * itemsize) >> (64 - 8 * itemsize));
            case 'L', 'Q', 'N', 'P' -> v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)));
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
        BigInteger big = i.bigValue();
        BigInteger lo = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger hi = signed ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits);
        if (big.compareTo(lo) < 0 || big.compareTo(hi) >= 0) throw invalid(PyExc.ValueError, "value");
        return big.longValue();
    }

    private static PyException notImplemented(String msg) {
        return PyErr.format(PyExc.NotImplementedError, "%s", msg);
    }

    private static PyException invalidKey() {
        return PyErr.format(PyExc.TypeError, "memoryview: invalid slice key");
    }

    private static PyException zeroDim() {
        return PyErr.format(PyExc.TypeError, "invalid indexing of 0-dim memory");
    }

    /** The byte offset of index key along dimension dim, counted from off. */
    private int step(int off, PyObject key, int dim) {
        long i = PyNumber.asSize(key, PyExc.IndexError);
        if (i < 0) i += shape[dim];
        if (i < 0 || i >= shape[dim])
            throw PyErr.format(PyExc.IndexError, "index out of bounds on dimension %d", dim + 1);
        return off + (int) i * strides[dim];
    }

    /** A tuple of ints (is_multiindex), including the empty tuple. */
    private static boolean isMultiIndex(PyObject key) {
        if (!(key instanceof PyTuple t)) return false;
        for (PyObject x : t.items) if (!PyNumber.isIndex(x)) return false;
        return true;
    }

    /** A non-empty tuple of slices (is_multislice). */
    private static boolean isMultiSlice(PyObject key) {
        if (!(key instanceof PyTuple t) || t.items.length == 0) return false;
        for (PyObject x : t.items) if (!(x instanceof PySlice)) return false;
        return true;
    }

    /** The byte offset of the item a tuple of ints names (ptr_from_tuple). */
    private int offsetOf(PyTuple key) {
        int n = key.items.length, nd = shape.length;
        if (n < nd) throw notImplemented("sub-views are not implemented");
        if (n > nd) throw PyErr.format(PyExc.TypeError, "cannot index %d-dimension view with %d-element tuple", nd, n);
        int off = start;
        for (int d = 0; d < nd; d++) off = step(off, key.items[d], d);
        return off;
    }

    /** The key's item offset in a 0-dim view: only ... and () name its item. */
    private int zeroDimOffset(PyObject key) {
        if (key == Py.Ellipsis || key instanceof PyTuple t && t.items.length == 0) return start;
        throw zeroDim();
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyMemoryView m = self(o);
        byte[] b = m.backing();
        if (m.shape.length == 0) return key == Py.Ellipsis ? m : m.item(b, m.zeroDimOffset(key));
        if (PyNumber.isIndex(key)) {
            if (m.shape.length > 1) throw notImplemented("multi-dimensional sub-views are not implemented");
            return m.item(b, m.step(m.start, key, 0));
        }
        if (key instanceof PySlice sl) return m.sliced(sl);
        if (isMultiIndex(key)) return m.item(b, m.offsetOf((PyTuple) key));
        if (isMultiSlice(key)) throw notImplemented("multi-dimensional slicing is not implemented");
        throw invalidKey();
    }

    /** The view sliced along its first dimension. */
    private PyMemoryView sliced(PySlice sl) {
        PySlice.Indices ix = sl.indices(shape[0]);
        int[] sh = shape.clone(), st = strides.clone();
        sh[0] = ix.length();
        st[0] = strides[0] * ix.step();
        return new PyMemoryView(obj, src, start + ix.start() * strides[0], sh, st, format, readonly);
    }

    private static void assSubscript(PyObject o, PyObject key, PyObject v) {
        PyMemoryView m = self(o);
        byte[] b = m.backing();
        if (m.readonly) throw PyErr.format(PyExc.TypeError, "cannot modify read-only memory");
        if (v == null) throw PyErr.format(PyExc.TypeError, "cannot delete memory");
        int nd = m.shape.length;
        if (nd == 0) {
            m.pack(b, m.zeroDimOffset(key), v);
        } else if (PyNumber.isIndex(key)) {
            if (nd > 1) throw notImplemented("sub-views are not implemented");
            m.pack(b, m.step(m.start, key, 0), v);
        } else if (key instanceof PySlice sl) {
            if (nd > 1) throw notImplemented("memoryview slice assignments are currently restricted to ndim = 1");
            m.assignSlice(b, sl, v);
        } else if (isMultiIndex(key)) {
            m.pack(b, m.offsetOf((PyTuple) key), v);
        } else if (isMultiSlice(key)) {
            throw notImplemented("memoryview slice assignments are currently restricted to ndim = 1");
        } else {
            throw invalidKey();
        }
    }

    private void assignSlice(byte[] b, PySlice sl, PyObject v) {
        PySlice.Indices ix = sl.indices(shape[0]);
        byte[] from = PyBytes.fromObject(v);
        char srcFormat = v instanceof PyMemoryView mv ? mv.format : 'B';
        if (srcFormat != format || from.length != ix.length() * itemsize)
            throw PyErr.format(PyExc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step())
            System.arraycopy(from, i * itemsize, b, start + j * strides[0], itemsize);
    }

    /** cast(format[, shape]) (memory_cast): C-contiguous views only, 1-D to N-D or N-D to 1-D. */
    private static PyObject cast(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("cast", a, o, n, k, new String[] {"format", "shape"}, 1);
        PyMemoryView m = self(s);
        m.backing();
        if (!(v[0] instanceof PyStr fs))
            throw PyErr.format(PyExc.TypeError, "memoryview: format argument must be a string");
        PyObject shapeArg = v[1];
        if (shapeArg != null && !(shapeArg instanceof PyList || shapeArg instanceof PyTuple))
            throw PyErr.format(PyExc.TypeError, "shape must be a list or a tuple");
        if (!m.contiguous(true)) throw PyErr.format(PyExc.TypeError, "memoryview: casts are restricted to C-contiguous views");
        if ((shapeArg != null || m.shape.length != 1) && m.count() == 0)
            throw PyErr.format(PyExc.TypeError, "memoryview: cannot cast view with zeros in shape or strides");
        PyObject[] dims = shapeArg == null ? null
                : shapeArg instanceof PyList l ? l.toArray() : ((PyTuple) shapeArg).toArray();
        if (dims != null && dims.length > MAX_DIM)
            throw PyErr.format(PyExc.ValueError, "memoryview: number of dimensions must not exceed %d", MAX_DIM);
        if (dims != null && m.shape.length != 1 && dims.length != 1)
            throw PyErr.format(PyExc.TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
        char to = castFormat(fs.asString());
        int size = SIZES[FORMATS.indexOf(to)];
        if ("Bbc".indexOf(m.format) < 0 && "Bbc".indexOf(to) < 0)
            throw PyErr.format(PyExc.TypeError, "memoryview: cannot cast between two non-byte formats");
        int nbytes = m.count() * m.itemsize;
        if (nbytes % size != 0) throw PyErr.format(PyExc.TypeError, "memoryview: length is not a multiple of itemsize");
        int[] shape = dims == null ? new int[] {nbytes / size} : castShape(dims, size, nbytes);
        int[] strides = new int[shape.length];
        for (int d = shape.length - 1, st = size; d >= 0; st *= shape[d], d--) strides[d] = st;
        return new PyMemoryView(m.obj, m.src, m.start, shape, strides, to, m.readonly);
    }

    private static char castFormat(String f) {
        if (f.startsWith("@")) f = f.substring(1);
        if (f.length() != 1 || FORMATS.indexOf(f.charAt(0)) < 0 || f.charAt(0) == 'e')
            throw PyErr.format(PyExc.ValueError,
                    "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        return f.charAt(0);
    }

    /** The shape cast asks for, checked as copy_shape and cast_to_ND check it. */
    private static int[] castShape(PyObject[] dims, int size, int nbytes) {
        int[] shape = new int[dims.length];
        long product = 1;
        for (int d = 0; d < dims.length; d++) {
            if (!(dims[d] instanceof PyInt))
                throw PyErr.format(PyExc.TypeError, "memoryview.cast(): elements of shape must be integers");
            long x = PyNumber.asSize(dims[d], PyExc.ValueError);
            if (x <= 0)
                throw PyErr.format(PyExc.ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            product = x > nbytes ? nbytes + 1L : Math.min(product * x, nbytes + 1L);
            shape[d] = (int) Math.min(x, Integer.MAX_VALUE);
        }
        if (product * size != nbytes)
            throw PyErr.format(PyExc.TypeError, "memoryview: product(shape) * itemsize != buffer size");
        return shape;
    }

    private static PyObject toList(PyObject o) {
        PyMemoryView m = self(o);
        return m.listOf(m.backing(), 0, m.start);
    }

    /** The items of dimension dim and below from byte off, nested one list per dimension. */
    private PyObject listOf(byte[] b, int dim, int off) {
        if (dim == shape.length) return item(b, off);
        PyList out = new PyList();
        for (int i = 0; i < shape[dim]; i++) out.append(listOf(b, dim + 1, off + i * strides[dim]));
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
        boolean eq = java.util.Arrays.equals(m.shape, other.shape) && (m.format == other.format
                ? java.util.Arrays.equals(m.toByteArray(), other.toByteArray())
                : Abstract.richCompareBool(toList(m), toList(other), Abstract.EQ));
        return PyBool.of(eq == (op == Abstract.EQ));
    }

    /** A getter that refuses released views. */
    private static void getter(String name, Slots.UnaryFunc get) {
        TYPE.addGetter(name, o -> {
            self(o).backing();
            return get.call(o);
        });
    }

    private static PyTuple ints(int[] values) {
        PyObject[] r = new PyObject[values.length];
        for (int i = 0; i < r.length; i++) r[i] = PyInt.of(values[i]);
        return PyTuple.of(r);
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
            PyMemoryView m = self(o);
            m.backing();
            return m.shape.length == 0 ? 1 : m.shape[0];
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
            PyMemoryView m = self(o);
            m.backing();
            if (m.shape.length == 0) throw zeroDim();
            if (m.shape.length > 1) throw notImplemented("multi-dimensional sub-views are not implemented");
            PyList items = (PyList) toList(o);
            return Iterators.over(MEMORY_ITER, items.toArray());
        };
        methods();
        getter("obj", o -> self(o).obj);
        getter("nbytes", o -> PyInt.of(self(o).count() * self(o).itemsize));
        getter("readonly", o -> PyBool.of(self(o).readonly));
        getter("itemsize", o -> PyInt.of(self(o).itemsize));
        getter("format", o -> PyStr.of(String.valueOf(self(o).format)));
        getter("ndim", o -> PyInt.of(self(o).shape.length));
        getter("shape", o -> ints(self(o).shape));
        getter("strides", o -> ints(self(o).strides));
        getter("suboffsets", o -> PyTuple.EMPTY);
        getter("contiguous", o -> PyBool.of(self(o).contiguous(true) || self(o).contiguous(false)));
        getter("c_contiguous", o -> PyBool.of(self(o).contiguous(true)));
        getter("f_contiguous", o -> PyBool.of(self(o).contiguous(false)));
        TYPE.ready();
    }

    private static void methods() {
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
    }
}
