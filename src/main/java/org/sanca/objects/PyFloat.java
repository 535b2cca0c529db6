package org.sanca.objects;

/**
 * Python's float, an IEEE 754 double.
 * CPython: Objects/floatobject.c.
 */
public class PyFloat extends PyObject {
    public static final PyType TYPE = new PyType("float", PyType.OBJECT, PyType.BASETYPE);

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

    /** An instance of a Python subclass of float. */
    static final class Derived extends PyFloat {
        final PyType type;
        PyDict dict;

        Derived(PyType type, double v) {
            super(v);
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
        FloatOps.init(TYPE);
    }
}
