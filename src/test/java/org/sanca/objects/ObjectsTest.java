package org.sanca.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** Core behaviour of the builtin types, checked against CPython 3.11's results. */
class ObjectsTest {
    static PyObject i(long v) {
        return PyInt.of(v);
    }

    static PyObject big(String v) {
        return PyInt.of(new BigInteger(v));
    }

    static PyObject f(double v) {
        return PyFloat.of(v);
    }

    static PyObject s(String v) {
        return PyStr.of(v);
    }

    static PyObject t(PyObject... items) {
        return PyTuple.of(items);
    }

    static PyObject l(PyObject... items) {
        return new PyList(items.clone());
    }

    static String repr(PyObject o) {
        return Abstract.repr(o).value;
    }

    static String str(PyObject o) {
        return Abstract.str(o).value;
    }

    static PyObject m(PyObject o, String name, PyObject... args) {
        return Abstract.callMethod(o, name, args);
    }

    static String err(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.getMessage();
    }

    @Test
    void tupleAndIntHashes() {
        assertEquals(-3550055125485641917L, Abstract.hash(t(i(1), i(2))));
        assertEquals(7267574591690527098L, Abstract.hash(t(i(1), t(i(2), i(3)))));
        assertEquals(5740354900026072187L, Abstract.hash(PyTuple.EMPTY));
        assertEquals(0L, Abstract.hash(big("2305843009213693951")));
        assertEquals(1L, Abstract.hash(big("2305843009213693952")));
        assertEquals(-2L, Abstract.hash(i(-1)));
        assertEquals(-4L, Abstract.hash(i(Long.MIN_VALUE)));
        assertEquals(465258685558744706L, Abstract.hash(big("1000000000000000000000000000000")));
        assertEquals(-465258685558744706L, Abstract.hash(big("-1000000000000000000000000000000")));
    }

    @Test
    void floatAndOtherHashes() {
        assertEquals(1152921504606846977L, Abstract.hash(f(1.5)));
        assertEquals(-1152921504606846976L, Abstract.hash(f(-0.5)));
        assertEquals(1224995262755759164L, Abstract.hash(f(1e300)));
        assertEquals(314159L, Abstract.hash(f(Double.POSITIVE_INFINITY)));
        assertEquals(230584300921369408L, Abstract.hash(f(0.1)));
        assertEquals(-272375401224217160L, Abstract.hash(PyFrozenSet.of(i(1), i(2), i(3))));
        assertEquals(133146708735736L, Abstract.hash(PyFrozenSet.of()));
        assertEquals(4000015L, Abstract.hash(PyComplex.of(3, 4)));
        assertEquals(156575653125701L, Abstract.hash(f(1e308)));
        assertEquals(16777216L, Abstract.hash(f(5e-324)));
        assertEquals(32768L, Abstract.hash(f(2.2250738585072014e-308)));
        assertEquals(615709907932414099L, Abstract.hash(f(1e-310)));
    }

    @Test
    void setIterationOrderFollowsCPythonsTable() {
        PyObject a = PySet.fromIterable(t(i(5), i(3), i(100), i(8), i(13), i(1000), i(-1), i(33)));
        assertEquals("[33, 3, 100, 5, 8, 1000, 13, -1]", repr(PyList.fromIterable(a)));
        PySet b = new PySet();
        for (int k = 0; k < 20; k++) b.addItem(i(k * 7));
        assertEquals("[0, 133, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126]",
                repr(PyList.fromIterable(b)));
        PyObject c = Abstract.call(PySet.TYPE, PyRange.of(100, 0, -7));
        assertEquals("[65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30]", repr(PyList.fromIterable(c)));
        PyObject d = PySet.fromIterable(t(i(1), i(2), i(3)));
        m(d, "discard", i(2));
        m(d, "add", i(10));
        m(d, "add", i(18));
        assertEquals("[18, 1, 10, 3]", repr(PyList.fromIterable(d)));
    }

