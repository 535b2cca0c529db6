package org.sanca.objects;

import java.io.ByteArrayOutputStream;

import org.sanca.objects.Slots.*;

/**
 * The slots and methods of bytes and bytearray: construction, repr, comparison, indexing, hex, decode,
 * join, find, split, startswith.
 * CPython: Objects/bytesobject.c, Objects/bytearrayobject.c and Objects/bytes_methods.c.
 */
final class BytesType {
    private BytesType() {}

    static byte[] b(PyObject o) {
        return PyBytes.fromObject(o);
    }

    /** bytes repr: b'...' with CPython's quote choice and escapes. */
    static String repr(byte[] v, int n) {
        return repr(v, n, false);
    }

    /** bytearray's repr escapes every single quote, whichever quote it chose (bytearray_repr). */
    private static String repr(byte[] v, int n, boolean escapeSingle) {
        boolean sq = false, dq = false;
        for (int i = 0; i < n; i++) {
            if (v[i] == '\'') sq = true;
            if (v[i] == '"') dq = true;
        }
        char quote = sq && !dq ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (int i = 0; i < n; i++) {
            int c = v[i] & 0xff;
            if (c == quote || c == '\\' || (escapeSingle && c == '\'')) sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < ' ' || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }

    /** bytes(x) / bytearray(x) contents. */
    static byte[] fromSource(PyObject src, PyObject encoding, PyObject errors, String name) {
        if (src instanceof PyStr s) {
            if (encoding == null) throw PyErr.format(PyExc.TypeError, "string argument without an encoding");
            return Codecs.encode(s, StrType.arg(encoding, name + "() argument 'encoding'").value,
                    errors == null ? "strict" : StrType.arg(errors, name + "() argument 'errors'").value);
        }
        if (encoding != null) throw PyErr.format(PyExc.TypeError, "encoding without a string argument");
        if (src instanceof PyBytes || src instanceof PyByteArray || src instanceof PyMemoryView) return b(src).clone();
        if (PyNumber.isIndex(src)) {
            long n = PyNumber.asSize(src, PyExc.OverflowError);
            if (n < 0) throw PyErr.format(PyExc.ValueError, "negative count");
            return new byte[(int) n];
        }
        PyObject bytesMeth = name.equals("bytes") ? Abstract.lookupSpecial(src, PyStr.of("__bytes__")) : null;
        if (bytesMeth != null) {
            PyObject r = Abstract.call(bytesMeth);
            if (!(r instanceof PyBytes))
                throw PyErr.format(PyExc.TypeError, "__bytes__ returned non-bytes (type %.200s)", PyErr.typeName(r));
            return b(r);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject it;
        try {
            it = Abstract.getIter(src);
        } catch (PyException e) {
            throw PyErr.format(PyExc.TypeError, "cannot convert '%.200s' object to %s", PyErr.typeName(src), name);
        }
        String range = name.equals("bytes") ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
        for (PyObject x; (x = Abstract.next(it)) != null; ) out.write(byteValue(x, range));
        return out.toByteArray();
    }

    /**
     * PyObject_Bytes: bytes as they are, __bytes__, or a buffer or iterable of ints; str and int
     * are refused (what int.from_bytes takes).
     */
    static byte[] objectBytes(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyStr || (PyNumber.isIndex(o) && Abstract.lookupSpecial(o, PyStr.of("__bytes__")) == null)) {
            throw PyErr.format(PyExc.TypeError, "cannot convert '%.200s' object to bytes", PyErr.typeName(o));
        }
        return fromSource(o, null, null, "bytes");
    }

    static int byteValue(PyObject x) {
        return byteValue(x, "byte must be in range(0, 256)");
    }

    private static int byteValue(PyObject x, String rangeMessage) {
        if (!PyNumber.isIndex(x))
            throw PyErr.format(PyExc.TypeError, "'%.200s' object cannot be interpreted as an integer", PyErr.typeName(x));
        long v = PyNumber.asSize(x, null);
        if (v < 0 || v > 255) throw PyErr.format(PyExc.ValueError, "%s", rangeMessage);
        return (int) v;
    }

    private static int indexOf(byte[] h, int hn, byte[] n, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i + n.length <= to; i++) {
            for (int j = 0; j < n.length; j++) if (h[i + j] != n[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** bytes_contains's operand: an int, or a bytes-like object ("a bytes-like object is required"). */
    private static byte[] containsArg(PyObject o) {
        if (PyNumber.isIndex(o)) return new byte[] {(byte) byteValue(o)};
        return b(o);
    }

    private static byte[] subArg(PyObject o) {
        if (PyNumber.isIndex(o)) return new byte[] {(byte) byteValue(o)};
        if (!(o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView))
            throw PyErr.format(PyExc.TypeError, "argument should be integer or bytes-like object, not '%.200s'",
                    PyErr.typeName(o));
        return b(o);
    }

    /** find, rfind, index, rindex(sub[, start[, end]]): sub a bytes-like object or an int. */
    private static PyObject search(String name, PyObject self, PyObject[] a, int o, int n, PyTuple k, boolean last,
            boolean raise) {
        Args.noKeywords(BytesMethods.qual(self, name), k);
        StrMethods.findArity(name, n);
        byte[] h = b(self), sub = subArg(a[o]);
        int[] bd = bounds(h.length, n > 1 ? a[o + 1] : null, n > 2 ? a[o + 2] : null);
        int at = -1;
        if (!last) {
            at = indexOf(h, h.length, sub, bd[0], bd[1]);
        } else if (bd[0] <= h.length) {
            for (int i = bd[1] - sub.length; i >= bd[0] && at < 0; i--) {
                if (java.util.Arrays.equals(h, i, i + sub.length, sub, 0, sub.length)) at = i;
            }
        }
        if (at < 0 && raise) throw PyErr.format(PyExc.ValueError, "subsection not found");
        return PyInt.of(at);
    }

    /** count(sub[, start[, end]]): non-overlapping occurrences; an empty sub counts the gaps. */
    private static PyObject count(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(BytesMethods.qual(self, "count"), k);
        StrMethods.findArity("count", n);
        byte[] h = b(self), sub = subArg(a[o]);
        int[] bd = bounds(h.length, n > 1 ? a[o + 1] : null, n > 2 ? a[o + 2] : null);
        if (bd[1] - bd[0] < sub.length) return PyInt.of(0);
        if (sub.length == 0) return PyInt.of(bd[1] - bd[0] + 1);
        int c = 0;
        for (int i = bd[0]; (i = indexOf(h, h.length, sub, i, bd[1])) >= 0; i += sub.length) c++;
        return PyInt.of(c);
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /** hex(sep=None, bytes_per_sep=1) of bytes, bytearray and memoryview (CPython: Python/pystrhex.c). */
    static PyObject hexMethod(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("hex", a, o, n, k, new String[] {"sep", "bytes_per_sep"}, 0);
        byte[] b = PyBytes.fromObject(self);
        int per = v[1] == null ? 1 : IntOps.asCInt(v[1]);
        int sep = v[0] == null ? -1 : hexSep(v[0]);
        if (sep < 0) per = 0;
        int abs = Math.abs(per), len = b.length;
        StringBuilder sb = new StringBuilder(3 * len);
        for (int i = 0; i < len; i++) {
            if (per != 0 && i > 0 && (per > 0 ? (len - i) % abs == 0 : i % abs == 0)) sb.append((char) sep);
            sb.append((char) HEX[(b[i] >> 4) & 15]).append((char) HEX[b[i] & 15]);
        }
        return PyStr.of(sb.toString());
    }

    private static int hexSep(PyObject sep) {
        int len = Abstract.len(sep);
        if (len != 1) throw PyErr.format(PyExc.ValueError, "sep must be length 1.");
        int c;
        if (sep instanceof PyStr s) c = s.asString().codePointAt(0);
        else if (sep instanceof PyBytes bs) c = bs.value[0] & 0xff;
        else throw PyErr.format(PyExc.TypeError, "sep must be str or bytes.");
        if (c > 127) throw PyErr.format(PyExc.ValueError, "sep must be ASCII.");
        return c;
    }

    private static void common(PyType t, boolean mutable) {
        t.tp_richcompare = (v, w, op) -> {
            if (!(w instanceof PyBytes || w instanceof PyByteArray)) return Py.NotImplemented;
            int c = java.util.Arrays.compareUnsigned(b(v), b(w));
            return PyBool.of(FloatOps.test(c, op));
        };
        t.sq_length = o -> b(o).length;
        t.sq_contains = (o, x) -> indexOf(b(o), b(o).length, containsArg(x), 0, b(o).length) >= 0;
        t.addMethod("hex", BytesType::hexMethod);
        t.addMethod("decode", (MethFast) (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("decode", a, o, n, k, new String[] {"encoding", "errors"}, 0);
            return Codecs.decodeStr(b(s), v[0] == null ? "utf-8" : StrType.arg(v[0], "decode() argument 'encoding'").value,
                    v[1] == null ? "strict" : StrType.arg(v[1], "decode() argument 'errors'").value);
        });
        t.addMethod("find", (MethFast) (s, a, o, n, k) -> search("find", s, a, o, n, k, false, false));
        t.addMethod("rfind", (MethFast) (s, a, o, n, k) -> search("rfind", s, a, o, n, k, true, false));
        t.addMethod("index", (MethFast) (s, a, o, n, k) -> search("index", s, a, o, n, k, false, true));
        t.addMethod("rindex", (MethFast) (s, a, o, n, k) -> search("rindex", s, a, o, n, k, true, true));
        t.addMethod("count", (MethFast) BytesType::count);
        t.addMethod("startswith", (MethFast) (s, a, o, n, k) -> startsWithMethod("startswith", s, a, o, n, k, false));
        t.addMethod("endswith", (MethFast) (s, a, o, n, k) -> startsWithMethod("endswith", s, a, o, n, k, true));
        BytesMethods.register(t);
    }

    /** startswith/endswith(prefix[, start[, end]]), prefix a bytes-like object or a tuple of them. */
    private static PyObject startsWithMethod(String name, PyObject self, PyObject[] a, int o, int n, PyTuple k,
            boolean ends) {
        Args.noKeywords(BytesMethods.qual(self, name), k);
        StrMethods.findArity(name, n);
        byte[] h = b(self);
        int[] bd = bounds(h.length, n > 1 ? a[o + 1] : null, n > 2 ? a[o + 2] : null);
        if (bd[0] > h.length || bd[0] > bd[1]) return Py.False;
        byte[] part = java.util.Arrays.copyOfRange(h, bd[0], Math.max(bd[0], bd[1]));
        PyObject x = a[o];
        if (!(x instanceof PyTuple) && !(x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView))
            throw PyErr.format(PyExc.TypeError, "%s first arg must be bytes or a tuple of bytes, not %.100s", name,
                    PyErr.typeName(x));
        return PyBool.of(startsWith(part, x, ends));
    }

    private static boolean startsWith(byte[] h, PyObject x, boolean ends) {
        if (x instanceof PyTuple tup) {
            for (PyObject y : tup.items) if (startsWith(h, y, ends)) return true;
            return false;
        }
        byte[] p = b(x);
        if (p.length > h.length) return false;
        int off = ends ? h.length - p.length : 0;
        for (int i = 0; i < p.length; i++) if (h[off + i] != p[i]) return false;
        return true;
    }

    private static int[] bounds(int len, PyObject start, PyObject end) {
        long st = start == null || start == Py.None ? 0 : StrMethods.sliceIndex(start);
        long en = end == null || end == Py.None ? len : StrMethods.sliceIndex(end);
        if (en > len) en = len;
        else if (en < 0) en = Math.max(0, en + len);
        if (st < 0) st = Math.max(0, st + len);
        return new int[] {(int) Math.min(st, len + 1L), (int) en};
    }

    private static PyObject subscript(byte[] v, int n, PyObject key, boolean array) {
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(n);
            byte[] r = new byte[ix.length()];
            for (int i = 0, j = ix.start(); i < r.length; i++, j += ix.step()) r[i] = v[j];
            return array ? new PyByteArray(r) : PyBytes.of(r);
        }
        if (!PyNumber.isIndex(key))
            throw PyErr.format(PyExc.TypeError, "%s indices must be integers or slices, not %.200s",
                    array ? "bytearray" : "byte", PyErr.typeName(key));
        long i = PyNumber.asSize(key, PyExc.IndexError);
        if (i < 0) i += n;
        if (i < 0 || i >= n)
            throw PyErr.format(PyExc.IndexError, array ? "bytearray index out of range" : "index out of range");
        return PyInt.of(v[(int) i] & 0xff);
    }

    private static PyObject join(PyObject sep, PyObject iterable, boolean array) {
        byte[] s = b(sep);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject[] items = iterable instanceof PyList l ? l.toArray()
                : SeqOps.fast(iterable, "can only join an iterable");
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBytes || items[i] instanceof PyByteArray || items[i] instanceof PyMemoryView))
                throw PyErr.format(PyExc.TypeError, "sequence item %d: expected a bytes-like object, %.80s found", i,
                        PyErr.typeName(items[i]));
            if (i > 0) out.writeBytes(s);
            out.writeBytes(b(items[i]));
        }
        return array ? new PyByteArray(out.toByteArray()) : PyBytes.of(out.toByteArray());
    }

    static void init(PyType t) {
        common(t, false);
        t.tp_new = (type, a, o, n, k) -> {
            PyObject[] v = Args.parse("bytes", a, o, n, k, new String[] {"source", "encoding", "errors"}, 0);
            // bytes(b) of an exact bytes is b itself: bytes.__bytes__ returns it
            if (type == PyBytes.TYPE && v[0] != null && v[0].getClass() == PyBytes.class && v[1] == null && v[2] == null) {
                return v[0];
            }
            byte[] b = v[0] == null ? new byte[0] : fromSource(v[0], v[1], v[2], "bytes");
            return type == PyBytes.TYPE ? PyBytes.of(b) : new PyBytes.Derived(type, b);
        };
        t.tp_repr = o -> PyStr.of(repr(b(o), b(o).length));
        t.tp_str = t.tp_repr;
        t.tp_hash = o -> PyHash.hashBytes(b(o), b(o).length);
        t.mp_subscript = (o, k) -> subscript(b(o), b(o).length, k, false);
        t.sq_concat = (v, w) -> {
            if (!(w instanceof PyBytes || w instanceof PyByteArray || w instanceof PyMemoryView))
                throw PyErr.format(PyExc.TypeError, "can't concat %.100s to %.100s", PyErr.typeName(w), PyErr.typeName(v));
            byte[] x = b(v), y = b(w), r = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return PyBytes.of(r);
        };
        t.sq_repeat = (v, n) -> {
            byte[] x = b(v);
            return PyBytes.of(repeatBytes(x, n, true));
        };
        t.tp_iter = o -> new ByteIterator(BYTES_ITER, o);
        t.nb[PyNumber.REMAINDER] = (v, w) -> v instanceof PyBytes ? PercentFormat.formatBytes(b(v), w) : Py.NotImplemented;
        t.addMethod("join", (MethO) (s, x) -> join(s, x, false));
        t.addMethod("__getnewargs__", (MethNoArgs) s -> PyTuple.of(PyBytes.of(b(s).clone())));
        t.addMethod("__bytes__", (MethNoArgs) s -> s.getClass() == PyBytes.class ? s : PyBytes.of(b(s)));
        t.addClassMethod("fromhex", (c, a, o, n, k) -> fromHexMethod(c, a, o, n, k, PyBytes.of(new byte[0])));
        t.ready();
    }

    /** bytes.fromhex / bytearray.fromhex: subclasses get type(result) called on the result. */
    private static PyObject fromHexMethod(PyObject cls, PyObject[] a, int o, int n, PyTuple k, PyObject like) {
        Args.noKeywords(like instanceof PyByteArray ? "bytearray.fromhex" : "bytes.fromhex", k);
        Args.exactly("fromhex", n, 1);
        if (!(a[o] instanceof PyStr str))
            throw PyErr.format(PyExc.TypeError, "fromhex() argument must be str, not %.50s",
                    a[o] == Py.None ? "None" : PyErr.typeName(a[o]));
        byte[] b = fromHex(str.asString());
        PyObject r = like instanceof PyByteArray ? new PyByteArray(b) : PyBytes.of(b);
        return cls == like.type() ? r : Abstract.call(cls, r);
    }

    /** _PyBytes_FromHex: pairs of ASCII hex digits, ASCII whitespace allowed before each pair. */
    static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int len = s.length();
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) > 127)
                throw PyErr.format(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position %d",
                        s.codePointCount(0, i));
        }
        for (int i = 0; i < len; ) {
            if (BytesMethods.isSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int hi = hexDigit(s.charAt(i)), lo = i + 1 < len ? hexDigit(s.charAt(i + 1)) : -1;
            if (hi < 0 || lo < 0)
                throw PyErr.format(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position %d",
                        hi < 0 ? i : i + 1);
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static int hexDigit(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    /** PyNumber_Check: o converts to a number (has __index__, __int__ or __float__, or is complex). */
    private static boolean numberCheck(PyObject o) {
        PyType t = o.type();
        return t.nb_index != null || t.nb_int != null || t.nb_float != null || o instanceof PyComplex;
    }

    /** bytearray.extend(iterable_of_ints): a buffer's bytes, or the byte values an iterable yields. */
    private static PyObject extend(PyObject s, PyObject x) {
        PyByteArray ba = (PyByteArray) s;
        byte[] more;
        if (x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView) {
            more = b(x);
        } else {
            PyObject it;
            try {
                it = Abstract.getIter(x);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) throw e;
                throw PyErr.format(PyExc.TypeError, "can't extend bytearray with %.100s", PyErr.typeName(x));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (PyObject y; (y = Abstract.next(it)) != null; ) out.write(byteValue(y));
            more = out.toByteArray();
        }
        if (more.length > 0) ba.replace(ba.size, ba.size, more);
        return Py.None;
    }

    /** bytearray[k] = v and del bytearray[k], including slices and extended slices. */
    private static void assSubscript(PyObject o, PyObject k, PyObject v) {
        PyByteArray ba = (PyByteArray) o;
        if (!(k instanceof PySlice sl)) {
            if (!PyNumber.isIndex(k))
                throw PyErr.format(PyExc.TypeError, "bytearray indices must be integers or slices, not %.200s",
                        PyErr.typeName(k));
            int i = SeqOps.index(k, ba.size, "bytearray index out of range");
            if (v == null) ba.replace(i, i + 1, new byte[0]);
            else ba.data[i] = (byte) byteValue(v);
            return;
        }
        PySlice.Indices ix = sl.indices(ba.size);
        if (v != null && (numberCheck(v) || v instanceof PyStr))
            throw PyErr.format(PyExc.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        byte[] src = v == null ? new byte[0] : fromSource(v, null, null, "bytearray");
        if (ix.step() == 1) {
            ba.replace(ix.start(), Math.max(ix.start(), ix.stop()), src);
            return;
        }
        if (v == null) {
            boolean[] del = new boolean[ba.size];
            for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step()) del[j] = true;
            int w = 0;
            for (int i = 0; i < ba.size; i++) if (!del[i]) ba.data[w++] = ba.data[i];
            ba.resize(w);
            return;
        }
        if (src.length != ix.length())
            throw PyErr.format(PyExc.ValueError, "attempt to assign bytes of size %d to extended slice of size %d",
                    src.length, ix.length());
        for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step()) ba.data[j] = src[i];
    }

    static final PyType BYTES_ITER = Iterators.type("bytes_iterator", o -> ((ByteIterator) o).next(),
            o -> PyInt.of(((ByteIterator) o).remaining()), true);
    static final PyType BYTEARRAY_ITER = Iterators.type("bytearray_iterator", o -> ((ByteIterator) o).next(),
            o -> PyInt.of(((ByteIterator) o).remaining()), true);

    /** Iteration over bytes or (live) over a bytearray, as ints. */
    static final class ByteIterator extends PyObject implements Iterators.Reducible {
        final PyType type;
        /** The bytes or bytearray; null once exhausted. */
        PyObject seq;
        int i;

        ByteIterator(PyType type, PyObject seq) {
            this.type = type;
            this.seq = seq;
        }

        private int size() {
            return seq instanceof PyByteArray ba ? ba.size : ((PyBytes) seq).value.length;
        }

        PyObject next() {
            if (seq != null && i < size()) {
                byte[] v = seq instanceof PyByteArray ba ? ba.data : ((PyBytes) seq).value;
                return PyInt.of(v[i++] & 0xff);
            }
            seq = null;
            return null;
        }

        int remaining() {
            return seq == null ? 0 : Math.max(0, size() - i);
        }

        @Override
        public PyObject reduce() {
            return Iterators.reduceIter(seq, i, PyTuple.EMPTY);
        }

        @Override
        public void setState(long index) {
            if (seq != null) i = (int) Math.max(0, Math.min(index, size()));
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    /** x * count for bytes and bytearray, with CPython's overflow and memory errors. */
    private static byte[] repeatBytes(byte[] x, PyObject countObj, boolean bytes) {
        long c = Math.max(0, PyNumber.asSize(countObj, PyExc.OverflowError));
        if (c > 0 && x.length > Long.MAX_VALUE / c) {
            if (bytes) throw PyErr.format(PyExc.OverflowError, "repeated bytes are too long");
            throw PyErr.noMemory();
        }
        if (x.length * c > Integer.MAX_VALUE - 8) throw PyErr.noMemory();
        byte[] r = new byte[(int) (x.length * c)];
        for (int i = 0; i < c; i++) System.arraycopy(x, 0, r, i * x.length, x.length);
        return r;
    }

    /** bytearray's _common_reduce: (type, (latin-1 str, 'latin-1') or (bytes,), state). */
    private static PyObject reduceByteArray(PyObject self, int proto) {
        PyObject state = Abstract.call(Abstract.getAttr(self, "__getstate__"));
        PyByteArray ba = (PyByteArray) self;
        PyObject args;
        if (ba.size == 0) args = PyTuple.EMPTY;
        else if (proto < 3) args = PyTuple.of(PyStr.of(new String(ba.data, 0, ba.size,
                java.nio.charset.StandardCharsets.ISO_8859_1)), PyStr.of("latin-1"));
        else args = PyTuple.of(PyBytes.of(ba.toByteArray()));
        return PyTuple.of(self.type(), args, state);
    }

    static void initByteArray(PyType t) {
        common(t, true);
        t.tp_new = (type, a, o, n, k) -> type == PyByteArray.TYPE ? new PyByteArray() : new PyByteArray.Derived(type);
        t.tp_init = (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("bytearray", a, o, n, k, new String[] {"source", "encoding", "errors"}, 0);
            PyByteArray ba = (PyByteArray) s;
            byte[] src = v[0] == null ? new byte[0] : fromSource(v[0], v[1], v[2], "bytearray");
            ba.resize(0);
            if (v[0] == null || v[0] instanceof PyStr || v[0] instanceof PyBytes || v[0] instanceof PyByteArray
                    || v[0] instanceof PyMemoryView || v[0] instanceof PyList || v[0] instanceof PyTuple
                    || PyNumber.isIndex(v[0])) {
                ba.resize(src.length);
                System.arraycopy(src, 0, ba.data, 0, src.length);
            } else {
                for (byte x : src) ba.append(x);
            }
        };
        t.tp_repr = o -> PyStr.of(o.type().getName() + "(" + repr(((PyByteArray) o).data, ((PyByteArray) o).size, true) + ")");
        t.mp_subscript = (o, k) -> subscript(((PyByteArray) o).data, ((PyByteArray) o).size, k, true);
        t.mp_ass_subscript = BytesType::assSubscript;
        t.sq_length = o -> ((PyByteArray) o).size;
        t.tp_iter = o -> new ByteIterator(BYTEARRAY_ITER, o);
        t.nb[PyNumber.INPLACE + PyNumber.ADD] = (v, w) -> {
            if (!(w instanceof PyBytes || w instanceof PyByteArray || w instanceof PyMemoryView))
                throw PyErr.format(PyExc.TypeError, "can't concat %.100s to %.100s", PyErr.typeName(w), PyErr.typeName(v));
            PyByteArray ba = (PyByteArray) v;
            if (w == v && ba.size > 0)
                throw PyErr.format(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
            ba.replace(ba.size, ba.size, b(w));
            return v;
        };
        t.nb[PyNumber.INPLACE + PyNumber.MULTIPLY] = (v, w) -> {
            if (!PyNumber.isIndex(w)) return Py.NotImplemented;
            PyByteArray ba = (PyByteArray) v;
            long c = PyNumber.asSize(w, PyExc.OverflowError);
            if (c == 1) return v;
            int old = ba.size;
            if (c > 0 && old > Integer.MAX_VALUE / c) throw PyErr.raise(PyExc.MemoryError);
            ba.resize((int) (old * Math.max(0, c)));
            for (int i = 1; i < c; i++) System.arraycopy(ba.data, 0, ba.data, i * old, old);
            return v;
        };
        t.nb[PyNumber.REMAINDER] = (v, w) -> v instanceof PyByteArray
                ? new PyByteArray(b(PercentFormat.formatBytes(b(v), w))) : Py.NotImplemented;
        t.addMethod("__alloc__", (MethNoArgs) s -> PyInt.of(((PyByteArray) s).alloc));
        t.addClassMethod("fromhex", (c, a, o, n, k) -> fromHexMethod(c, a, o, n, k, new PyByteArray()));
        t.addMethod("__reduce__", (MethNoArgs) s -> reduceByteArray(s, 2));
        t.addMethod("__reduce_ex__", (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("__reduce_ex__", a, o, n, k, new String[] {"proto"}, 0);
            return reduceByteArray(s, v[0] == null ? 0 : IntOps.asCInt(v[0]));
        });
        t.addMethod("append", (MethO) (s, x) -> {
            ((PyByteArray) s).append(byteValue(x));
            return Py.None;
        });
        t.addMethod("extend", (MethO) BytesType::extend);
        t.addMethod("join", (MethO) (s, x) -> join(s, x, true));
        t.addMethod("pop", (MethFast) (s, a, o, n, k) -> {
            Args.range("pop", n, 0, 1);
            PyByteArray ba = (PyByteArray) s;
            if (ba.size == 0) throw PyErr.format(PyExc.IndexError, "pop from empty bytearray");
            int i = n == 0 ? ba.size - 1 : SeqOps.index(a[o], ba.size, "pop index out of range");
            int v = ba.data[i] & 0xff;
            ba.removeAt(i);
            return PyInt.of(v);
        });
        t.addMethod("insert", (MethFast) (s, a, o, n, k) -> {
            Args.exactly("insert", n, 2);
            PyByteArray ba = (PyByteArray) s;
            long i = PyNumber.asSize(a[o], null);
            if (i < 0) i = Math.max(0, i + ba.size);
            int at = (int) Math.min(i, ba.size);
            int x = byteValue(a[o + 1]);
            ba.resize(ba.size + 1);
            System.arraycopy(ba.data, at, ba.data, at + 1, ba.size - 1 - at);
            ba.data[at] = (byte) x;
            return Py.None;
        });
        t.addMethod("remove", (MethO) (s, x) -> {
            PyByteArray ba = (PyByteArray) s;
            int v = byteValue(x);
            for (int i = 0; i < ba.size; i++) {
                if ((ba.data[i] & 0xff) == v) {
                    ba.removeAt(i);
                    return Py.None;
                }
            }
            throw PyErr.format(PyExc.ValueError, "value not found in bytearray");
        });
        t.addMethod("clear", (MethNoArgs) s -> {
            ((PyByteArray) s).resize(0);
            return Py.None;
        });
        t.addMethod("copy", (MethNoArgs) s -> new PyByteArray(((PyByteArray) s).toByteArray()));
        t.addMethod("reverse", (MethNoArgs) s -> {
            PyByteArray ba = (PyByteArray) s;
            for (int i = 0, j = ba.size - 1; i < j; i++, j--) {
                byte tmp = ba.data[i];
                ba.data[i] = ba.data[j];
                ba.data[j] = tmp;
            }
            return Py.None;
        });
        t.sq_concat = (v, w) -> {
            if (!(w instanceof PyBytes || w instanceof PyByteArray || w instanceof PyMemoryView))
                throw PyErr.format(PyExc.TypeError, "can't concat %.100s to %.100s", PyErr.typeName(w), PyErr.typeName(v));
            byte[] x = b(v), y = b(w), r = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PyByteArray(r);
        };
        t.sq_repeat = (v, n) -> {
            byte[] x = b(v);
            return new PyByteArray(repeatBytes(x, n, false));
        };
        t.put("__hash__", PyNone.INSTANCE);
        t.ready();
    }
}
