package org.sanca.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The key under which the compiler de-duplicates constants: equal only for constants of the
 * same type and value, so 1, 1.0, True and 1+0j stay distinct, as do 0.0 and -0.0; code objects
 * are keyed by what their equality compares.
 * CPython: Objects/codeobject.c (_PyCode_ConstantKey).
 */
public final class ConstantKey {
    private ConstantKey() {}

    private record Str(PyStr s) {}
    private record Bytes(Blob b) {}
    private record Int(BigInteger v) {}
    private record SmallInt(long v) {}
    private record Bool(boolean v) {}
    private record Flt(long bits) {}
    private record Cpx(long re, long im) {}
    private record Tup(List<Object> items) {}
    private record Frozen(Set<Object> items) {}
    /** What code_richcompare compares: equal code objects are merged like other constants. */
    private record CodeFields(String name, int argcount, int posonly, int kwonly, int flags, int firstlineno,
                              Blob code, List<Object> consts, List<String> names, List<String> localsplus,
                              Blob linetable, Blob exceptiontable) {}

    /** Bytes compared by value, hashed with the JDK's vectorised array hash. */
    private static final class Blob {
        private final byte[] bytes;

        Blob(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Blob b && Arrays.equals(b.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    /** A code object's fields, hashed once (a module's code objects nest, and are looked up often). */
    private static final class Code {
        private final CodeFields fields;
        private final int hash;

        Code(CodeFields fields) {
            this.fields = fields;
            this.hash = fields.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Code c && c.hash == hash && c.fields.equals(fields);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** An object standing for op's identity (code objects and anything unknown). */
    private static final class Identity {
        private final Object o;

        Identity(Object o) {
            this.o = o;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    /** The key of a constant. */
    public static Object of(PyObject o) {
        if (o instanceof PyStr s) return new Str(s);
        if (o instanceof PyBool b) return new Bool(b.longValue() != 0);
        if (o instanceof PyInt i) return i.fitsLong() ? new SmallInt(i.longValue()) : new Int(i.bigValue());
        // NaN is not equal to itself: only the same object is the same constant.
        if (o instanceof PyFloat f) return Double.isNaN(f.value) ? new Identity(o) : new Flt(Double.doubleToLongBits(f.value));
        if (o instanceof PyComplex c) {
            if (Double.isNaN(c.real) || Double.isNaN(c.imag)) return new Identity(o);
            return new Cpx(Double.doubleToLongBits(c.real), Double.doubleToLongBits(c.imag));
        }
        if (o instanceof PyBytes b) return new Bytes(new Blob(b.toByteArray()));
        if (o instanceof PyTuple t) {
            List<Object> items = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) items.add(of(t.get(i)));
            return new Tup(items);
        }
        if (o instanceof PyFrozenSet fs) {
            Set<Object> items = new HashSet<>();
            for (PyObject x : fs.toArray()) items.add(of(x));
            return new Frozen(items);
        }
        if (o instanceof PyCode c) {
            return c.constantKey(ConstantKey::codeKey);
        }
        return o.getClass() == PyNone.class || o == Py.Ellipsis ? o : new Identity(o);
    }

    /** A code object's key: its fields, with nested constants by their keys; the hash computed once. */
    private static Object codeKey(PyCode c) {
        List<Object> consts = new ArrayList<>();
        for (PyObject k : c.getConsts()) consts.add(of(k));
        return new Code(new CodeFields(c.getName(), c.getArgcount(), c.getPosonlyargcount(), c.getKwonlyargcount(),
                c.getFlags(), c.getFirstlineno(), new Blob(c.codeUnits()), consts, List.of(c.getNames()),
                List.of(c.getLocalsplusnames()), new Blob(c.getLinetable()), new Blob(c.getExceptiontable())));
    }
}