    @Test
    void integerArithmetic() {
        assertEquals("-4", repr(PyNumber.floorDivide(i(7), i(-2))));
        assertEquals("-4", repr(PyNumber.floorDivide(i(-7), i(2))));
        assertEquals("-1", repr(PyNumber.remainder(i(7), i(-2))));
        assertEquals("1", repr(PyNumber.remainder(i(-7), i(2))));
        assertEquals("0.5", repr(PyNumber.power(i(2), i(-1), Py.None)));
        assertEquals("33333333333333333333", repr(PyNumber.floorDivide(big("100000000000000000000"), i(3))));
        assertEquals("5", repr(PyNumber.remainder(big("-100000000000000000000"), i(7))));
        assertEquals("1", repr(PyNumber.power(i(3), i(200), i(1000))));
        assertEquals("integer division or modulo by zero", err(() -> PyNumber.floorDivide(i(1), i(0))).split(": ")[1]);
        assertEquals("ZeroDivisionError: integer modulo by zero", err(() -> PyNumber.remainder(i(1), i(0))));
        assertEquals("ValueError: negative shift count", err(() -> PyNumber.lshift(i(1), i(-1))));
        assertEquals("ValueError: base is not invertible for the given modulus",
                err(() -> PyNumber.power(i(2), i(-1), i(4))));
        assertEquals("1267650600228229401496703205376", repr(PyNumber.lshift(i(1), i(100))));
        assertEquals("-9223372036854775808", repr(PyNumber.negative(big("9223372036854775808"))));
        assertEquals("9223372036854775808", repr(PyNumber.absolute(i(Long.MIN_VALUE))));
    }

    @Test
    void floatArithmetic() {
        assertEquals("(-4.0, 0.5)", repr(PyNumber.divmod(f(-7.5), i(2))));
        assertEquals("-0.5", repr(PyNumber.remainder(f(7.5), i(-2))));
        assertEquals("0.0", repr(PyNumber.remainder(f(-0.0), f(1.0))));
        assertEquals("ZeroDivisionError: float division by zero", err(() -> PyNumber.trueDivide(f(1), i(0))));
        assertEquals("ZeroDivisionError: float floor division by zero", err(() -> PyNumber.floorDivide(f(1), i(0))));
        assertEquals("ZeroDivisionError: float modulo", err(() -> PyNumber.remainder(f(1), i(0))));
        assertEquals("ZeroDivisionError: 0.0 cannot be raised to a negative power",
                err(() -> PyNumber.power(i(0), f(-1), Py.None)));
        assertEquals("OverflowError: (34, 'Numerical result out of range')",
                err(() -> PyNumber.power(f(10), i(400), Py.None)));
        assertEquals("0.30000000000000004", repr(PyNumber.add(f(0.1), f(0.2))));
        assertEquals("True", repr(Abstract.richCompare(f(1e16), big("10000000000000000"), Abstract.EQ)));
        assertEquals("False", repr(Abstract.richCompare(f(9007199254740992.0), big("9007199254740993"), Abstract.EQ)));
    }

    @Test
    void floatRepr() {
        double[] v = {1e16, 1e-5, 0.1, 1e22, 5e-324, 1.7976931348623157e308, 123456789012345678.0, 0.0001,
            1234567890123456.7, 2.5, 1e15, 1.0 / 3, 1e100, 123e-20, -1.5e-7, 1e16 - 1, -0.0, 3.0};
        String[] r = {"1e+16", "1e-05", "0.1", "1e+22", "5e-324", "1.7976931348623157e+308", "1.2345678901234568e+17",
            "0.0001", "1234567890123456.8", "2.5", "1000000000000000.0", "0.3333333333333333", "1e+100", "1.23e-18",
            "-1.5e-07", "1e+16", "-0.0", "3.0"};
        for (int k = 0; k < v.length; k++) assertEquals(r[k], repr(f(v[k])));
        assertEquals("inf", repr(f(Double.POSITIVE_INFINITY)));
        assertEquals("nan", repr(f(Double.NaN)));
        assertEquals("1000.5", repr(Abstract.call(PyFloat.TYPE, s("1_000.5"))));
        assertEquals("ValueError: could not convert string to float: '1d'", err(() -> Abstract.call(PyFloat.TYPE, s("1d"))));
    }

