package org.sanca.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * str as a sequence of code points that may be lone surrogates, even adjacent ones that UTF-16 would pair;
 * expected values from python3 (CPython 3.11.7).
 */
class StrSurrogatesTest {
    /** '\\ud834\\udd1e': two lone surrogates. */
    static final PyStr PAIR = PyStr.fromCodePoints(new int[] {0xd834, 0xdd1e}, 2);
    /** '\\U0001d11e': one supplementary character. */
    static final PyStr CLEF = PyStr.of(new String(Character.toChars(0x1d11e)));
    static final PyStr HIGH = PyStr.fromCodePoints(new int[] {0xd834}, 1);
    static final PyStr LOW = PyStr.fromCodePoints(new int[] {0xdd1e}, 1);

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static String repr(PyObject o) {
        return Abstract.repr(o).value;
    }

    static PyObject m(PyObject o, String name, PyObject... args) {
        return Abstract.callMethod(o, name, args);
    }

    @Test
    void lengthIndexingAndRepr() {
        assertEquals(2, PAIR.length());
        assertEquals(1, CLEF.length());
        assertEquals("'\\ud834\\udd1e'", repr(PAIR));
        assertEquals("'\ud834\udd1e'", repr(CLEF));
        assertEquals("'\\ud834'", repr(Abstract.getItem(PAIR, PyInt.of(0))));
        assertEquals("'\\udd1e'", repr(Abstract.getItem(PAIR, PyInt.of(1))));
        assertEquals("'\\udd1e\\ud834'", repr(Abstract.getItem(PAIR, new PySlice(Py.None, Py.None, PyInt.of(-1)))));
        assertEquals("'\\udd1e'", repr(Abstract.getItem(PAIR, new PySlice(PyInt.of(1), Py.None, Py.None))));
        assertEquals("['\\ud834', '\\udd1e']", repr(PyList.fromIterable(PAIR)));
    }

    @Test
    void equalityAndOrder() {
        assertNotEquals(PAIR, CLEF);
        assertEquals(Py.False, Abstract.richCompare(PAIR, CLEF, Abstract.EQ));
        assertEquals(Py.True, Abstract.richCompare(PAIR, CLEF, Abstract.LT));
        PyList l = new PyList(new PyObject[] {CLEF, PAIR, HIGH, s("\uffff")});
        m(l, "sort");
        assertEquals("['\\ud834', '\\ud834\\udd1e', '\\uffff', '\ud834\udd1e']", repr(l));
        PyDict d = new PyDict();
        Abstract.setItem(d, PAIR, PyInt.of(1));
        assertEquals(Py.None, m(d, "get", CLEF));
        assertEquals(PyInt.of(1).longValue(), ((PyInt) m(d, "get", PyNumber.add(HIGH, LOW))).longValue());
    }

    @Test
    void concatenationKeepsLoneSurrogatesApart() {
        PyObject c = PyNumber.add(HIGH, LOW);
        assertEquals(2, Abstract.len(c));
        assertEquals(PAIR, c);
        assertEquals("'\\ud834\\udd1e'", repr(c));
        PyObject r = PyNumber.multiply(PyNumber.add(LOW, HIGH), PyInt.of(2));
        assertEquals("'\\udd1e\\ud834\\udd1e\\ud834'", repr(r));
        assertEquals(4, Abstract.len(r));
        assertEquals("'\\ud834\\udd1e'", repr(m(s(""), "join", new PyList(new PyObject[] {HIGH, LOW}))));
        assertEquals("'\\ud834x\\udd1e'", repr(m(s("x"), "join", PyTuple.of(HIGH, LOW))));
        assertEquals("'\\ud834\\udd1e'", repr(PyNumber.remainder(s("%s%s"), PyTuple.of(HIGH, LOW))));
        assertEquals("'\\ud834\\udd1e'", repr(m(s("{}{}"), "format", HIGH, LOW)));
        assertEquals("'  \\ud834\\udd1e'", repr(Abstract.format(PAIR, s(">4"))));
        assertEquals("'\\ud834\\udd1e'", repr(m(HIGH, "ljust", PyInt.of(2), LOW)));
        assertEquals("'a\\ud834\\udd1e'", repr(m(PyNumber.add(s("a\ud834b"), LOW), "replace", s("b"), s(""))));
    }

