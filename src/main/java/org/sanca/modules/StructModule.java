package org.sanca.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyByteArray;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyMemoryView;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PySlice;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.TypeObject;
import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.Slots.MethO;

/**
 * The _struct module: the Struct type, its unpack iterator, struct.error, and the module functions
 * (pack, unpack, calcsize, pack_into, unpack_from, iter_unpack) over a cache of compiled formats.
 * CPython: Modules/_struct.c.
 */
public final class StructModule {
    private StructModule() {}

    static final PyType ERROR;
    static final PyType STRUCT = new PyType("_struct.Struct", PyType.BASETYPE);
    static final PyType UNPACK_ITERATOR = new PyType("_struct.unpack_iterator", 0);
    private static final int MAXCACHE = 100;
    private static final Map<String, StructObject> CACHE = new LinkedHashMap<>();

    /** A Struct: its compiled format (null until __init__ ran). */
    static final class StructObject extends PyObject {
        final PyType type;
        private PyDict dict;
        StructFormat format;

        StructObject(PyType type) {
            this.type = type;
            if (type.hasInstanceDict()) dict = new PyDict();
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    /** iter_unpack's iterator: the format, the buffer and the next offset. */
    static final class UnpackIterator extends PyObject {
        final StructFormat format;
        final byte[] buffer;
        int offset;

        UnpackIterator(StructFormat format, byte[] buffer) {
            this.format = format;
            this.buffer = buffer;
        }

        @Override
        public PyType type() {
            return UNPACK_ITERATOR;
        }
    }

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("struct"));
        ERROR = TypeObject.newType("error", PyTuple.of(PyExc.Exception), ns);
        initStruct(STRUCT);
        UNPACK_ITERATOR.tp_iter = o -> o;
        UNPACK_ITERATOR.tp_iternext = StructModule::nextUnpacked;
        UNPACK_ITERATOR.addMethod("__length_hint__", (MethNoArgs) o -> {
            UnpackIterator it = (UnpackIterator) o;
            return PyInt.of((it.buffer.length - it.offset) / it.format.size);
        });
        UNPACK_ITERATOR.ready();
    }

    private static void initStruct(PyType t) {
        t.tp_new = (type, a, o, n, k) -> new StructObject(type);
        t.tp_init = (s, a, o, n, k) -> {
            PyObject[] p = Args.parse("Struct", a, o, n, k, new String[] {"format"}, 1);
            ((StructObject) s).format = compile(p[0]);
        };
        t.addGetter("format", s -> PyStr.of(fmt(s).format));
        t.addGetter("size", s -> PyInt.of(fmt(s).size));
        t.addMethod("pack", (MethFast) (s, a, o, n, k) -> {
            Args.noKeywords("pack", k);
            return pack(fmt(s), a, o, n);
        });
        t.addMethod("pack_into", (MethFast) (s, a, o, n, k) -> {
            Args.noKeywords("pack_into", k);
            return packInto(fmt(s), a, o, n);
        });
        t.addMethod("unpack", (MethO) (s, b) -> unpack(fmt(s), b));
        t.addMethod("unpack_from", (MethFast) (s, a, o, n, k) -> {
            PyObject[] p = Args.parse("unpack_from", a, o, n, k, new String[] {"buffer", "offset"}, 1);
            return unpackFrom(fmt(s), p[0], p[1]);
        });
        t.addMethod("iter_unpack", (MethO) (s, b) -> iterUnpack(fmt(s), b));
        t.addMethod("__sizeof__", (MethNoArgs) s -> PyInt.of(72 + 32L * fmt(s).codes.length));
        t.put("__doc__", PyStr.of("Struct(format)\n--\n\nCreate a compiled struct object.\n\n"
            + "Return a new Struct object which writes and reads binary data according to\n"
            + "the format string.\n\nSee help(struct) for more on format strings."));
        t.ready();
    }

    private static StructFormat fmt(PyObject s) {
        StructFormat f = ((StructObject) s).format;
        if (f == null) throw PyErr.format(PyExc.ValueError, "Struct object not initialised");
        return f;
    }

