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
        for (String p : tmp) parts.append(p.length() == s.length() ? same(self) : make(self, p));
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
            if (strs.size() == 1 && self.getClass() == PyBytes.class) out.set(0, self);
            return out;
        };
    }

    private static MethFast stripper(String name, boolean left, boolean right) {
        return (self, a, o, n, k) -> {
            Args.noKeywords(qual(self, name), k);
            Args.range(name, n, 0, 1);
            String s = text(self);
            String chars = n == 0 || a[o] == Py.None ? null : text(a[o]);
            int i = 0, j = s.length();
            if (left) while (i < j && (chars == null ? isSpace(s.charAt(i)) : chars.indexOf(s.charAt(i)) >= 0)) i++;
            if (right) while (j > i && (chars == null ? isSpace(s.charAt(j - 1)) : chars.indexOf(s.charAt(j - 1)) >= 0)) j--;
            return i == 0 && j == s.length() ? same(self) : make(self, s.substring(i, j));
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

    /** The qualified name CPython's method descriptors report: "bytes.strip". */
    static String qual(PyObject self, String name) {
        return (self instanceof PyByteArray ? "bytearray." : "bytes.") + name;
    }

    /** self's bytes as a result: exact bytes are returned as they are, anything else copied. */
    private static PyObject same(PyObject self) {
        return self.getClass() == PyBytes.class ? self : make(self, text(self));
    }

    private static PyObject replace(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(qual(self, "replace"), k);
        Args.range("replace", n, 2, 3);
        String s = text(self), old = text(a[o]), rep = text(a[o + 1]);
        long count = n > 2 ? Args.ssize(a[o + 2]) : -1;
        if (count < 0) count = Long.MAX_VALUE;
        StringBuilder sb = new StringBuilder();
        int i = 0, done = 0;
        if (old.isEmpty()) {
            for (; done < count && done <= s.length(); done++) {
                sb.append(rep);
                if (done < s.length()) sb.append(s.charAt(done));
            }
            i = Math.min(done, s.length());
        } else {
            for (int j; done < count && (j = s.indexOf(old, i)) >= 0; done++) {
                sb.append(s, i, j).append(rep);
                i = j + old.length();
            }
        }
        if (done == 0) return same(self);
        return make(self, sb.append(s, i, s.length()).toString());
    }

    private static PyObject partition(PyObject self, PyObject sepObj, boolean right) {
        String s = text(self), sep = text(sepObj);
        if (sep.isEmpty()) throw PyErr.format(PyExc.ValueError, "empty separator");
        if (self instanceof PyByteArray) sepObj = make(self, sep);
        int i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        PyObject empty = make(self, "");
        PyObject whole = self instanceof PyBytes ? self : make(self, s);
        if (i < 0) return right ? PyTuple.of(empty, make(self, ""), whole) : PyTuple.of(whole, empty, make(self, ""));
        return PyTuple.of(make(self, s.substring(0, i)), sepObj, make(self, s.substring(i + sep.length())));
    }

    /** The fill byte of center/ljust/rjust: a bytes or bytearray of length 1. */
    private static char fillArg(String name, PyObject[] a, int o, int n) {
        if (n < 2) return ' ';
        PyObject f = a[o + 1];
        if ((f instanceof PyBytes || f instanceof PyByteArray) && PyBytes.fromObject(f).length == 1)
            return (char) (PyBytes.fromObject(f)[0] & 0xff);
        throw PyErr.format(PyExc.TypeError, "%s() argument 2 must be a byte string of length 1, not %.50s", name,
                PyErr.typeName(f));
    }

    private static MethFast padder(String name, int mode) {
        return (self, a, o, n, k) -> {
            Args.noKeywords(qual(self, name), k);
            Args.range(name, n, 1, 2);
            long width = Args.ssize(a[o]);
            char fill = fillArg(name, a, o, n);
            String s = text(self);
            if (width <= s.length()) return same(self);
            int marg = (int) (width - s.length());
            int left = mode == 0 ? 0 : mode == 1 ? marg : marg / 2 + (marg & (int) width & 1);
            return make(self, StrMethods.pad(s, left, marg - left, fill));
        };
    }

    private static PyObject zfill(PyObject self, PyObject w) {
        String s = text(self);
        long width = Args.ssize(w);
        if (width <= s.length()) return same(self);
        String z = "0".repeat((int) (width - s.length()));
        boolean signed = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-');
        if (signed) return make(self, s.charAt(0) + z + s.substring(1));
        return make(self, z + s);
    }

    private static PyObject expandtabs(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("expandtabs", a, o, n, k, new String[] {"tabsize"}, 0);
        long tab = v[0] == null ? 8 : IntOps.asCInt(v[0]);
        String s = text(self);
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tab > 0) {
                    int sp = (int) (tab - col % tab);
                    sb.append(" ".repeat(sp));
                    col += sp;
                }
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return make(self, sb.toString());
    }

    /** splitlines: only \\n, \\r and \\r\\n end lines of bytes. */
    private static PyObject splitlines(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("splitlines", a, o, n, k, new String[] {"keepends"}, 0);
        boolean keep = v[0] != null && PyNumber.index(v[0]).signum() != 0;
        String s = text(self);
        PyList out = new PyList();
        for (int i = 0, len = s.length(); i < len; ) {
            int j = i;
            while (j < len && s.charAt(j) != '\n' && s.charAt(j) != '\r') j++;
            int eol = j;
            if (j < len) {
                j += s.charAt(j) == '\r' && j + 1 < len && s.charAt(j + 1) == '\n' ? 2 : 1;
                if (keep) eol = j;
            }
            out.append(i == 0 && eol == len ? same(self) : make(self, s.substring(i, eol)));
            i = j;
        }
        return out;
    }

    private static PyObject removeAffix(PyObject self, PyObject x, boolean prefix) {
        String s = text(self), a = text(x);
        if (!a.isEmpty() && prefix && s.startsWith(a)) return make(self, s.substring(a.length()));
        if (!a.isEmpty() && !prefix && s.endsWith(a)) return make(self, s.substring(0, s.length() - a.length()));
        return same(self);
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
            Args.noKeywords(t.getName() + ".maketrans", k);
            Args.exactly("maketrans", n, 2);
            return maketrans(a[o], a[o + 1]);
        });
        t.addMethod("replace", (MethFast) BytesMethods::replace);
        t.addMethod("partition", (MethO) (s, x) -> partition(s, x, false));
        t.addMethod("rpartition", (MethO) (s, x) -> partition(s, x, true));
        t.addMethod("center", padder("center", 2));
        t.addMethod("ljust", padder("ljust", 0));
        t.addMethod("rjust", padder("rjust", 1));
        t.addMethod("zfill", (MethO) BytesMethods::zfill);
        t.addMethod("expandtabs", (MethFast) BytesMethods::expandtabs);
        t.addMethod("splitlines", (MethFast) BytesMethods::splitlines);
        t.addMethod("removeprefix", (MethO) (s, x) -> removeAffix(s, x, true));
        t.addMethod("removesuffix", (MethO) (s, x) -> removeAffix(s, x, false));
    }
}