    @Test
    void formatSpecs() {
        String[][] cases = {{"3.14159", ".2f", "3.14"}, {"1234567", ",", "1,234,567"}, {"1234567.891", ",.2f", "1,234,567.89"},
            {"255", "#x", "0xff"}, {"-42", "+08d", "-0000042"}, {"0.5", "%", "50.000000%"}, {"12345.678", "e", "1.234568e+04"},
            {"1e-10", "g", "1e-10"}, {"123", "*^9", "***123***"}, {"3.0", "", "3.0"}, {"1e16", "", "1e+16"},
            {"-0.0", ".1f", "-0.0"}, {"2.5", ".0f", "2"}, {"1.0", ".3", "1.0"}, {"123.456", ".3", "1.23e+02"},
            {"1.0", ".1", "1e+00"}, {"100.0", ".5", "100.0"}, {"1e16", ".17", "1e+16"}, {"inf", ".1%", "inf%"},
            {"1e21", "012,", "0,000,001e+21"}, {"0.5", "010,.2f", "000,000.50"}, {"-1234.5", "012,", "-0,001,234.5"},
            {"123", "020,d", "0,000,000,000,000,123"}};
        for (String[] c : cases) {
            PyObject v = c[0].matches("-?\\d+") ? Abstract.call(PyInt.TYPE, s(c[0])) : Abstract.call(PyFloat.TYPE, s(c[0]));
            assertEquals(c[2], Abstract.format(v, PyStr.of(c[1])).value, c[0] + ":" + c[1]);
        }
        assertEquals("ValueError: Cannot specify ',' with 'x'.", err(() -> Abstract.format(i(1), PyStr.of(",x"))));
        assertEquals(" 3.14|42   |ff|'a'|None|-0042|A", str(PyNumber.remainder(s("%5.2f|%-5d|%x|%r|%s|%05d|%c"),
                t(f(3.14159), i(42), i(255), s("a"), Py.None, i(-42), i(65)))));
        PyObject[] a = {i(1), s("b"), l(i(0), i(9)), s("y")};
        PyObject fmt = Abstract.getAttr(s("{0}-{1!r}-{x:>5}-{{}}-{2[1]}"), "format");
        assertEquals("1-'b'-    y-{}-9", str(Abstract.call(fmt, a, 0, 3, PyTuple.of(s("x")))));
    }

    @Test
    void strRepr() {
        assertEquals("\"a'b\"", repr(s("a'b")));
        assertEquals("'a\"b'", repr(s("a\"b")));
        assertEquals("'it\\'s \"x\"'", repr(s("it's \"x\"")));
        assertEquals("'\\x00\\t\u00e9\\u200b\uD83D\uDE00'", repr(s("\u0000\t\u00e9\u200b\uD83D\uDE00")));
        assertEquals("'\\xe9\\U0001f600'", Abstract.ascii(s("\u00e9\uD83D\uDE00")).value);
    }

    @Test
    void strMethods() {
        assertEquals("['a', 'b', '', 'c']", repr(m(s("a b  c"), "split", s(" "))));
        assertEquals("**x***", str(m(s("x"), "center", i(6), s("*"))));
        assertEquals("-00012", str(m(s("-12"), "zfill", i(6))));
        assertEquals("Hello World They'Re", str(m(s("hello world they're"), "title")));
        assertEquals("['a']", repr(m(s("\t a\n"), "split")));
        assertEquals("['a', 'b', 'c']", repr(m(s("a\r\nb\rc\n"), "splitlines")));
        assertEquals("2", repr(m(s("abc"), "find", s("c"), i(-1))));
        assertEquals("2", repr(m(s("a"), "count", s(""))));
        assertEquals("-a-b-c-", str(m(s("abc"), "replace", s(""), s("-"))));
        assertEquals("-a-bc", str(m(s("abc"), "replace", s(""), s("-"), i(2))));
        assertEquals("ValueError: substring not found", err(() -> m(s("a"), "index", s("b"))));
        assertEquals("TypeError: sequence item 0: expected str instance, int found", err(() -> m(s(""), "join", l(i(1)))));
        assertEquals("['a,b,', 'c']", repr(m(s("a,b,,c"), "rsplit", s(","), i(1))));
        assertEquals("['a', 'b  ']", repr(m(s("a  b  "), "split", Py.None, i(1))));
        assertEquals("['  a', 'b']", repr(m(s("  a  b  "), "rsplit", Py.None, i(1))));
        assertEquals("'\uD83D\uDE00    |'", repr(PyNumber.remainder(s("%-5s|"), s("\uD83D\uDE00"))));
        assertEquals("a       b", str(m(s("a\tb"), "expandtabs")));
        assertEquals("('', '', 'ab')", repr(m(s("ab"), "rpartition", s("x"))));
        assertEquals("'\uD83D\uDE00'", repr(Abstract.getItem(s("x\uD83D\uDE00y"), i(1))));
        assertEquals("3", repr(PyInt.of(Abstract.len(s("x\uD83D\uDE00y")))));
        assertEquals("b'caf\\xc3\\xa9'", repr(m(s("caf\u00e9"), "encode")));
    }

