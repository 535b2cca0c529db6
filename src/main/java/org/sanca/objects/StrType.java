package org.sanca.objects;

/**
 * The slots of str: construction, repr, hash, comparison, indexing and slicing, concatenation, iteration.
 * CPython: Objects/unicodeobject.c (unicode_new, unicode_richcompare, unicode_subscript, unicodeiter).
 */
final class StrType {
    private StrType() {}

    static PyStr self(PyObject o) {
        return (PyStr) o;
    }

    /** Coerces an argument that must be a str, with CPython's message. */
    static PyStr arg(PyObject o, String what) {
        if (o instanceof PyStr s) return s;
        throw PyErr.format(PyExc.TypeError, "%s must be str, not %.100s", what,
                o == Py.None ? "None" : PyErr.typeName(o));
    }

    static void init(PyType t) {
        t.tp_new = StrType::newStr;
        t.tp_repr = o -> PyStr.of(StrRepr.repr(self(o)));
        t.tp_str = o -> o.getClass() == PyStr.class ? o : exact(self(o));
        t.tp_hash = o -> self(o).hash();
        t.tp_richcompare = StrType::compare;
        t.sq_length = o -> self(o).length();
        t.mp_subscript = StrType::subscript;
        t.sq_contains = (o, x) -> {
            if (!(x instanceof PyStr s))
                throw PyErr.format(PyExc.TypeError, "'in <string>' requires string as left operand, not %.100s",
                        PyErr.typeName(x));
            return StrSurrogates.contains(self(o), s);
        };
        t.sq_concat = (v, w) -> {
            if (!(w instanceof PyStr ws))
                throw PyErr.format(PyExc.TypeError, "can only concatenate str (not \"%.200s\") to str", PyErr.typeName(w));
            return concat(self(v), ws);
        };
        t.sq_repeat = (v, n) -> repeat(self(v), (PyInt) n);
        t.nb[PyNumber.REMAINDER] = StrType::remainder;
        t.tp_iter = o -> new StrIterator(self(o), self(o).isAscii()
                ? StrIterator.ASCII : StrIterator.TYPE);
        StrMethods.register(t);
        t.ready();
    }

    /** str % args; surrogates in either are moved out of the way of the Java-text formatter. */
    private static PyObject remainder(PyObject v, PyObject w) {
        if (!(v instanceof PyStr s)) return Py.NotImplemented;
        if (!StrSurrogates.needs(s) && !StrSurrogates.needs(w)) return PercentFormat.formatStr(s.value, w);
        return StrSurrogates.back(PercentFormat.formatStr(((PyStr) StrSurrogates.move(s)).value, StrSurrogates.move(w)));
    }

    /** An exact str with s's code points. */
    static PyStr exact(PyStr s) {
        return s.isUnpaired() ? new PyStr(s) : PyStr.of(s.value);
    }

    /** a + b; '\\ud834' + '\\udd1e' stays two code points. */
    static PyStr concat(PyStr a, PyStr b) {
        if (a.value.isEmpty() && b.getClass() == PyStr.class) return b;
        if (b.value.isEmpty() && a.getClass() == PyStr.class) return a;
        if (StrSurrogates.concatNeedsCodePoints(a, b)) return StrSurrogates.concat(a, b);
        return PyStr.of(a.value.concat(b.value));
    }

