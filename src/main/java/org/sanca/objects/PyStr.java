package org.sanca.objects;

/**
 * Python's str: an immutable sequence of Unicode code points with O(1) indexing and a cached hash.
 * CPython: Objects/unicodeobject.c.
 *
 * <p>The text is a Java String; when it holds supplementary characters (surrogate pairs), an int[] of
 * code points is built on first indexing so that indexing stays O(1).
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = new PyType("str", PyType.OBJECT, PyType.BASETYPE | PyType.UNICODE_SUBCLASS);
    public static final PyStr EMPTY = new PyStr("");

    /** The text as UTF-16; a lone surrogate code point is one lone char. */
    final String value;
    /** PEP 393 kind: 0 unknown, 1 latin-1, 2 BMP, 4 has supplementary characters. */
    private byte kind;
    private boolean hashed;
    private long hash;
    /** Code points, built on demand when kind == 4. */
    private int[] cps;

    PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        return s.isEmpty() && EMPTY != null ? EMPTY : new PyStr(s);
    }

    /** The text as a Java String. */
    public String asString() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The PEP 393 kind: 1, 2 or 4 bytes per code point. */
    int kind() {
        byte k = kind;
        if (k == 0) {
            k = 1;
            String v = value;
            for (int i = 0, n = v.length(); i < n; i++) {
                char c = v.charAt(i);
                if (c > 0xff) {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
                        k = 4;
                        break;
                    }
                    k = 2;
                }
            }
            kind = k;
        }
        return k;
    }

    /** The number of code points (len()). */
    public int length() {
        return kind() == 4 ? codePoints().length : value.length();
    }

    /** The code points (shared; do not modify). */
    int[] codePoints() {
        int[] c = cps;
        if (c == null) cps = c = value.codePoints().toArray();
        return c;
    }

    /** The code point at index i (0 <= i < length()). */
    public int codePointAt(int i) {
        return kind() == 4 ? codePoints()[i] : value.charAt(i);
    }

    /** The substring of code points [start, end). */
    public String substring(int start, int end) {
        if (kind() != 4) return value.substring(start, end);
        return new String(codePoints(), start, end - start);
    }

    /** Java char offset of code point index i. */
    int charIndex(int i) {
        return kind() == 4 ? value.offsetByCodePoints(0, i) : i;
    }

    /** Code point index of Java char offset ci. */
    int cpIndex(int ci) {
        return kind() == 4 ? value.codePointCount(0, ci) : ci;
    }

    /** The str hash (SipHash-1-3, as CPython), cached. */
    public long hash() {
        if (!hashed) {
            hash = PyHash.hashString(value, kind());
            hashed = true;
        }
        return hash;
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

    /** Whether o is a str (or a subclass instance). */
    public static boolean check(PyObject o) {
        return o instanceof PyStr;
    }

    /** An instance of a Python subclass of str. */
    static final class Derived extends PyStr {
        final PyType type;
        PyDict dict;

        Derived(PyType type, String value) {
            super(value);
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
        StrType.init(TYPE);
    }
}