    @Test
    void containers() {
        PyObject d = new PyDict();
        Abstract.setItem(d, s("b"), i(1));
        Abstract.setItem(d, s("a"), i(2));
        Abstract.setItem(d, i(1), l());
        Abstract.delItem(d, s("b"));
        Abstract.setItem(d, s("b"), i(3));
        assertEquals("{'a': 2, 1: [], 'b': 3}", repr(d));
        assertEquals("dict_items([('a', 2), (1, []), ('b', 3)])", repr(m(d, "items")));
        assertEquals("KeyError: 'zz'", err(() -> Abstract.getItem(d, s("zz"))));
        assertEquals("TypeError: unhashable type: 'list'", err(() -> Abstract.setItem(d, l(), i(1))));
        PyObject list = l(i(3), i(1), i(2));
        m(list, "sort");
        assertEquals("[1, 2, 3]", repr(list));
        m(list, "sort", new PyObject[0]);
        assertEquals("IndexError: list index out of range", err(() -> Abstract.getItem(list, i(5))));
        assertEquals("[3, 2]", repr(Abstract.getItem(list, new PySlice(Py.None, i(0), i(-1)))));
        assertEquals("(1,)", repr(t(i(1))));
        assertEquals("TypeError: can only concatenate list (not \"tuple\") to list", err(() -> PyNumber.add(list, t())));
        assertEquals("[1, 2, 3, 1, 2, 3]", repr(PyNumber.multiply(i(2), list)));
        assertEquals("frozenset({1, 2})", repr(PyFrozenSet.of(i(1), i(2))));
        assertEquals("set()", repr(new PySet()));
    }

