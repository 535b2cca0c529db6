package org.sanca.objects;

import java.math.BigInteger;

/**
 * Python's int: a long while the value fits, a BigInteger beyond; -5..256 cached.
 * CPython: Objects/longobject.c.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = new PyType("int");
    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = new PyInt(i - 5);
    }

    /** The value when big is null. */
    final long value;
    /** The value when it does not fit a long, else null. */
    final BigInteger big;

    PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        return v >= -5 && v <= 256 ? SMALL[(int) v + 5] : new PyInt(v);
    }

    public static PyInt of(BigInteger v) {
        return v.bitLength() < 64 ? of(v.longValue()) : new PyInt(v);
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
}
