package org.sanca.objects;

import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.Slots.MethO;

/**
 * str operations on text holding surrogate code points, which a Java String cannot carry faithfully (two
 * adjacent lone surrogates would read as one supplementary character, and a search for a lone surrogate
 * would match half of a pair). CPython needs no counterpart: its PEP 393 strings (Objects/unicodeobject.c)
 * store code points, not UTF-16.
 *
 * <p>The str methods written over Java Strings run unchanged on such text through a bijection: every
 * surrogate code point U+D800..U+DFFF is moved to a stand-in in U+ED800..U+EDFFF (plane 14, unassigned in
 * Unicode 14) before the call, and back afterwards, where {@link PyStr#fromCodePoints} keeps lone
 * surrogates apart. Stand-ins are supplementary characters, so they never pair by accident; like
 * surrogates they belong to no case, digit, space or printable class, so predicates, searches, splits and
 * padding give the same answers, and repr shows a stand-in as its surrogate. (Text that holds real code
 * points of U+ED800..U+EDFFF, which no Unicode version assigns so far, is the one case this cannot serve.)
 * The front end uses the same stand-ins: {@link PyStr#standIn} and {@link PyStr#ofStandIns}.
 */
final class StrSurrogates {
    private StrSurrogates() {}

    /** The stand-in of surrogate code point U+D800. */
    static final int BASE = 0xED800;

    /** Whether c is a stand-in for a surrogate. */
    static boolean isStandIn(int c) {
        return c >= BASE && c < BASE + 0x800;
    }

    /** Whether o (a str, or a tuple or list of them) needs moving before a String-based operation. */
    static boolean needs(PyObject o) {
        if (o instanceof PyStr s) return s.hasSurrogates();
        if (o instanceof PyTuple t) {
            for (PyObject x : t.items) if (x instanceof PyStr s && s.hasSurrogates()) return true;
        } else if (o instanceof PyList l) {
            PyObject[] items = l.items;
            for (int i = 0, n = l.size; i < n; i++) if (items[i] instanceof PyStr s && s.hasSurrogates()) return true;
        }
        return false;
    }

    /** o with its surrogate code points moved to plane 16 (strs, and the strs in a tuple or list). */
    static PyObject move(PyObject o) {
        if (o instanceof PyStr s) {
            if (!s.hasSurrogates()) return s;
            int[] cps = s.codePoints().clone();
            for (int i = 0; i < cps.length; i++) if (cps[i] >= 0xd800 && cps[i] <= 0xdfff) cps[i] += BASE - 0xd800;
            return PyStr.of(new String(cps, 0, cps.length));
        }
        if (o instanceof PyTuple t) return new PyTuple(moveAll(t.items.clone()));
        if (o instanceof PyList l) return new PyList(moveAll(l.toArray()));
        return o;
    }

    private static PyObject[] moveAll(PyObject[] items) {
        for (int i = 0; i < items.length; i++) items[i] = move(items[i]);
        return items;
    }

    /** The inverse of move on a result: a str, or the strs in a fresh list or tuple. */
    static PyObject back(PyObject r) {
        if (r instanceof PyStr s && s.getClass() == PyStr.class) return backStr(s);
        if (r instanceof PyList l) {
            PyObject[] items = l.toArray();
            for (int i = 0; i < items.length; i++) items[i] = back(items[i]);
            return new PyList(items);
        }
        if (r instanceof PyTuple t) {
            PyObject[] items = t.items.clone();
            for (int i = 0; i < items.length; i++) items[i] = back(items[i]);
            return new PyTuple(items);
        }
        return r;
    }

    private static PyStr backStr(PyStr s) {
        if (s.kind() != 4) return s;
        int[] cps = s.codePoints().clone();
        boolean moved = false;
        for (int i = 0; i < cps.length; i++) {
            if (isStandIn(cps[i])) {
                cps[i] -= BASE - 0xd800;
                moved = true;
            }
        }
        return moved ? PyStr.fromCodePoints(cps, cps.length) : s;
    }

