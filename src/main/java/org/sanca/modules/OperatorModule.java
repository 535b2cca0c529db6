package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyByteArray;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.Slots.BinaryFunc;
import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.UnaryFunc;

/**
 * The _operator module's functions: the operators as functions, sequence helpers, length_hint and
 * _compare_digest (itemgetter, attrgetter and methodcaller are {@link OperatorGetters}).
 * CPython: Modules/_operator.c.
 */
public final class OperatorModule {
    private OperatorModule() {}

    private static final String DOC = "Operator interface.\n\nThis module exports a set of functions implemented in C "
            + "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to "
            + "the expression x+y.  The function names are those\nused for special methods; variants without leading "
            + "and trailing\n'__' are also provided for convenience.";

    private static final String[] BINARY_NAMES = {"add", "and_", "floordiv", "lshift", "matmul", "mul", "mod", "or_",
        "pow", "rshift", "sub", "truediv", "xor"};
    private static final String[] COMPARE_NAMES = {"lt", "le", "eq", "ne", "gt", "ge"};

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("__doc__"), PyStr.of(DOC));
        for (int op = 0; op < BINARY_NAMES.length; op++) {
            int bop = op;
            String bn = BINARY_NAMES[op];
            binary(m, d, bn, op == PyNumber.POWER ? (a, b) -> PyNumber.power(a, b, Py.None)
                    : (a, b) -> PyNumber.binaryOp(a, b, bop));
            String in = "i" + (bn.endsWith("_") ? bn.substring(0, bn.length() - 1) : bn);
            binary(m, d, in, (a, b) -> PyNumber.inplaceOp(a, b, bop));
        }
        for (int op = 0; op < COMPARE_NAMES.length; op++) {
            int cop = op;
            binary(m, d, COMPARE_NAMES[op], (a, b) -> Abstract.richCompare(a, b, cop));
        }
        unary(m, d, "neg", PyNumber::negative);
        unary(m, d, "pos", PyNumber::positive);
        unary(m, d, "abs", PyNumber::absolute);
        unary(m, d, "inv", PyNumber::invert);
        unary(m, d, "invert", PyNumber::invert);
        unary(m, d, "index", PyNumber::index);
        unary(m, d, "not_", o -> PyBool.of(!Abstract.isTrue(o)));
        unary(m, d, "truth", o -> PyBool.of(Abstract.isTrue(o)));
        binary(m, d, "is_", (a, b) -> PyBool.of(a == b));
        binary(m, d, "is_not", (a, b) -> PyBool.of(a != b));
        binary(m, d, "contains", (a, b) -> PyBool.of(Abstract.contains(a, b)));
        binary(m, d, "getitem", Abstract::getItem);
        binary(m, d, "delitem", (a, b) -> {
            Abstract.delItem(a, b);
            return Py.None;
        });
        binary(m, d, "concat", OperatorModule::concat);
        binary(m, d, "iconcat", (a, b) -> {
            if (a.type().sq_concat == null && !(isSequence(a) && isSequence(b))) throw notConcatenable(a);
            return PyNumber.inplaceOp(a, b, PyNumber.ADD);
        });
        binary(m, d, "countOf", (a, b) -> PyInt.of(search(a, b, false)));
        binary(m, d, "indexOf", (a, b) -> PyInt.of(search(a, b, true)));
        binary(m, d, "_compare_digest", (a, b) -> PyBool.of(compareDigest(a, b)));
        def(m, d, "setitem", (s, a, o, n, k) -> {
            positional("setitem", n, k, 3, 3);
            Abstract.setItem(a[o], a[o + 1], a[o + 2]);
            return Py.None;
        });
        def(m, d, "length_hint", (s, a, o, n, k) -> {
            positional("length_hint", n, k, 1, 2);
            long dflt = n == 2 ? PyNumber.asSize(a[o + 1], PyExc.OverflowError) : 0;
            return PyInt.of(lengthHint(a[o], dflt));
        });
        def(m, d, "call", (s, a, o, n, k) -> {
            if (n < 1) throw PyErr.format(PyExc.TypeError, "call() missing 1 required positional argument: 'obj'");
            return Abstract.call(a[o], a, o + 1, n - 1, k);
        });
        OperatorGetters.populate(d);
        return m;
    }

    private static void def(PyModule m, PyDict d, String name, MethFast f) {
        BuiltinsModule.def(m, d, "_operator", name, f);
    }

    private static void positional(String name, int n, PyTuple k, int min, int max) {
        Args.noKeywords("_operator." + name, k);
        Args.range(name, n, min, max);
    }

    private static void binary(PyModule m, PyDict d, String name, BinaryFunc f) {
        def(m, d, name, (s, a, o, n, k) -> {
            positional(name, n, k, 2, 2);
            return f.call(a[o], a[o + 1]);
        });
    }

    private static void unary(PyModule m, PyDict d, String name, UnaryFunc f) {
        def(m, d, name, (s, a, o, n, k) -> {
            Args.noKeywords("_operator." + name, k);
            if (n != 1)
                throw PyErr.format(PyExc.TypeError, "_operator.%s() takes exactly one argument (%d given)", name, n);
            return f.call(a[o]);
        });
    }

    /** PySequence_Check: has __getitem__ and is not a dict. */
    private static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.type().mp_subscript != null;
    }

    private static PyException notConcatenable(PyObject a) {
        return PyErr.format(PyExc.TypeError, "'%.200s' object can't be concatenated", PyErr.typeName(a));
    }

    /** PySequence_Concat. */
    static PyObject concat(PyObject a, PyObject b) {
        if (a.type().sq_concat != null) return a.type().sq_concat.call(a, b);
        if (isSequence(a) && isSequence(b)) {
            PyObject r = PyNumber.binaryOp1(a, b, PyNumber.ADD);
            if (r != Py.NotImplemented) return r;
        }
        throw notConcatenable(a);
    }

    /** _PySequence_IterSearch: how many items equal x, or the index of the first. */
    private static long search(PyObject seq, PyObject x, boolean index) {
        PyObject it;
        try {
            it = Abstract.getIter(seq);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) throw e;
            throw PyErr.format(PyExc.TypeError, "argument of type '%.200s' is not iterable", PyErr.typeName(seq));
        }
        long n = 0;
        for (PyObject y; (y = Abstract.next(it)) != null; n += index ? 1 : 0) {
            if (y == x || Abstract.richCompareBool(y, x, Abstract.EQ)) {
                if (index) return n;
                n++;
            }
        }
        if (index) throw PyErr.format(PyExc.ValueError, "sequence.index(x): x not in sequence");
        return n;
    }

    /** PyObject_LengthHint: len(o), else o.__length_hint__(), else dflt. */
    public static long lengthHint(PyObject o, long dflt) {
        return Abstract.lengthHint(o, dflt);
    }

    private static boolean compareDigest(PyObject a, PyObject b) {
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            if (!isAscii(sa.asString()) || !isAscii(sb.asString()))
                throw PyErr.format(PyExc.TypeError, "comparing strings with non-ASCII characters is not supported");
            return constantTimeEquals(sa.asString().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    sb.asString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        byte[] x = bytesOf(a), y = bytesOf(b);
        if (x == null && y == null)
            throw PyErr.format(PyExc.TypeError, "unsupported operand types(s) or combination of types: '%.100s' and '%.100s'",
                    PyErr.typeName(a), PyErr.typeName(b));
        if (x == null) throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%.100s'", PyErr.typeName(a));
        if (y == null) throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%.100s'", PyErr.typeName(b));
        return constantTimeEquals(x, y);
    }

    private static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) return b.toByteArray();
        if (o instanceof PyByteArray b) return b.toByteArray();
        return null;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    private static boolean constantTimeEquals(byte[] x, byte[] y) {
        return java.security.MessageDigest.isEqual(x, y);
    }
}