    @Test
    void exceptions() {
        assertEquals("x", str(Abstract.call(PyExc.ValueError, s("x"))));
        assertEquals("ValueError('x', 1)", repr(Abstract.call(PyExc.ValueError, s("x"), i(1))));
        assertEquals("KeyError('k')", repr(Abstract.call(PyExc.KeyError, s("k"))));
        assertEquals("'k'", str(Abstract.call(PyExc.KeyError, s("k"))));
        assertEquals("[Errno 2] No such file or directory: 'x'",
                str(Abstract.call(PyExc.OSError, i(2), s("No such file or directory"), s("x"))));
        assertEquals("<class 'FileNotFoundError'>",
                repr(Abstract.call(PyExc.OSError, i(2), s("No such file or directory")).type()));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", err(() -> PyNumber.add(i(1), s("a"))));
        assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'",
                err(() -> Abstract.richCompare(i(1), s("a"), Abstract.LT)));
        assertEquals("AttributeError: 'int' object has no attribute 'foo'", err(() -> Abstract.getAttr(i(1), "foo")));
        assertEquals("TypeError: 'int' object is not callable", err(() -> Abstract.call(i(1))));
        assertEquals("TypeError: 'int' object is not iterable", err(() -> Abstract.getIter(i(1))));
        PyObject inner = Abstract.call(PyExc.ExceptionGroup, s("inner"),
                l(Abstract.call(PyExc.TypeError, s("b")), Abstract.call(PyExc.ValueError, s("c"))));
        PyObject eg = Abstract.call(PyExc.ExceptionGroup, s("outer"), l(Abstract.call(PyExc.ValueError, s("a")), inner));
        assertEquals("(ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [ValueError('c')])]), "
                + "ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('b')])]))", repr(m(eg, "split", PyExc.ValueError)));
        assertEquals("(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, "
                + "<class 'object'>)", repr(Abstract.getAttr(PyExc.ExceptionGroup, "__mro__")));
        assertEquals("msg (1 sub-exception)",
                str(Abstract.call(PyExc.ExceptionGroup, s("msg"), l(Abstract.call(PyExc.ValueError, i(1))))));
    }

    @Test
    void typesAndBuiltinDescriptors() {
        assertEquals("<class 'int'>", repr(Abstract.call(PyType.TYPE, i(1))));
        assertEquals("<slot wrapper '__add__' of 'int' objects>", repr(Abstract.getAttr(PyInt.TYPE, "__add__")));
        assertEquals("<method 'append' of 'list' objects>", repr(Abstract.getAttr(PyList.TYPE, "append")));
        assertEquals("5", repr(Abstract.call(Abstract.getAttr(i(2), "__add__"), i(3))));
        assertEquals("(<class 'bool'>, <class 'int'>, <class 'object'>)", repr(Abstract.getAttr(PyBool.TYPE, "__mro__")));
        assertEquals("True", repr(PyBool.of(Abstract.isInstance(Py.True, PyInt.TYPE))));
        assertEquals("TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
                err(() -> Abstract.call(Abstract.getAttr(PyList.TYPE, "append"), i(1), i(2))));
        assertEquals("TypeError: list.append() takes exactly one argument (0 given)", err(() -> m(l(), "append")));
        assertEquals("int | str", repr(PyNumber.or(PyInt.TYPE, PyStr.TYPE)));
        assertEquals("list[int]", repr(Abstract.getItem(PyList.TYPE, PyInt.TYPE)));
    }

    static PyObject b(String latin1) {
        return PyBytes.of(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void bytesAndComplex() {
        PyObject x = b(" a,b\t c \u00e9 ");
        assertEquals("[b'a,b', b'c', b'\\xe9']", repr(m(x, "split")));
        assertEquals("b' A,B\\t C \\xe9 '", repr(m(x, "upper")));
        assertEquals("(b' a', b',', b'b\\t c \\xe9 ')", repr(m(x, "partition", b(","))));
        assertEquals("b'x-3'", repr(PyNumber.remainder(b("%s-%d"), t(b("x"), i(3)))));
        assertEquals("'616263'", repr(m(b("abc"), "hex")));
        PyObject ba = Abstract.call(PyByteArray.TYPE, b("hello world"));
        Abstract.setItem(ba, new PySlice(i(1), i(5), Py.None), b("EY"));
        Abstract.delItem(ba, new PySlice(Py.None, Py.None, i(2)));
        assertEquals("bytearray(b'E ol')", repr(ba));
        assertEquals("(-1500-2j)", repr(Abstract.call(PyComplex.TYPE, s("-1.5e3-2J"))));
        assertEquals("(10+0.1j)", repr(Abstract.call(PyComplex.TYPE, s("1e1+1e-1j"))));
        assertEquals("ValueError: complex() arg is a malformed string", err(() -> Abstract.call(PyComplex.TYPE, s("1+"))));
        assertEquals("(5+5j)", repr(PyNumber.multiply(PyComplex.of(1, 2), PyComplex.of(3, -1))));
        assertEquals("0.00-3.00j", Abstract.format(PyComplex.of(0.0, -3), PyStr.of(".2f")).asString());
        assertEquals("       (1+2j)       ", Abstract.format(PyComplex.of(1, 2), PyStr.of("^20")).asString());
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                err(() -> m(b("\u00ff"), "decode")));
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                err(() -> m(s("\u00e9"), "encode", s("ascii"))));
    }

    @Test
    void weakReferences() {
        PyObject cls = TypeObject.newType("A", PyTuple.EMPTY, new PyDict());
        PyObject a = Abstract.call(cls);
        PyObject r = Abstract.call(PyWeakRef.TYPE, a);
        assertEquals(a, Abstract.call(r));
        assertEquals(Abstract.hash(a), Abstract.hash(r));
        assertEquals("<class 'weakref.ReferenceType'>", repr(r.type()));
        assertEquals("'ReferenceType'", repr(Abstract.getAttr(r.type(), "__name__")));
        assertEquals("'weakref'", repr(Abstract.getAttr(r.type(), "__module__")));
        assertEquals("TypeError: cannot create weak reference to 'list' object", err(() -> Abstract.call(PyWeakRef.TYPE, l())));
    }

    @Test
    void zipOfNothingIsEmpty() {
        assertEquals("[]", repr(PyList.fromIterable(Abstract.call(FuncIterators.ZIP, new PyObject[0]))));
    }
}