    /** f, moving surrogates in self and the arguments when any has them. */
    static MethFast wrap(MethFast f) {
        return new Safe(f);
    }

    /** f, moving surrogates in self and the argument when either has them. */
    static MethO wrap(MethO f) {
        return new Safe(f);
    }

    /** f, moving surrogates in self when it has them. */
    static MethNoArgs wrap(MethNoArgs f) {
        return new Safe(f);
    }

    /**
     * A str method whose Java-String body must not see surrogates: its {@link #callBody} hands ordinary text
     * straight to the body and moves text holding surrogates there and back.
     */
    static final class Safe implements MethFast, MethO, MethNoArgs {
        /** The method's body: a MethFast, MethO or MethNoArgs. */
        final Slots.BuiltinBody f;

        Safe(Slots.BuiltinBody f) {
            this.f = f;
        }

        /** The body itself when neither self nor an argument a[o:o+n] holds a surrogate, else this wrapper. */
        Slots.BuiltinBody bodyFor(PyObject self, PyObject[] a, int o, int n) {
            return anyNeeds(self, a, o, n) ? this : f;
        }

        private static boolean anyNeeds(PyObject self, PyObject[] a, int o, int all) {
            boolean any = needs(self);
            for (int i = 0; i < all && !any; i++) any = needs(a[o + i]);
            return any;
        }

        /** Calls the body, through move and back when self or an argument holds a surrogate. */
        @Override
        public PyObject callBody(String qualname, PyObject self, PyObject[] a, int o, int n, PyTuple k) {
            int all = n + (k == null ? 0 : k.size());
            if (!anyNeeds(self, a, o, all)) return f.callBody(qualname, self, a, o, n, k);
            PyObject[] m = new PyObject[all];
            for (int i = 0; i < all; i++) m[i] = move(a[o + i]);
            return back(f.callBody(qualname, move(self), m, 0, n, k));
        }

        @Override
        public PyObject call(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
            return callBody("str method", self, a, o, n, k);
        }

        @Override
        public PyObject call(PyObject self, PyObject arg) {
            return callBody("str method", self, new PyObject[] {arg}, 0, 1, null);
        }

        @Override
        public PyObject call(PyObject self) {
            return callBody("str method", self, new PyObject[0], 0, 0, null);
        }
    }

    /** a + b when the result needs the code-point form (either is unpaired, or they meet as a pair). */
    static boolean concatNeedsCodePoints(PyStr a, PyStr b) {
        if (a.isUnpaired() || b.isUnpaired()) return true;
        String x = a.value, y = b.value;
        return !x.isEmpty() && !y.isEmpty() && Character.isHighSurrogate(x.charAt(x.length() - 1))
                && Character.isLowSurrogate(y.charAt(0));
    }

    /** a + b by code points. */
    static PyStr concat(PyStr a, PyStr b) {
        int[] x = a.codePoints(), y = b.codePoints();
        int[] r = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return PyStr.fromCodePoints(r, r.length);
    }

    /** s * count by code points. */
    static PyStr repeat(PyStr s, int count) {
        int[] x = s.codePoints();
        if ((long) x.length * count > Integer.MAX_VALUE - 8)
            throw PyErr.format(PyExc.OverflowError, "repeated string is too long");
        int[] r = new int[x.length * count];
        for (int i = 0; i < count; i++) System.arraycopy(x, 0, r, i * x.length, x.length);
        return PyStr.fromCodePoints(r, r.length);
    }

    /** sub in s, by code points. */
    static boolean contains(PyStr s, PyStr sub) {
        if (!s.hasSurrogates() && !sub.hasSurrogates()) return s.value.contains(sub.value);
        return ((PyStr) move(s)).value.contains(((PyStr) move(sub)).value);
    }

    /** Code-point order of two strs, either in the unpaired form. */
    static int compare(PyStr a, PyStr b) {
        int[] x = a.codePoints(), y = b.codePoints();
        return java.util.Arrays.compare(x, y);
    }
}
