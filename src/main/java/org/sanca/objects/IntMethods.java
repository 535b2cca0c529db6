package org.sanca.objects;

import static org.sanca.objects.IntOps.self;

import java.math.BigInteger;

import org.sanca.objects.Slots.*;

/**
 * The methods and attributes of int: bit_length, to_bytes/from_bytes, __round__, __format__, real/imag, ...
 * CPython: Objects/longobject.c (long_methods, long_getset) and Objects/clinic/longobject.c.h.
 */
final class IntMethods {
    private IntMethods() {}

    private static PyObject round(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("__round__", k);
        Args.range("__round__", n, 0, 1);
        PyInt v = PyInt.exact(self(self));
        if (n == 0 || a[o] == Py.None) return v;
        PyInt nd = PyNumber.index(a[o]);
        if (nd.signum() >= 0) return v;
        if (!nd.fitsLong() || nd.longValue() < -4400) return PyInt.of(0);
        BigInteger pow = BigInteger.TEN.pow((int) -nd.longValue());
        BigInteger[] qr = IntOps.divmodBig(v.bigValue(), pow);
        int c = qr[1].shiftLeft(1).compareTo(pow);
        BigInteger q = qr[0];
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return PyInt.of(q.multiply(pow));
    }

    private static PyObject toBytes(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("to_bytes", a, o, n, k, new String[] {"length", "byteorder", "signed"}, 0, 2);
        long length = v[0] == null ? 1 : Args.ssize(v[0]);
        if (length < 0) throw PyErr.format(PyExc.ValueError, "length argument must be non-negative");
        if (length > Integer.MAX_VALUE - 8) throw PyErr.format(PyExc.MemoryError, "");
        boolean little = byteorder(v[1]);
        boolean signed = v[2] != null && Abstract.isTrue(v[2]);
        BigInteger x = self(self).bigValue();
        if (!signed && x.signum() < 0) throw PyErr.format(PyExc.OverflowError, "can't convert negative int to unsigned");
        int bits = signed && x.signum() != 0 ? x.bitLength() + 1 : x.bitLength();
        if (bits > length * 8) throw PyErr.format(PyExc.OverflowError, "int too big to convert");
        byte[] raw = x.toByteArray();
        byte[] out = new byte[(int) length];
        byte fill = (byte) (x.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = raw.length - 1 - i;
            out[(int) length - 1 - i] = src >= 0 ? raw[src] : fill;
        }
        if (little) reverse(out);
        return PyBytes.of(out);
    }

    private static boolean byteorder(PyObject o) {
        if (o == null) return false;
        String s = StrType.arg(o, "to_bytes() argument 'byteorder'").value;
        if (s.equals("little")) return true;
        if (s.equals("big")) return false;
        throw PyErr.format(PyExc.ValueError, "byteorder must be either 'little' or 'big'");
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }

    private static PyObject fromBytes(PyObject cls, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("from_bytes", a, o, n, k, new String[] {"bytes", "byteorder", "signed"}, 1, 2);
        byte[] b = BytesType.objectBytes(v[0]);
        boolean little = byteorder(v[1]);
        boolean signed = v[2] != null && Abstract.isTrue(v[2]);
        byte[] be = b.clone();
        if (little) reverse(be);
        BigInteger x = be.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(be) : new BigInteger(1, be);
        PyInt r = PyInt.of(x);
        return cls == PyInt.TYPE ? r : Abstract.call(cls, r);
    }

    private static PyObject ratio(PyObject self) {
        return PyTuple.of(PyInt.exact(self(self)), PyInt.of(1));
    }

    static void register(PyType t) {
        t.addMethod("bit_length", (MethNoArgs) s -> PyInt.of(self(s).bigValue().abs().bitLength()));
        t.addMethod("bit_count", (MethNoArgs) s -> PyInt.of(self(s).bigValue().abs().bitCount()));
        t.addMethod("to_bytes", (MethFast) IntMethods::toBytes);
        t.addClassMethod("from_bytes", IntMethods::fromBytes);
        t.addMethod("conjugate", (MethNoArgs) s -> PyInt.exact(self(s)));
        t.addMethod("as_integer_ratio", (MethNoArgs) IntMethods::ratio);
        t.addMethod("__round__", (MethFast) IntMethods::round);
        t.addMethod("__trunc__", (MethNoArgs) s -> PyInt.exact(self(s)));
        t.addMethod("__floor__", (MethNoArgs) s -> PyInt.exact(self(s)));
        t.addMethod("__ceil__", (MethNoArgs) s -> PyInt.exact(self(s)));
        t.addMethod("__getnewargs__", (MethNoArgs) s -> PyTuple.of(PyInt.exact(self(s))));
        t.addMethod("__format__", (MethO) (s, spec) -> FormatSpec.formatInt(self(s), StrType.arg(spec, "__format__() argument")));
        t.addMethod("__divmod__", (MethO) IntOps::divmod);
        t.addMethod("__rdivmod__", (MethO) (s, w) -> IntOps.divmod(w, s));
        t.addMethod("__sizeof__", (MethNoArgs) s -> PyInt.of(28 + 4 * (self(s).bigValue().bitLength() / 30)));
        t.addGetter("real", s -> PyInt.exact(self(s)));
        t.addGetter("imag", s -> PyInt.of(0));
        t.addGetter("numerator", s -> PyInt.exact(self(s)));
        t.addGetter("denominator", s -> PyInt.of(1));
    }
}
