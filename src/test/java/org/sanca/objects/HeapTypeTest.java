package org.sanca.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sanca.objects.ObjectsTest.i;
import static org.sanca.objects.ObjectsTest.repr;
import static org.sanca.objects.ObjectsTest.s;
import static org.sanca.objects.ObjectsTest.t;

import org.junit.jupiter.api.Test;

/**
 * Classes created with type(name, bases, dict): slot dispatch to dunders, reflected operators,
 * MRO, errors. Python functions are simulated by a callable descriptor type, as the vm's are.
 */
class HeapTypeTest {
    /** A stand-in for the vm's function objects: callable, and binding through tp_descr_get. */
    static final class Fn extends PyObject {
        static final PyType TYPE = new PyType("function", PyType.METHOD_DESCRIPTOR);

        static {
            TYPE.tp_call = (c, a, o, n, k) -> ((Fn) c).impl.call(null, a, o, n, k);
            TYPE.tp_descr_get = (d, obj, type) -> obj == null ? d : new PyMethod(d, obj);
            TYPE.ready();
        }

        final Slots.MethFast impl;

        Fn(Slots.MethFast impl) {
            this.impl = impl;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    static PyDict ns(Object... kv) {
        PyDict d = new PyDict();
        d.setItem(s("__module__"), s("__main__"));
        for (int k = 0; k < kv.length; k += 2) d.setItem(s((String) kv[k]), (PyObject) kv[k + 1]);
        return d;
    }

    static PyType cls(String name, PyTuple bases, PyDict ns) {
        return (PyType) Abstract.call(PyType.TYPE, s(name), bases, ns);
    }

    static String err(Runnable r) {
        return assertThrows(PyException.class, r::run).getMessage();
    }

    static Fn tagged(String tag) {
        return new Fn((self, a, o, n, k) -> t(s(tag), Abstract.getAttr(a[o], "v"), a[o + 1]));
    }

    @Test
    void reflectedOperatorsAndEqualityDisableHash() {
        Fn init = new Fn((self, a, o, n, k) -> {
            Abstract.setAttr(a[o], "v", a[o + 1]);
            return Py.None;
        });
        PyType A = cls("A", PyTuple.EMPTY, ns("__init__", init, "__add__", tagged("A.add"), "__radd__", tagged("A.radd"),
                "__eq__", new Fn((self, a, o, n, k) -> Py.True)));
        PyType B = cls("B", PyTuple.of(A), ns("__radd__", tagged("B.radd")));
        PyObject a = Abstract.call(A, i(1)), b = Abstract.call(B, i(2));
        assertEquals("('B.radd', 2, " + repr(a) + ")", repr(PyNumber.add(a, b)));
        assertEquals("('A.radd', 1, 1)", repr(PyNumber.add(i(1), a)));
        assertSame(Py.None, Abstract.getAttr(A, "__hash__"));
        assertEquals("True", repr(Abstract.richCompare(a, i(3), Abstract.EQ)));
        assertEquals("TypeError: unhashable type: 'A'", err(() -> Abstract.hash(a)));
        assertEquals("<class '__main__.A'>", repr(A));
        assertEquals("(<class '__main__.A'>, <class 'object'>)", repr(Abstract.getAttr(A, "__mro__")));
    }

    @Test
    void layoutAndMroErrors() {
        PyType X = cls("X", PyTuple.EMPTY, ns());
        PyType Y = cls("Y", PyTuple.of(X), ns());
        assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Y",
                err(() -> cls("Z", PyTuple.of(X, Y), ns())));
        assertEquals("TypeError: X() takes no arguments", err(() -> Abstract.call(X, i(1))));
        PyObject x = Abstract.call(X);
        assertEquals("AttributeError: 'X' object has no attribute 'nope'", err(() -> Abstract.getAttr(x, "nope")));
        Abstract.setAttr(X, "__add__", new Fn((self, a, o, n, k) -> i(42)));
        assertEquals("42", repr(PyNumber.add(x, i(1))));
        assertEquals("TypeError: type 'bool' is not an acceptable base type", err(() -> cls("Q", PyTuple.of(PyBool.TYPE), ns())));
        assertEquals("TypeError: multiple bases have instance lay-out conflict",
                err(() -> cls("Q", PyTuple.of(PyInt.TYPE, PyStr.TYPE), ns())));
    }

