package org.sanca.objects;

/**
 * Python's float, an IEEE 754 double.
 * CPython: Objects/floatobject.c.
 */
public class PyFloat extends PyObject {
    public static final PyType TYPE = new PyType("float");

    public final double value;

    PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyFloat f && Double.doubleToRawLongBits(f.value) == Double.doubleToRawLongBits(value);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }
}