    @Test
    void searching() {
        assertEquals(-1L, ((PyInt) m(CLEF, "find", LOW)).longValue());
        assertEquals(1L, ((PyInt) m(PAIR, "find", LOW)).longValue());
        assertEquals(false, Abstract.contains(CLEF, LOW));
        assertEquals(true, Abstract.contains(PAIR, LOW));
        assertEquals(2L, ((PyInt) m(PyNumber.add(PAIR, CLEF), "find", CLEF)).longValue());
        assertEquals("'a\\udd1e'", repr(m(PAIR, "replace", HIGH, s("a"))));
        assertEquals("['\\ud834', '\ud834\udd1e']", repr(m(PyNumber.add(PAIR, CLEF), "split", LOW)));
        assertEquals("('\\ud834', '\\udd1e', '')", repr(m(PAIR, "partition", LOW)));
        assertEquals(Py.True, m(PAIR, "startswith", HIGH));
        assertEquals(Py.False, m(CLEF, "startswith", HIGH));
        assertEquals("'\\ud834\\udd1e'", repr(m(PAIR, "upper")));
        assertEquals(Py.False, m(PAIR, "isprintable"));
    }

    @Test
    void encoding() {
        assertEquals("b'\\xed\\xa0\\xb4\\xed\\xb4\\x9e'", repr(m(PAIR, "encode", s("utf-8"), s("surrogatepass"))));
        assertEquals("b'\\\\ud834\\\\udd1e'", repr(m(PAIR, "encode", s("utf-8"), s("backslashreplace"))));
        PyStr esc = PyStr.fromCodePoints(new int[] {'a', 0xdc80, 0xdcff}, 3);
        assertEquals("b'a\\x80\\xff'", repr(m(esc, "encode", s("utf-8"), s("surrogateescape"))));
        PyException e = assertThrows(PyException.class, () -> m(PAIR, "encode"));
        assertEquals("'utf-8' codec can't encode characters in position 0-1: surrogates not allowed",
                Abstract.str(e.value).value);
        assertEquals(PAIR, Abstract.getAttr(e.value, s("object")));
    }

    @Test
    void ordinaryTextKeepsItsForm() {
        PyStr plain = PyStr.fromCodePoints(new int[] {'a', 0x1d11e, 0xd834}, 3);
        assertEquals(plain, PyStr.of("a\ud834\udd1e\ud834"));
        assertEquals(3, plain.length());
        assertSame(PyStr.class, PAIR.getClass());
    }

    @Test
    void reprOfArgumentsInFormats() {
        assertEquals("\"'\\\\ud834'\"", repr(PyNumber.remainder(s("%r"), PyTuple.of(HIGH))));
        PyObject f = m(s("{!r}{}"), "format", PAIR, LOW);
        assertEquals("\"'\\\\ud834\\\\udd1e'\\udd1e\"", repr(f));
        assertEquals(15, Abstract.len(f));
        assertEquals("'\\ud834\\udd1e'", Abstract.ascii(PAIR).value);
    }

    @Test
    void frontEndStandIns() {
        StringBuilder sb = new StringBuilder("a");
        sb.appendCodePoint(PyStr.standIn(0x1d11e)).append('b');
        sb.appendCodePoint(PyStr.standIn(0xd834)).appendCodePoint(PyStr.standIn(0xdd1e));
        PyStr v = PyStr.ofStandIns(sb.toString());
        assertEquals(5, v.length());
        assertEquals("'a\ud834\udd1eb\\ud834\\udd1e'", repr(v));
        assertEquals(0x41, PyStr.standIn(0x41));
        PyStr plain = PyStr.ofStandIns("x\ud834\udd1e");
        assertEquals(2, plain.length());
    }

    @Test
    void publicJoinConcatRepeat() {
        PyStr j = PyStr.joinArray(new PyObject[] {s("x"), HIGH, s(""), LOW, CLEF}, 1, 4);
        assertEquals(3, j.length());
        assertEquals("'\\ud834\\udd1e\ud834\udd1e'", repr(j));
        assertEquals("'a\ud834\udd1e'", repr(PyStr.joinArray(new PyObject[] {s("a"), CLEF}, 0, 2)));
        assertEquals(PAIR, HIGH.concat(LOW));
        assertEquals(4, LOW.concat(HIGH).repeat(2).length());
    }

    /** Prints the hashes, as python3 -c "print([hash(x) for x in [...]])" does. */
    public static void main(String[] args) {
        PyList out = new PyList();
        PyStr both = PyStr.fromCodePoints(new int[] {0xd834, 0xdd1e, 0x1d11e}, 3);
        for (PyObject s : new PyObject[] {PAIR, CLEF, HIGH, both, PyNumber.add(s("a"), s("\udc80"))})
            out.append(PyInt.of(Abstract.hash(s)));
        System.out.println(Abstract.repr(out).value);
    }

    @Test
    void hashesAsCPython() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StrSurrogatesTest.class.getName());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        assertEquals("[-3392444451742937507, 7849220833259879855, -6996891841295351101, -3603044865928502140, "
                + "764621704099939125]", out);
    }
}