    @Test
    void getattrHookDescriptorsAndSuper() {
        PyType G = cls("G", PyTuple.EMPTY, ns("__getattr__",
                new Fn((self, a, o, n, k) -> PyNumber.multiply(a[o + 1], i(2)))));
        assertEquals("'abcabc'", repr(Abstract.getAttr(Abstract.call(G), "abc")));
        PyType P = cls("P", PyTuple.EMPTY, ns(
                "x", Abstract.call(PyProperty.TYPE, new Fn((self, a, o, n, k) -> i(7))),
                "c", new PyClassMethod(new Fn((self, a, o, n, k) -> a[o])),
                "st", new PyStaticMethod(new Fn((self, a, o, n, k) -> i(n))),
                "who", new Fn((self, a, o, n, k) -> s("P"))));
        PyObject p = Abstract.call(P);
        assertEquals("7", repr(Abstract.getAttr(p, "x")));
        assertEquals("AttributeError: property 'x' of 'P' object has no setter", err(() -> Abstract.setAttr(p, "x", i(1))));
        assertSame(P, Abstract.call(Abstract.getAttr(p, "c")));
        assertEquals("0", repr(Abstract.call(Abstract.getAttr(P, "st"))));
        PyType Q = cls("Q", PyTuple.of(P), ns("who", new Fn((self, a, o, n, k) ->
                PyNumber.add(s("Q>"), Abstract.call(Abstract.getAttr(PySuper.of((PyType) Abstract.getAttr(a[o], "__class__"), a[o]), "who"))))));
        assertEquals("'Q>P'", repr(Abstract.callMethod(Abstract.call(Q), "who")));
    }

    @Test
    void subclassesOfBuiltins() {
        PyType MyInt = cls("MyInt", PyTuple.of(PyInt.TYPE), ns("__repr__", new Fn((self, a, o, n, k) -> s("MyInt!"))));
        PyObject v = Abstract.call(MyInt, i(5));
        assertEquals("MyInt!", repr(v));
        assertEquals("8", repr(PyNumber.add(v, i(3))));
        assertEquals("True", repr(PyBool.of(Abstract.isInstance(v, PyInt.TYPE))));
        PyType D = cls("D", PyTuple.of(PyDict.TYPE), ns("__missing__", new Fn((self, a, o, n, k) -> i(0))));
        PyObject d = Abstract.call(D);
        assertEquals("0", repr(Abstract.getItem(d, s("k"))));
        PyType E = cls("E", PyTuple.of(PyExc.ValueError), ns());
        PyObject e = Abstract.call(E, s("boom"));
        assertEquals("E('boom')", repr(e));
        assertEquals("True", repr(PyBool.of(Abstract.isInstance(e, PyExc.Exception))));
        PyType L = cls("L", PyTuple.of(PyList.TYPE), ns());
        PyObject l = Abstract.call(L, t(i(1), i(2)));
        assertEquals("[1, 2]", repr(l));
        Abstract.setAttr(l, "tag", i(1));
        assertEquals("1", repr(Abstract.getAttr(l, "tag")));
    }

    @Test
    void slots() {
        PyType P = cls("P", PyTuple.EMPTY, ns("__slots__", t(s("a"), s("__b"))));
        PyObject p = Abstract.call(P);
        assertEquals("AttributeError: 'P' object has no attribute 'a'", err(() -> Abstract.getAttr(p, "a")));
        assertEquals("AttributeError: 'P' object has no attribute 'c'", err(() -> Abstract.setAttr(p, "c", i(1))));
        Abstract.setAttr(p, "a", i(5));
        assertEquals("5", repr(Abstract.getAttr(p, "a")));
        assertEquals("<member '_P__b' of 'P' objects>", repr(Abstract.getAttr(P, "_P__b")));
        assertEquals("['__module__', '__slots__', '_P__b', 'a', '__doc__']",
                repr(PyList.fromIterable(Abstract.getAttr(P, "__dict__"))));
        assertEquals("ValueError: 'x' in __slots__ conflicts with class variable",
                err(() -> cls("R", PyTuple.EMPTY, ns("__slots__", t(s("x")), "x", i(1)))));
    }
}
