package org.sanca.objects;

/**
 * Python's str: an immutable sequence of Unicode code points with O(1) indexing and a cached hash.
 * CPython: Objects/unicodeobject.c.
 *
 * <p>The text is a Java String; when it holds supplementary characters (surrogate pairs), an int[] of
 * code points is built on first indexing so that indexing stays O(1). A str whose code points include a
 * high surrogate directly followed by a low one ('\\ud834\\udd1e', length 2, not '\\U0001d11e') is held in
 * the unpaired form: its int[] of code points is the truth from construction on (see
 * {@link #fromCodePoints}, and {@link StrSurrogates} for how the String-based methods serve it).
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = new PyType("str", PyType.OBJECT, PyType.BASETYPE | PyType.UNICODE_SUBCLASS);
    public static final PyStr EMPTY = new PyStr("");

    /**
     * The text as UTF-16; a lone surrogate code point is one lone char. When {@link #unpaired} is set, two
     * adjacent surrogate chars here may be two code points, and {@link #cps} is the truth.
     */
    final String value;
    /**
     * Set for the rare str whose code points include a high surrogate directly followed by a low surrogate
     * (e.g. '\\ud834\\udd1e', length 2): UTF-16 cannot tell it from a supplementary character, so cps
     * (fixed at construction) holds the code points and value only mirrors them.
     */
    private final boolean unpaired;
    /** PEP 393 kind: 0 unknown, 1 latin-1, 2 BMP, 4 has supplementary characters. */
    private byte kind;
    /** Whether the text holds a surrogate code point (valid once kind is known). */
    private boolean surrogates;
    /** Whether some code point is past ASCII (set with kind). */
    private boolean nonAscii;
    private boolean hashed;
    private long hash;
    /** Code points, built on demand when kind == 4 (always present when unpaired). */
    private int[] cps;

    PyStr(String value) {
        this.value = value;
        this.unpaired = false;
    }

    /** A str whose code points are cps (already checked to need the unpaired form). */
    private PyStr(int[] cps) {
        this.value = new String(cps, 0, cps.length);
        this.unpaired = true;
        this.cps = cps;
        this.surrogates = true;
        int max = 0;
        for (int c : cps) max = Math.max(max, c);
        this.kind = (byte) (max > 0xffff ? 4 : 2);
    }

    /** Copy of s's text with the same code points (for a subclass instance). */
    PyStr(PyStr s) {
        this.value = s.value;
        this.unpaired = s.unpaired;
        this.cps = s.unpaired ? s.cps : null;
        this.kind = s.unpaired ? s.kind : 0;
        this.surrogates = s.unpaired;
    }

    private static final java.util.Map<String, PyStr> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

    /** sys.intern: the one interned str with s's text (s itself when it is the first). */
    public static PyStr intern(PyStr s) {
        return INTERNED.computeIfAbsent(s.asString(), key -> s);
    }

    /**
     * The interned str of an identifier: code objects' names are interned, as CPython interns
     * them, so attribute and global lookups mostly find their keys by identity.
     */
    public static PyStr intern(String s) {
        PyStr v = INTERNED.get(s);
        return v != null ? v : intern(of(s));
    }

    /** A Java String as str: its surrogate pairs are supplementary characters, lone surrogates stay lone. */
    public static PyStr of(String s) {
        return s.isEmpty() && EMPTY != null ? EMPTY : new PyStr(s);
    }

    /**
     * The str of code points cps[0..n): each int is one code point, so 0xD834 followed by 0xDD1E stays two
     * lone surrogates (as the escapes '\\ud834\\udd1e' give), never one supplementary character.
     */
    public static PyStr fromCodePoints(int[] cps, int n) {
        for (int i = 0; i + 1 < n; i++) {
            if (Character.isHighSurrogate((char) cps[i]) && cps[i] <= 0xffff
                    && Character.isLowSurrogate((char) cps[i + 1]) && cps[i + 1] <= 0xffff)
                return new PyStr(java.util.Arrays.copyOf(cps, n));
        }
        return of(new String(cps, 0, n));
    }

    /**
     * The code point a text builder should append for code point cp when the text will become a str through
     * {@link #ofStandIns}: a surrogate (U+D800..U+DFFF, as from the escape '\\ud834') becomes its stand-in, a
     * supplementary character that never pairs with a neighbour; any other code point is itself.
     */
    public static int standIn(int cp) {
        return cp >= 0xd800 && cp <= 0xdfff ? cp - 0xd800 + StrSurrogates.BASE : cp;
    }

    /**
     * The str of Java text written with {@link #standIn}: its stand-ins become lone surrogate code points,
     * which stay apart ('\\ud834\\udd1e' has length 2); its surrogate pairs are supplementary characters.
     */
    public static PyStr ofStandIns(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == 0xdb76 || c == 0xdb77) return (PyStr) StrSurrogates.back(of(text));
        }
        return of(text);
    }

    /** this + b (PyUnicode_Concat): lone surrogates meeting at the seam stay two code points. */
    public PyStr concat(PyStr b) {
        return StrType.concat(this, b);
    }

    /** this * count for count >= 0; OverflowError when too long. */
    public PyStr repeat(int count) {
        return (PyStr) StrType.repeat(this, PyInt.of(count));
    }

    /**
     * The concatenation of the strs items[from, from + n) (_PyUnicode_JoinArray with an empty separator, as
     * BUILD_STRING needs): lone surrogates meeting at a seam stay two code points.
     */
    public static PyStr joinArray(PyObject[] items, int from, int n) {
        StringBuilder sb = new StringBuilder();
        char last = 0;
        for (int i = from; i < from + n; i++) {
            PyStr s = (PyStr) items[i];
            if (s.value.isEmpty()) continue;
            if (s.unpaired || Character.isHighSurrogate(last) && Character.isLowSurrogate(s.value.charAt(0)))
                return joinCodePoints(items, from, n);
            sb.append(s.value);
            last = s.value.charAt(s.value.length() - 1);
        }
        return of(sb.toString());
    }

    private static PyStr joinCodePoints(PyObject[] items, int from, int n) {
        int len = 0;
        for (int i = from; i < from + n; i++) len += ((PyStr) items[i]).length();
        int[] cps = new int[len];
        for (int i = from, j = 0; i < from + n; i++) {
            int[] c = ((PyStr) items[i]).codePoints();
            System.arraycopy(c, 0, cps, j, c.length);
            j += c.length;
        }
        return fromCodePoints(cps, len);
    }

    /** The text as a Java String (for a str with adjacent lone surrogates, they read as a pair). */
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
            boolean sur = false;
            boolean wide = false;
            for (int i = 0, n = v.length(); i < n; i++) {
                char c = v.charAt(i);
                if (c >= 0x80) wide = true;
                if (c > 0xff) {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
                        k = 4;
                        i++;
                    } else {
                        if (Character.isSurrogate(c)) sur = true;
                        if (k < 2) k = 2;
                    }
                }
            }
            surrogates = sur;
            nonAscii = wide;
            kind = k;
        }
        return k;
    }

    /** Whether every code point is ASCII. */
    boolean isAscii() {
        kind();
        return !nonAscii;
    }

    /** The order of two strs by code point: negative, zero or positive. */
    public static int compare(PyStr a, PyStr b) {
        return StrType.compareStr(a, b);
    }

    /** str + str (BINARY_OP_ADD_UNICODE's concatenation). */
    public static PyStr concat(PyStr a, PyStr b) {
        return StrType.concat(a, b);
    }

    /** Whether some code point is a surrogate (U+D800..U+DFFF): such text needs care when joined. */
    boolean hasSurrogates() {
        kind();
        return surrogates;
    }

    /** Whether value's chars and the code points differ (supplementary characters, or the unpaired form). */
    private boolean wide() {
        return unpaired || kind() == 4;
    }

    /** Whether this str is in the unpaired form (adjacent lone surrogates that UTF-16 would pair). */
    boolean isUnpaired() {
        return unpaired;
    }

    /** The number of code points (len()). */
    public int length() {
        return wide() ? codePoints().length : value.length();
    }

    /** The code points (shared; do not modify). */
    int[] codePoints() {
        int[] c = cps;
        if (c == null) cps = c = value.codePoints().toArray();
        return c;
    }

    /** The code point at index i (0 <= i < length()). */
    public int codePointAt(int i) {
        return wide() ? codePoints()[i] : value.charAt(i);
    }

    /** The substring of code points [start, end) as Java text (see asString for the unpaired form). */
    public String substring(int start, int end) {
        if (!wide()) return value.substring(start, end);
        return new String(codePoints(), start, end - start);
    }

    /** The str of code points [start, end). */
    PyStr slice(int start, int end) {
        if (!unpaired) return of(substring(start, end));
        return fromCodePoints(java.util.Arrays.copyOfRange(cps, start, end), end - start);
    }

    /** Java char offset of code point index i. */
    int charIndex(int i) {
        if (!wide()) return i;
        if (!unpaired) return value.offsetByCodePoints(0, i);
        int ci = 0;
        for (int j = 0; j < i; j++) ci += Character.charCount(cps[j]);
        return ci;
    }

    /** Code point index of Java char offset ci. */
    int cpIndex(int ci) {
        if (!wide()) return ci;
        if (!unpaired) return value.codePointCount(0, ci);
        int i = 0;
        for (int c = 0; c < ci; i++) c += Character.charCount(cps[i]);
        return i;
    }

    /** The str hash (SipHash-1-3 over the PEP 393 representation, as CPython), cached. */
    public long hash() {
        if (!hashed) {
            hash = unpaired ? PyHash.hashCodePoints(cps, kind) : PyHash.hashString(value, kind());
            hashed = true;
        }
        return hash;
    }

    /** Whether the two strs hold the same code points. */
    boolean sameText(PyStr s) {
        if (unpaired != s.unpaired) return false;
        return unpaired ? java.util.Arrays.equals(cps, s.cps) : value.equals(s.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && sameText(s);
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

        Derived(PyType type, PyStr value) {
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