    static PyObject repeat(PyStr s, PyInt n) {
        if (!n.fitsLong()) throw PyErr.format(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
        long count = n.longValue();
        if (count <= 0 || s.value.isEmpty()) return PyStr.EMPTY;
        if (count == 1 && s.getClass() == PyStr.class) return s;
        if (s.length() > Long.MAX_VALUE / count) throw PyErr.format(PyExc.OverflowError, "repeated string is too long");
        if ((long) s.value.length() * count > Integer.MAX_VALUE - 8) throw PyErr.raise(PyExc.MemoryError);
        if (StrSurrogates.concatNeedsCodePoints(s, s)) return StrSurrogates.repeat(s, (int) count);
        return PyStr.of(s.value.repeat((int) count));
    }

    private static PyObject compare(PyObject v, PyObject w, int op) {
        if (!(w instanceof PyStr ws)) return Py.NotImplemented;
        PyStr a = self(v);
        if (op == Abstract.EQ) return PyBool.of(a.sameText(ws));
        if (op == Abstract.NE) return PyBool.of(!a.sameText(ws));
        int c = compareStr(a, ws);
        return PyBool.of(switch (op) {
            case Abstract.LT -> c < 0;
            case Abstract.LE -> c <= 0;
            case Abstract.GT -> c > 0;
            default -> c >= 0;
        });
    }

    /** Code-point order of two strs. */
    static int compareStr(PyStr a, PyStr b) {
        return a.isUnpaired() || b.isUnpaired() ? StrSurrogates.compare(a, b) : compareCodePoints(a.value, b.value);
    }

    /** Compares by code point (not UTF-16 unit) as Python does. */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y))
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyStr s = self(o);
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(s.length());
            if (ix.length() <= 0) return PyStr.EMPTY;
            if (ix.step() == 1) {
                if (ix.length() == s.length() && s.getClass() == PyStr.class) return s;
                return s.slice(ix.start(), ix.stop());
            }
            int[] cps = new int[ix.length()];
            for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step()) cps[i] = s.codePointAt(j);
            return PyStr.fromCodePoints(cps, cps.length);
        }
        if (!PyNumber.isIndex(key))
            throw PyErr.format(PyExc.TypeError, "string indices must be integers, not '%.200s'", PyErr.typeName(key));
        long i = PyNumber.asSize(key, PyExc.IndexError);
        int n = s.length();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyErr.format(PyExc.IndexError, "string index out of range");
        return charAt(s.codePointAt((int) i));
    }

    private static final PyStr[] LATIN1 = new PyStr[256];

    /** The one-character string for code point c (latin-1 ones cached, as CPython does). */
    static PyStr charAt(int c) {
        if (c < 256) {
            PyStr s = LATIN1[c];
            if (s == null) LATIN1[c] = s = new PyStr(String.valueOf((char) c));
            return s;
        }
        return new PyStr(new String(Character.toChars(c)));
    }

    private static PyObject newStr(PyType type, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("str", a, o, n, k, new String[] {"object", "encoding", "errors"}, 0);
        PyStr s;
        if (v[1] == null && v[2] == null) s = v[0] == null ? PyStr.EMPTY : Abstract.str(v[0]);
        else s = Codecs.decodeObject(v[0] == null ? PyBytes.of(new byte[0]) : v[0],
                v[1] == null ? "utf-8" : arg(v[1], "str() argument 'encoding'").value,
                v[2] == null ? "strict" : arg(v[2], "str() argument 'errors'").value);
        if (type != PyStr.TYPE) return new PyStr.Derived(type, s);
        return s;
    }

    /** The iterator over a str's characters. */
    static final class StrIterator extends PyObject implements Iterators.Reducible {
        static final PyType ASCII = Iterators.type("str_ascii_iterator", o -> ((StrIterator) o).next(),
                o -> PyInt.of(((StrIterator) o).remaining()), true);
        static final PyType TYPE = Iterators.type("str_iterator", o -> ((StrIterator) o).next(),
                o -> PyInt.of(((StrIterator) o).remaining()), true);
        PyStr s;
        final PyType type;
        int i;

        StrIterator(PyStr s, PyType type) {
            this.s = s;
            this.type = type;
        }

        PyObject next() {
            if (s == null) return null;
            if (i >= s.length()) {
                s = null;
                return null;
            }
            return charAt(s.codePointAt(i++));
        }

        int remaining() {
            return s == null ? 0 : Math.max(0, s.length() - i);
        }

        @Override
        public PyObject reduce() {
            return Iterators.reduceIter(s, i, PyStr.EMPTY);
        }

        @Override
        public void setState(long index) {
            if (s != null) i = (int) Math.max(0, Math.min(index, s.length()));
        }

        @Override
        public PyType type() {
            return type;
        }
    }
}
