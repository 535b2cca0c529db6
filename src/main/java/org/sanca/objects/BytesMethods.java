package org.sanca.objects;

import java.nio.charset.StandardCharsets;

import org.sanca.objects.Slots.*;

/**
 * The text-like methods shared by bytes and bytearray (split, strip, replace, case mapping, predicates, ...),
 * with ASCII-only whitespace and case rules.
 * CPython: Objects/bytes_methods.c and Objects/stringlib/ (as instantiated for bytes).
 */
final class BytesMethods {
    private BytesMethods() {}

    /** Bytes as a latin-1 Java string (one char per byte), so the str algorithms apply unchanged. */
    static String text(PyObject o) {
        return new String(PyBytes.fromObject(o), StandardCharsets.ISO_8859_1);
    }

    static PyObject make(PyObject like, String latin1) {
        byte[] b = latin1.getBytes(StandardCharsets.ISO_8859_1);
        return like instanceof PyByteArray ? new PyByteArray(b) : PyBytes.of(b);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static String sepArg(PyObject o) {
        if (o == null || o == Py.None) return null;
        return text(o);
    }

    private static PyList splitWhitespace(PyObject self, String s, int max, boolean right) {
        PyList parts = new PyList();
        java.util.List<String> tmp = new java.util.ArrayList<>();
        if (max < 0) max = Integer.MAX_VALUE;
        if (!right) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) i++;
                if (i >= n) break;
                if (max-- == 0) {
                    tmp.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) j++;
                tmp.add(s.substring(i, j));
                i = j;
            }
        } else {
            int j = s.length();
            java.util.List<String> rev = new java.util.ArrayList<>();
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1))) j--;
                if (j <= 0) break;
                if (max-- == 0) {
                    rev.add(s.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
                rev.add(s.substring(i, j));
                j = i;
            }
            for (int k = rev.size() - 1; k >= 0; k--) tmp.add(rev.get(k));
        }
        for (String p : tmp) parts.append(make(self, p));
        return parts;
    }

    private static MethFast splitter(String name, boolean right) {
        return (self, a, o, n, k) -> {
            PyObject[] v = Args.parse(name, a, o, n, k, new String[] {"sep", "maxsplit"}, 0);
            String sep = sepArg(v[0]);
            int max = v[1] == null ? -1 : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, PyNumber.asSize(v[1], null)));
            String s = text(self);
            if (sep == null) return splitWhitespace(self, s, max, right);
            PyList strs = right ? StrMethods.rsplit(s, sep, max) : StrMethods.split(s, sep, max);
            PyList out = new PyList();
            for (int i = 0; i < strs.size(); i++) out.append(make(self, ((PyStr) strs.get(i)).value));
            return out;
        };
    }

    private static MethFast stripper(String name, boolean left, boolean right) {
        return (self, a, o, n, k) -> {
            Args.noKeywords(name, k);
            Args.range(name, n, 0, 1);
            String s = text(self);
            String chars = n == 0 || a[o] == Py.None ? null : text(a[o]);
            int i = 0, j = s.length();
            if (left) while (i < j && (chars == null ? isSpace(s.charAt(i)) : chars.indexOf(s.charAt(i)) >= 0)) i++;
            if (right) while (j > i && (chars == null ? isSpace(s.charAt(j - 1)) : chars.indexOf(s.charAt(j - 1)) >= 0)) j--;
            return make(self, s.substring(i, j));
        };
    }

    private static String mapAscii(String s, int mode) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            char r = c;
            switch (mode) {
                case 0 -> r = low ? (char) (c - 32) : c;
                case 1 -> r = up ? (char) (c + 32) : c;
                case 2 -> r = up ? (char) (c + 32) : low ? (char) (c - 32) : c;
                case 3 -> r = prevCased ? (up ? (char) (c + 32) : c) : (low ? (char) (c - 32) : c);
                default -> r = i == 0 ? (low ? (char) (c - 32) : c) : (up ? (char) (c + 32) : c);
            }
            prevCased = up || low;
            sb.append(r);
        }
        return sb.toString();
    }

    interface ByteTest {
        boolean test(char c);
    }

    private static MethNoArgs predicate(ByteTest t) {
        return self -> {
            String s = text(self);
            if (s.isEmpty()) return Py.False;
            for (int i = 0; i < s.length(); i++) if (!t.test(s.charAt(i))) return Py.False;
            return Py.True;
        };
    }

    /** _Py_bytes_istitle: uppercase only after uncased bytes, lowercase only after cased, some cased byte. */
    private static boolean isTitle(String s) {
        boolean cased = false, previousCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (previousCased) return false;
                previousCased = cased = true;
            } else if (c >= 'a' && c <= 'z') {
                if (!previousCased) return false;
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    private static boolean alpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Runs a str method on the latin-1 text and converts str results back to bytes. */
    private static MethFast viaStr(String name) {
        return (self, a, o, n, k) -> {
            int nk = k == null ? 0 : k.size();
            PyObject[] args = new PyObject[n + nk];
            for (int i = 0; i < n + nk; i++) {
                PyObject x = a[o + i];
                if (x instanceof PyStr) throw strArgument(name, i);
                args[i] = x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView
                        ? PyStr.of(text(x)) : x;
            }
            PyObject m = Abstract.getAttr(PyStr.of(text(self)), name);
            return back(self, Abstract.call(m, args, 0, n, k));
        };
    }

    /** bytes methods take no str: the fill of center/ljust/rjust says so in its own words. */
    private static PyException strArgument(String name, int i) {
        if (i == 1 && (name.equals("center") || name.equals("ljust") || name.equals("rjust")))
            return PyErr.format(PyExc.TypeError, "%s() argument 2 must be a byte string of length 1, not str", name);
        return PyErr.format(PyExc.TypeError, "a bytes-like object is required, not 'str'");
    }

    private static PyObject back(PyObject self, PyObject r) {
        if (r instanceof PyStr s) return make(self, s.value);
        if (r instanceof PyTuple t) {
            PyObject[] items = t.toArray();
            for (int i = 0; i < items.length; i++) items[i] = back(self, items[i]);
            return PyTuple.wrap(items);
        }
        if (r instanceof PyList l) {
            PyList out = new PyList();
            for (int i = 0; i < l.size(); i++) out.append(back(self, l.get(i)));
            return out;
        }
        return r;
    }

    /** bytes.translate(table, /, delete=b''): table None or 256 bytes; bytes in delete are dropped. */
    private static PyObject translate(PyObject self, PyObject table, PyObject delete) {
        byte[] map = null;
        if (table != Py.None) {
            map = PyBytes.fromObject(table);
            if (map.length != 256) {
                throw PyErr.format(PyExc.ValueError, "translation table must be 256 characters long");
            }
        }
        boolean[] drop = new boolean[256];
        if (delete != null) {
            for (byte d : PyBytes.fromObject(delete)) drop[d & 0xFF] = true;
        }
        byte[] in = PyBytes.fromObject(self);
        byte[] out = new byte[in.length];
        int len = 0;
        boolean changed = false;
        for (byte b : in) {
            int c = b & 0xFF;
            if (drop[c]) {
                changed = true;
                continue;
            }
            byte r = map == null ? b : map[c];
            changed |= r != b;
            out[len++] = r;
        }
        if (!changed && self.getClass() == PyBytes.class) return self;
        byte[] result = java.util.Arrays.copyOf(out, len);
        return self instanceof PyByteArray ? new PyByteArray(result) : PyBytes.of(result);
    }

    /** bytes.maketrans(frm, to): the 256-byte table mapping each byte of frm to the one of to. */
    private static PyObject maketrans(PyObject frm, PyObject to) {
        byte[] f = PyBytes.fromObject(frm), t = PyBytes.fromObject(to);
        if (f.length != t.length) {
            throw PyErr.format(PyExc.ValueError, "maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte) i;
        for (int i = 0; i < f.length; i++) table[f[i] & 0xFF] = t[i];
        return PyBytes.of(table);
    }

    static void register(PyType t) {
        t.addMethod("split", splitter("split", false));
        t.addMethod("rsplit", splitter("rsplit", true));
        t.addMethod("strip", stripper("strip", true, true));
        t.addMethod("lstrip", stripper("lstrip", true, false));
        t.addMethod("rstrip", stripper("rstrip", false, true));
        t.addMethod("upper", (MethNoArgs) s -> make(s, mapAscii(text(s), 0)));
        t.addMethod("lower", (MethNoArgs) s -> make(s, mapAscii(text(s), 1)));
        t.addMethod("swapcase", (MethNoArgs) s -> make(s, mapAscii(text(s), 2)));
        t.addMethod("title", (MethNoArgs) s -> make(s, mapAscii(text(s), 3)));
        t.addMethod("capitalize", (MethNoArgs) s -> make(s, mapAscii(text(s), 4)));
        t.addMethod("isalpha", predicate(BytesMethods::alpha));
        t.addMethod("isdigit", predicate(BytesMethods::digit));
        t.addMethod("isalnum", predicate(c -> alpha(c) || digit(c)));
        t.addMethod("isspace", predicate(BytesMethods::isSpace));
        t.addMethod("islower", (MethNoArgs) s -> PyBool.of(text(s).chars().anyMatch(c -> c >= 'a' && c <= 'z')
                && text(s).chars().noneMatch(c -> c >= 'A' && c <= 'Z')));
        t.addMethod("isupper", (MethNoArgs) s -> PyBool.of(text(s).chars().anyMatch(c -> c >= 'A' && c <= 'Z')
                && text(s).chars().noneMatch(c -> c >= 'a' && c <= 'z')));
        t.addMethod("istitle", (MethNoArgs) s -> PyBool.of(isTitle(text(s))));
        t.addMethod("isascii", (MethNoArgs) s -> PyBool.of(text(s).chars().allMatch(c -> c < 128)));
        t.addMethod("translate", (self, a, o, n, k) -> {
            PyObject[] p = Args.parse("translate", a, o, n, k, new String[] {"", "delete"}, 1);
            return translate(self, p[0], p[1]);
        });
        t.addStaticMethod("maketrans", (s, a, o, n, k) -> {
            Args.noKeywords("maketrans", k);
            Args.exactly("maketrans", n, 2);
            return maketrans(a[o], a[o + 1]);
        });
        for (String m : new String[] {"replace", "partition", "rpartition", "center",
            "ljust", "rjust", "zfill", "splitlines", "expandtabs", "removeprefix", "removesuffix"})
            t.addMethod(m, viaStr(m));
    }
}
