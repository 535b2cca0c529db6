package org.sanca.objects;

/**
 * Python's complex: a pair of doubles.
 * CPython: Objects/complexobject.c.
 */
public class PyComplex extends PyObject {
    public static final PyType TYPE = new PyType("complex", PyType.OBJECT, PyType.BASETYPE);

    public final double real, imag;

    PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    public static PyComplex of(double real, double imag) {
        return new PyComplex(real, imag);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyComplex c && Double.doubleToRawLongBits(c.real) == Double.doubleToRawLongBits(real)
                && Double.doubleToRawLongBits(c.imag) == Double.doubleToRawLongBits(imag);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(real) * 31 + Double.hashCode(imag);
    }

    /** An instance of a Python subclass of complex. */
    static final class Derived extends PyComplex {
        final PyType type;
        PyDict dict;

        Derived(PyType type, double real, double imag) {
            super(real, imag);
            this.type = type;
            this.dict = type.instanceDict ? new PyDict() : null;
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
        ComplexOps.init(TYPE);
    }
}
