package org.sanca.objects;

import java.math.BigInteger;

/**
 * Python's int: a long while the value fits, a BigInteger beyond; -5..256 cached.
 * CPython: Objects/longobject.c.
 */
public class PyInt extends PyObject {
    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = new PyInt(i - 5);
    }

    /** True and False, made before any type object so that bootstrapping never sees them null. */
    static final PyBool TRUE = PyBool.make(1), FALSE = PyBool.make(0);

    public static final PyType TYPE = new PyType("int", PyType.OBJECT, PyType.BASETYPE | PyType.LONG_SUBCLASS);

    /** The value when big is null. */
    final long value;
    /** The value when it does not fit a long, else null. */
    final BigInteger big;

    PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        return v >= -5 && v <= 256 ? SMALL[(int) v + 5] : new PyInt(v);
    }

    public static PyInt of(BigInteger v) {
        return v.bitLength() < 64 ? of(v.longValue()) : new PyInt(v);
    }

    /** The exact int with the value of i (for subclass instances). */
    static PyInt exact(PyInt i) {
        return i.big == null ? of(i.value) : of(i.big);
    }

    /** True when the value fits a long (then longValue() is exact). */
    public boolean fitsLong() {
        return big == null;
    }

    public long longValue() {
        return big == null ? value : big.longValue();
    }

    public BigInteger bigValue() {
        return big == null ? BigInteger.valueOf(value) : big;
    }

    /** Value equality with another int (no Python dispatch). */
    boolean sameValue(PyInt o) {
        return big == null ? o.big == null && value == o.value : big.equals(o.big);
    }

    public int signum() {
        return big == null ? Long.signum(value) : big.signum();
    }

    /** sys.get_int_max_str_digits(). */
    public static int maxStrDigits() {
        return IntOps.maxStrDigits;
    }

    /** sys.set_int_max_str_digits(n) after its checks; the compiler's literal limit follows. */
    public static void setMaxStrDigits(int n) {
        IntOps.maxStrDigits = n;
    }

    /** The value as a Java int, or OverflowError. */
    public int intValue() {
        if (big == null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) return (int) value;
        throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyInt i && !(o instanceof PyBool) == !(this instanceof PyBool) && bigValue().equals(i.bigValue());
    }

    @Override
    public int hashCode() {
        return big == null ? Long.hashCode(value) : big.hashCode();
    }

    @Override
    public String toString() {
        return big == null ? Long.toString(value) : big.toString();
    }

    /** An instance of a Python subclass of int. */
    static final class Derived extends PyInt {
        final PyType type;
        PyDict dict;

        Derived(PyType type, PyInt v) {
            super(v.big == null ? BigInteger.valueOf(v.value) : v.big);
            this.type = type;
            this.dict = type.instanceDict ? new PyDict() : null;
        }

        @Override
        public boolean fitsLong() {
            return false;
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

    static {
        IntOps.init(TYPE);
        PyBool.finishInit();
    }
}