    /** The format of a str or bytes object, compiled. */
    private static StructFormat compile(PyObject format) {
        if (format instanceof PyStr s) {
            String v = s.asString();
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) > 127) Abstract.callMethod(format, "encode", PyStr.of("ascii"));
            }
            return StructFormat.compile(v);
        }
        if (format instanceof PyBytes) {
            return StructFormat.compile(new String(PyBytes.fromObject(format), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        throw PyErr.format(PyExc.TypeError, "Struct() argument 1 must be a str or bytes object, not %.200s",
            PyErr.typeName(format));
    }

    /** cache_struct_converter: the cached Struct of a format, made (and cached) on first use. */
    private static StructFormat cached(PyObject format) {
        String key = format instanceof PyStr s ? "s" + s.asString()
            : format instanceof PyBytes ? "b" + new String(PyBytes.fromObject(format), java.nio.charset.StandardCharsets.ISO_8859_1)
            : null;
        StructObject so = key == null ? null : CACHE.get(key);
        if (so != null) return so.format;
        so = new StructObject(STRUCT);
        so.format = compile(format);
        if (CACHE.size() >= MAXCACHE) CACHE.clear();
        CACHE.put(key, so);
        return so.format;
    }

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("error"), ERROR);
        d.setItem(PyStr.of("Struct"), STRUCT);
        d.setItem(PyStr.of("__doc__"), PyStr.of(DOC));
        BuiltinsModule.def(m, d, "_struct", "pack", (s, a, o, n, k) -> {
            Args.noKeywords("pack", k);
            if (n == 0) throw PyErr.format(PyExc.TypeError, "missing format argument");
            return pack(cached(a[o]), a, o + 1, n - 1);
        });
        BuiltinsModule.def(m, d, "_struct", "pack_into", (s, a, o, n, k) -> {
            Args.noKeywords("pack_into", k);
            if (n == 0) throw PyErr.format(PyExc.TypeError, "missing format argument");
            return packInto(cached(a[o]), a, o + 1, n - 1);
        });
        BuiltinsModule.def(m, d, "_struct", "unpack", (s, a, o, n, k) -> {
            BuiltinsModule.two("unpack", n, k);
            return unpack(cached(a[o]), a[o + 1]);
        });
        BuiltinsModule.def(m, d, "_struct", "unpack_from", (s, a, o, n, k) -> {
            if (n == 0) throw PyErr.format(PyExc.TypeError, "unpack_from() missing required argument 'format' (pos 1)");
            PyObject[] p = Args.parse("unpack_from", a, o + 1, n - 1, k, new String[] {"buffer", "offset"}, 1);
            return unpackFrom(cached(a[o]), p[0], p[1]);
        });
        BuiltinsModule.def(m, d, "_struct", "iter_unpack", (s, a, o, n, k) -> {
            BuiltinsModule.two("iter_unpack", n, k);
            return iterUnpack(cached(a[o]), a[o + 1]);
        });
        BuiltinsModule.def(m, d, "_struct", "calcsize", (s, a, o, n, k) ->
            PyInt.of(cached(BuiltinsModule.one("calcsize", a, o, n, k)).size));
        BuiltinsModule.def(m, d, "_struct", "_clearcache", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("_clearcache", n, k);
            CACHE.clear();
            return Py.None;
        });
        return m;
    }

    private static byte[] packed(StructFormat f, PyObject[] a, int o, int n, String what) {
        if (n != f.len) {
            throw PyErr.format(ERROR, "%s expected %d items for packing (got %d)", what, f.len, n);
        }
        if (f.size > Integer.MAX_VALUE - 8) throw PyErr.format(PyExc.MemoryError, "");
        byte[] buf = new byte[(int) f.size];
        f.pack(buf, 0, a, o);
        return buf;
    }

    private static PyObject pack(StructFormat f, PyObject[] a, int o, int n) {
        return PyBytes.of(packed(f, a, o, n, "pack"));
    }

    /** pack_into(buffer, offset, *values): negative offsets count from the end. */
    private static PyObject packInto(StructFormat f, PyObject[] a, int o, int n) {
        if (n != f.len + 2) {
            if (n == 0) throw PyErr.format(ERROR, "pack_into expected buffer argument");
            if (n == 1) throw PyErr.format(ERROR, "pack_into expected offset argument");
            throw PyErr.format(ERROR, "pack_into expected %d items for packing (got %d)", f.len, n - 2);
        }
        PyObject target = writable(a[o]);
        long len = target instanceof PyByteArray ? Abstract.len(target)
            : PyNumber.asSize(Abstract.getAttr(target, "nbytes"), PyExc.OverflowError);
        long offset = PyNumber.asSize(a[o + 1], PyExc.IndexError);
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw PyErr.format(ERROR, "no space to pack %d bytes at offset %d", f.size, offset);
            }
            if (offset + len < 0) throw PyErr.format(ERROR, "offset %d out of range for %d-byte buffer", offset, len);
            offset += len;
        }
        if (len - offset < f.size) {
            throw PyErr.format(ERROR, "pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                + "offset %d (actual buffer size is %d)", f.size + offset, f.size, offset, len);
        }
        byte[] buf = packed(f, a, o + 2, n - 2, "pack_into");
        Abstract.setItem(target, new PySlice(PyInt.of(offset), PyInt.of(offset + f.size), Py.None), PyBytes.of(buf));
        return Py.None;
    }

    /** A read-write buffer: a bytearray, or a writable memoryview seen as bytes. */
    private static PyObject writable(PyObject b) {
        if (b instanceof PyByteArray) return b;
        if (b instanceof PyMemoryView && !Abstract.isTrue(Abstract.getAttr(b, "readonly"))) {
            return Abstract.callMethod(b, "cast", PyStr.of("B"));
        }
        throw PyErr.format(PyExc.TypeError, "argument must be read-write bytes-like object, not %.100s",
            PyErr.typeName(b));
    }

    private static PyObject unpack(StructFormat f, PyObject buffer) {
        byte[] b = PyBytes.fromObject(buffer);
        if (b.length != f.size) throw PyErr.format(ERROR, "unpack requires a buffer of %d bytes", f.size);
        return PyTuple.of(f.unpack(b, 0));
    }

    private static PyObject unpackFrom(StructFormat f, PyObject buffer, PyObject off) {
        byte[] b = PyBytes.fromObject(buffer);
        long offset = off == null ? 0 : PyNumber.asSize(off, PyExc.OverflowError);
        long len = b.length;
        if (offset < 0) {
            if (offset + len < 0) throw PyErr.format(ERROR, "offset %d out of range for %d-byte buffer", offset, len);
            offset += len;
        }
        if (len - offset < f.size) {
            throw PyErr.format(ERROR, "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at "
                + "offset %d (actual buffer size is %d)", f.size + offset, f.size, offset, len);
        }
        return PyTuple.of(f.unpack(b, (int) offset));
    }

    private static PyObject iterUnpack(StructFormat f, PyObject buffer) {
        if (f.size == 0) throw PyErr.format(ERROR, "cannot iteratively unpack with a struct of length 0");
        byte[] b = PyBytes.fromObject(buffer);
        if (b.length % f.size != 0) {
            throw PyErr.format(ERROR, "iterative unpacking requires a buffer of a multiple of %d bytes", f.size);
        }
        return new UnpackIterator(f, b);
    }

    private static PyObject nextUnpacked(PyObject o) {
        UnpackIterator it = (UnpackIterator) o;
        if (it.offset >= it.buffer.length) return null;
        PyObject r = PyTuple.of(it.format.unpack(it.buffer, it.offset));
        it.offset += (int) it.format.size;
        return r;
    }

    private static final String DOC = """
        Functions to convert between Python values and C structs.
        Python bytes objects are used to hold the data representing the C struct
        and also as format strings (explained below) to describe the layout of data
        in the C struct.

        The optional first format char indicates byte order, size and alignment:
          @: native order, size & alignment (default)
          =: native order, std. size & alignment
          <: little-endian, std. size & alignment
          >: big-endian, std. size & alignment
          !: same as >

        The remaining chars indicate types of args and must match exactly;
        these can be preceded by a decimal repeat count:
          x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
          ?: _Bool (requires C99; if not available, char is used instead)
          h:short; H:unsigned short; i:int; I:unsigned int;
          l:long; L:unsigned long; f:float; d:double; e:half-float.
        Special cases (preceding decimal count indicates length):
          s:string (array of char); p: pascal string (with count byte).
        Special cases (only available in native format):
          n:ssize_t; N:size_t;
          P:an integer type that is wide enough to hold a pointer.
        Special case (not in native mode unless 'long long' in platform C):
          q:long long; Q:unsigned long long
        Whitespace between formats is ignored.

        The variable struct.error is an exception raised on errors.
        """;
}
