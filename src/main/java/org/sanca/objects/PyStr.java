package org.sanca.objects;

/**
 * Python's str: a sequence of Unicode code points.
 * CPython: Objects/unicodeobject.c.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = new PyType("str");

    /** The text as UTF-16; a lone surrogate code point is one lone char. */
    final String value;

    PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        return new PyStr(s);
    }

    /** The text as a Java String. */
    public String asString() {
        return value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
