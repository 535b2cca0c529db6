package org.sanca.objects;

import static org.sanca.objects.StrType.arg;
import static org.sanca.objects.StrType.self;
import static org.sanca.objects.StrSurrogates.wrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sanca.objects.Slots.*;

/**
 * The methods of str: searching, splitting, joining, case mapping, padding, predicates, encode, format.
 * CPython: Objects/unicodeobject.c (unicode_methods) and Objects/stringlib/*.
 */
final class StrMethods {
    private StrMethods() {}

    /** Py_UNICODE_ISSPACE. */
    static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** Line boundaries of str.splitlines. */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    /** A slice bound argument (None allowed) adjusted as ADJUST_INDICES does, in code points. */
    static int[] bounds(PyStr s, PyObject start, PyObject end) {
        int len = s.length();
        long st = start == null || start == Py.None ? 0 : sliceIndex(start);
        long en = end == null || end == Py.None ? len : sliceIndex(end);
        if (en > len) en = len;
        else if (en < 0) en = Math.max(0, en + len);
        if (st < 0) st = Math.max(0, st + len);
        return new int[] {(int) Math.min(st, Integer.MAX_VALUE), (int) en};
    }

    static long sliceIndex(PyObject o) {
        if (!PyNumber.isIndex(o))
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
        return PyNumber.asSize(o, null);
    }

    private static PyObject opt(PyObject[] a, int o, int n, int i) {
        return i < n ? a[o + i] : null;
    }

    /** find/rfind/index/rindex/count share this: the code point index or -1. */
    private static int find(PyStr s, PyObject sub, PyObject start, PyObject end, boolean reverse, String fname) {
        PyStr t = plainArg(sub);
        int[] b = bounds(s, start, end);
        if (b[0] > b[1] || b[0] > s.length()) return -1;
        int cs = s.charIndex(b[0]), ce = s.charIndex(b[1]);
        String region = s.value.substring(cs, ce);
        int r = reverse ? region.lastIndexOf(t.value) : region.indexOf(t.value);
        return r < 0 ? -1 : s.cpIndex(cs + r);
    }

    /** stringlib_parse_args_finds's counts: "find() takes at most 3 arguments (4 given)". */
    static void findArity(String name, int n) {
        if (n < 1) throw PyErr.format(PyExc.TypeError, "%s() takes at least 1 argument (0 given)", name);
        if (n > 3) throw PyErr.format(PyExc.TypeError, "%s() takes at most 3 arguments (%d given)", name, n);
    }

    /** A str argument checked as PyUnicode_Check callers do: "must be str, not int". */
    static PyStr plainArg(PyObject o) {
        if (o instanceof PyStr s) return s;
        throw PyErr.format(PyExc.TypeError, "must be str, not %.100s", PyErr.typeName(o));
    }

    private static MethFast finder(String name, boolean reverse, boolean raise) {
        return (self, a, o, n, k) -> {
            Args.noKeywords("str." + name, k);
            findArity(name, n);
            int r = find(self(self), a[o], opt(a, o, n, 1), opt(a, o, n, 2), reverse, name);
            if (r < 0 && raise) throw PyErr.format(PyExc.ValueError, "substring not found");
            return PyInt.of(r);
        };
    }

    private static PyObject count(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("str.count", k);
        findArity("count", n);
        PyStr s = self(self), t = plainArg(a[o]);
        int[] b = bounds(s, opt(a, o, n, 1), opt(a, o, n, 2));
        if (b[0] > b[1] || b[0] > s.length()) return PyInt.of(0);
        if (t.value.isEmpty()) return PyInt.of(b[1] - b[0] + 1);
        String region = s.value.substring(s.charIndex(b[0]), s.charIndex(b[1]));
        int c = 0;
        for (int i = region.indexOf(t.value); i >= 0; i = region.indexOf(t.value, i + t.value.length())) c++;
        return PyInt.of(c);
    }

    private static MethFast startsEnds(String name, boolean ends) {
        return (self, a, o, n, k) -> {
            Args.noKeywords("str." + name, k);
            findArity(name, n);
            PyStr s = self(self);
            int[] b = bounds(s, opt(a, o, n, 1), opt(a, o, n, 2));
            if (a[o] instanceof PyTuple tup) {
                for (PyObject x : tup.items) {
                    if (!(x instanceof PyStr xs))
                        throw PyErr.format(PyExc.TypeError, "tuple for %s must only contain str, not %.100s", name,
                                PyErr.typeName(x));
                    if (matchAt(s, xs, b, ends)) return Py.True;
                }
                return Py.False;
            }
            if (!(a[o] instanceof PyStr xs))
                throw PyErr.format(PyExc.TypeError, "%s first arg must be str or a tuple of str, not %.100s", name,
                        PyErr.typeName(a[o]));
            return PyBool.of(matchAt(s, xs, b, ends));
        };
    }

    private static boolean matchAt(PyStr s, PyStr x, int[] b, boolean ends) {
        if (b[0] > s.length() || b[1] - b[0] < x.length()) return false;
        int cs = s.charIndex(b[0]), ce = s.charIndex(b[1]);
        if (ce - cs < x.value.length()) return false;
        return ends ? s.value.startsWith(x.value, ce - x.value.length()) : s.value.startsWith(x.value, cs);
    }

    // ---- split / join ---------------------------------------------------------------------------------

    static PyList split(String s, String sep, int maxsplit) {
        PyList out = new PyList();
        if (maxsplit < 0) maxsplit = Integer.MAX_VALUE;
        if (sep == null) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) i++;
                if (i >= n) break;
                if (maxsplit-- == 0) {
                    out.append(PyStr.of(s.substring(i)));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) j++;
                out.append(PyStr.of(s.substring(i, j)));
                i = j;
            }
            return out;
        }
        if (sep.isEmpty()) throw PyErr.format(PyExc.ValueError, "empty separator");
        int i = 0;
        while (maxsplit-- > 0) {
            int j = s.indexOf(sep, i);
            if (j < 0) break;
            out.append(PyStr.of(s.substring(i, j)));
            i = j + sep.length();
        }
        out.append(PyStr.of(s.substring(i)));
        return out;
    }

    static PyList rsplit(String s, String sep, int maxsplit) {
        if (maxsplit < 0 && sep == null) return split(s, null, maxsplit);
        if (maxsplit < 0) maxsplit = Integer.MAX_VALUE;
        List<PyObject> parts = new ArrayList<>();
        if (sep == null) {
            int j = s.length();
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1))) j--;
                if (j <= 0) break;
                if (maxsplit-- == 0) {
                    parts.add(PyStr.of(s.substring(0, j)));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
                parts.add(PyStr.of(s.substring(i, j)));
                j = i;
            }
        } else {
            if (sep.isEmpty()) throw PyErr.format(PyExc.ValueError, "empty separator");
            int j = s.length();
            while (maxsplit-- > 0) {
                int i = s.lastIndexOf(sep, j - sep.length());
                if (i < 0) break;
                parts.add(PyStr.of(s.substring(i + sep.length(), j)));
                j = i;
            }
            parts.add(PyStr.of(s.substring(0, j)));
        }
        PyList out = new PyList();
        for (int i = parts.size() - 1; i >= 0; i--) out.append(parts.get(i));
        return out;
    }

    private static MethFast splitter(String name, boolean right) {
        return (self, a, o, n, k) -> {
            PyObject[] v = Args.parse(name, a, o, n, k, new String[] {"sep", "maxsplit"}, 0);
            String sep = v[0] == null || v[0] == Py.None ? null : sepArg(v[0]).value;
            int max = v[1] == null ? -1 : (int) Math.max(Math.min(Args.ssize(v[1]), Integer.MAX_VALUE), -1);
            String s = self(self).value;
            return right ? rsplit(s, sep, max) : split(s, sep, max);
        };
    }

    private static PyStr sepArg(PyObject o) {
        if (o instanceof PyStr s) return s;
        throw PyErr.format(PyExc.TypeError, "must be str or None, not %.100s", PyErr.typeName(o));
    }

    static PyObject join(PyObject self, PyObject iterable) {
        String sep = self(self).value;
        PyObject[] items = iterable instanceof PyList l ? l.toArray() : ((PyTuple) iterable).items;
        if (items.length == 1 && items[0].getClass() == PyStr.class) return items[0];
        String[] parts = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s))
                throw PyErr.format(PyExc.TypeError, "sequence item %d: expected str instance, %.80s found", i,
                        PyErr.typeName(items[i]));
            parts[i] = s.value;
        }
        return PyStr.of(String.join(sep, parts));
    }

    private static PyObject splitlines(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("splitlines", a, o, n, k, new String[] {"keepends"}, 0);
        boolean keep = v[0] != null && PyNumber.index(v[0]).signum() != 0;
        String s = self(self).value;
        PyList out = new PyList();
        int i = 0, len = s.length();
        while (i < len) {
            int j = i;
            while (j < len && !isLineBreak(s.charAt(j))) j++;
            int eol = j;
            if (j < len) {
                j += s.charAt(j) == '\r' && j + 1 < len && s.charAt(j + 1) == '\n' ? 2 : 1;
                if (keep) eol = j;
            }
            out.append(PyStr.of(s.substring(i, eol)));
            i = j;
        }
        return out;
    }

    // ---- strip / pad ------------------------------------------------------------------------------------

    private static MethFast stripper(String name, boolean left, boolean right) {
        return (self, a, o, n, k) -> {
            Args.noKeywords("str." + name, k);
            Args.range(name, n, 0, 1);
            String s = self(self).value;
            String chars = n == 0 || a[o] == Py.None ? null : stripArg(a[o], name);
            int i = 0, j = s.length();
            if (left) while (i < j && strippable(s.charAt(i), chars)) i++;
            if (right) while (j > i && strippable(s.charAt(j - 1), chars)) j--;
            return i == 0 && j == s.length() && self.getClass() == PyStr.class ? self : PyStr.of(s.substring(i, j));
        };
    }

    private static String stripArg(PyObject o, String name) {
        if (o instanceof PyStr s) return s.value;
        throw PyErr.format(PyExc.TypeError, "%s arg must be None or str", name);
    }

    private static boolean strippable(char c, String chars) {
        return chars == null ? isSpace(c) : chars.indexOf(c) >= 0;
    }

    private static int fillChar(PyObject[] a, int o, int n, String name) {
        if (n < 2) return ' ';
        if (!(a[o + 1] instanceof PyStr f))
            throw PyErr.format(PyExc.TypeError, "The fill character must be a unicode character, not %.100s",
                    PyErr.typeName(a[o + 1]));
        if (f.length() != 1)
            throw PyErr.format(PyExc.TypeError, "The fill character must be exactly one character long");
        return f.codePointAt(0);
    }

    static String pad(String s, int left, int right, int fill) {
        if (left <= 0 && right <= 0) return s;
        String f = new String(Character.toChars(fill));
        return f.repeat(Math.max(0, left)) + s + f.repeat(Math.max(0, right));
    }

    private static MethFast padder(String name, int mode) {
        return (self, a, o, n, k) -> {
            Args.noKeywords("str." + name, k);
            Args.range(name, n, 1, 2);
            PyStr s = self(self);
            long width = Args.ssize(a[o]);
            int fill = fillChar(a, o, n, name);
            int len = s.length();
            if (width <= len) return s.getClass() == PyStr.class ? s : PyStr.of(s.value);
            int marg = (int) (width - len);
            int left = switch (mode) {
                case 0 -> 0;
                case 1 -> marg;
                default -> marg / 2 + (marg & (int) width & 1);
            };
            return PyStr.of(pad(s.value, left, marg - left, fill));
        };
    }

    private static PyObject zfill(PyObject self, PyObject w) {
        String s = self(self).value;
        long width = Args.ssize(w);
        int len = self(self).length();
        if (width <= len) return self.getClass() == PyStr.class ? self : PyStr.of(s);
        int fill = (int) (width - len);
        String z = "0".repeat(fill);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) return PyStr.of(s.charAt(0) + z + s.substring(1));
        return PyStr.of(z + s);
    }

    private static PyObject expandtabs(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("expandtabs", a, o, n, k, new String[] {"tabsize"}, 0);
        int tab = v[0] == null ? 8 : (int) PyNumber.asSize(v[0], PyExc.OverflowError);
        String s = self(self).value;
        if (s.indexOf('\t') < 0) return self.getClass() == PyStr.class ? self : PyStr.of(s);
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tab > 0) {
                    int sp = tab - col % tab;
                    sb.append(" ".repeat(sp));
                    col += sp;
                }
            } else {
                sb.append(c);
                if (c == '\n' || c == '\r') col = 0;
                else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))) col++;
            }
        }
        return PyStr.of(sb.toString());
    }

    // ---- case -------------------------------------------------------------------------------------------

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (prevCased) appendLower(sb, s, i, c);
            else sb.append(titleOf(c));
            i += Character.charCount(c);
            prevCased = isCased(c);
        }
        return sb.toString();
    }

    /** _PyUnicode_ToTitleFull. */
    private static String titleOf(int c) {
        String full = UnicodeTables.TITLE_FULL.get(c);
        if (full != null) return full;
        return Character.toString(UnicodeTables.in(UnicodeTables.HAS_TITLE, c) ? Character.toTitleCase(c) : c);
    }

    /** lower_ucs4: c (at index i of s) lowered, with the final sigma rule. */
    private static void appendLower(StringBuilder sb, String s, int i, int c) {
        if (!UnicodeTables.in(UnicodeTables.HAS_LOWER, c)) sb.appendCodePoint(c);
        else if (c == 0x3a3) sb.append(finalSigma(s, i) ? '\u03c2' : '\u03c3');
        else sb.append(Character.toString(c).toLowerCase(Locale.ROOT));
    }

    /** c upper-cased with its full mapping (only where Unicode 14 has one). */
    private static void appendUpper(StringBuilder sb, int c) {
        if (!UnicodeTables.in(UnicodeTables.HAS_UPPER, c)) sb.appendCodePoint(c);
        else sb.append(Character.toString(c).toUpperCase(Locale.ROOT));
    }

    /**
     * upper()/lower(): Java's full case mapping, restricted to the characters CPython 3.11's Unicode 14 maps
     * (so characters added later stay unchanged); plain ASCII/whole-string mapping when that is all there is.
     */
    static String mapCase(String s, int[] changes, boolean upper) {
        boolean simple = true;
        for (int i = 0; i < s.length() && simple; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && !UnicodeTables.in(changes, c) && Character.isLetter(c)) simple = false;
            if (Character.isSurrogate(c)) simple = false;
        }
        if (simple) return upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (upper) appendUpper(sb, c);
            else appendLower(sb, s, i, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** Final sigma rule: a capital sigma after a cased letter and not before one lowers to final sigma. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        boolean before = false;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (isCased(c)) {
                before = true;
                break;
            }
            if (!isCaseIgnorable(c)) break;
        }
        if (!before) return false;
        for (j = i + 1; j < s.length(); ) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (isCased(c)) return false;
            if (!isCaseIgnorable(c)) return true;
        }
        return true;
    }

    private static boolean isCaseIgnorable(int c) {
        int t = Character.getType(c);
        return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xad || c == 0xb7 || c == 0x2019
                || t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL;
    }

    static boolean isCased(int c) {
        return isUpper(c) || isLower(c) || isTitle(c);
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) return s;
        int c = s.codePointAt(0);
        StringBuilder sb = new StringBuilder(s.length()).append(titleOf(c));
        for (int i = Character.charCount(c); i < s.length(); ) {
            int d = s.codePointAt(i);
            appendLower(sb, s, i, d);
            i += Character.charCount(d);
        }
        return sb.toString();
    }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isUpper(c)) appendLower(sb, s, i, c);
            else if (isLower(c)) appendUpper(sb, c);
            else sb.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** str.casefold: the full case folding, which is lower() but for the CASEFOLD table's code points. */
    private static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            String f = UnicodeTables.CASEFOLD.get(c);
            if (f != null) sb.append(f);
            else appendLower(sb, s, i, c == 0x3a3 ? 0x3c3 : c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    // ---- predicates ---------------------------------------------------------------------------------------

    interface CodePointTest {
        boolean test(int c);
    }

    private static MethNoArgs predicate(CodePointTest t) {
        return self -> {
            String s = self(self).value;
            if (s.isEmpty()) return Py.False;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                if (!t.test(c)) return Py.False;
                i += Character.charCount(c);
            }
            return Py.True;
        };
    }

    static boolean isDecimal(int c) {
        if (c < 128) return c >= '0' && c <= '9';
        return UnicodeTables.in(UnicodeTables.DECIMAL, c);
    }

    static boolean isDigit(int c) {
        if (c < 128) return c >= '0' && c <= '9';
        return UnicodeTables.in(UnicodeTables.DIGIT, c);
    }

    static boolean isNumeric(int c) {
        if (c < 128) return c >= '0' && c <= '9';
        return UnicodeTables.in(UnicodeTables.NUMERIC, c);
    }

    static boolean isAlpha(int c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return UnicodeTables.in(UnicodeTables.ALPHA, c);
    }

    static boolean isUpper(int c) {
        if (c < 128) return c >= 'A' && c <= 'Z';
        return UnicodeTables.in(UnicodeTables.UPPER, c);
    }

    static boolean isLower(int c) {
        if (c < 128) return c >= 'a' && c <= 'z';
        return UnicodeTables.in(UnicodeTables.LOWER, c);
    }

    static boolean isTitle(int c) {
        return UnicodeTables.in(UnicodeTables.TITLE, c);
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int c0 = s.codePointAt(0);
        if (!UnicodeTables.in(UnicodeTables.XID_START, c0)) return false;
        for (int i = Character.charCount(c0); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!UnicodeTables.in(UnicodeTables.XID_CONTINUE, c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    private static PyObject caseTest(PyObject self, boolean upper) {
        String s = self(self).value;
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (upper ? isLower(c) || isTitle(c) : isUpper(c) || isTitle(c)) return Py.False;
            if (upper ? isUpper(c) : isLower(c)) cased = true;
        }
        return PyBool.of(cased);
    }

    private static PyObject istitle(PyObject self) {
        String s = self(self).value;
        boolean cased = false, prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isUpper(c) || isTitle(c)) {
                if (prevCased) return Py.False;
                prevCased = cased = true;
            } else if (isLower(c)) {
                if (!prevCased) return Py.False;
                prevCased = cased = true;
            } else prevCased = false;
        }
        return PyBool.of(cased);
    }

    // ---- replace / partition ------------------------------------------------------------------------------

    private static PyObject replace(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("str.replace", k);
        Args.range("replace", n, 2, 3);
        PyStr s = self(self);
        String old = arg(a[o], "replace() argument 1").value, rep = arg(a[o + 1], "replace() argument 2").value;
        long count = n > 2 ? Args.ssize(a[o + 2]) : -1;
        if (count < 0) count = Long.MAX_VALUE;
        String v = s.value;
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            for (; i < v.length() && count > 0; count--) {
                sb.append(rep);
                int c = v.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
            if (count > 0) sb.append(rep);
            sb.append(v, i, v.length());
            return PyStr.of(sb.toString());
        }
        int i = 0;
        for (int j; count > 0 && (j = v.indexOf(old, i)) >= 0; count--) {
            sb.append(v, i, j).append(rep);
            i = j + old.length();
        }
        if (i == 0 && self.getClass() == PyStr.class) return self;
        return PyStr.of(sb.append(v, i, v.length()).toString());
    }

    private static PyObject partition(PyObject self, PyObject sepObj, boolean right) {
        String s = self(self).value;
        String sep = plainArg(sepObj).value;
        if (sep.isEmpty()) throw PyErr.format(PyExc.ValueError, "empty separator");
        int i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) return right ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self) : PyTuple.of(self, PyStr.EMPTY, PyStr.EMPTY);
        return PyTuple.of(PyStr.of(s.substring(0, i)), sepObj, PyStr.of(s.substring(i + sep.length())));
    }

    private static PyObject removeAffix(PyObject self, PyObject x, boolean prefix) {
        String s = self(self).value, a = arg(x, prefix ? "removeprefix() argument" : "removesuffix() argument").value;
        if (!a.isEmpty() && prefix && s.startsWith(a)) return PyStr.of(s.substring(a.length()));
        if (!a.isEmpty() && !prefix && s.endsWith(a)) return PyStr.of(s.substring(0, s.length() - a.length()));
        return self.getClass() == PyStr.class ? self : PyStr.of(s);
    }

    private static int mappedCodePoint(PyInt r) {
        if (!r.fitsLong() || r.longValue() < 0 || r.longValue() > 0x10ffff)
            throw PyErr.format(PyExc.ValueError, "character mapping must be in range(0x110000)");
        return (int) r.longValue();
    }

    private static PyObject translate(PyObject self, PyObject table) {
        int[] cps = self(self).codePoints();
        CodePointBuilder sb = new CodePointBuilder(cps.length);
        for (int c : cps) {
            PyObject r;
            try {
                r = Abstract.getItem(table, PyInt.of(c));
            } catch (PyException e) {
                if (!e.matches(PyExc.LookupError)) throw e;
                sb.add(c);
                continue;
            }
            if (r == Py.None) continue;
            if (r instanceof PyInt ri) sb.add(mappedCodePoint(ri));
            else if (r instanceof PyStr rs) sb.add(rs);
            else throw PyErr.format(PyExc.TypeError, "character mapping must return integer, None or str");
        }
        return sb.toStr();
    }

    private static PyObject maketrans(PyObject cls, PyObject[] a, int o, int n, PyTuple k) {
        Args.range("maketrans", n, 1, 3);
        PyDict d = new PyDict();
        if (n == 1) {
            if (!(a[o] instanceof PyDict src))
                throw PyErr.format(PyExc.TypeError, "if you give only one argument to maketrans it must be a dict");
            for (PyDict.Entry e : src.entries()) {
                PyObject key = e.key();
                if (key instanceof PyStr ks) {
                    if (ks.length() != 1)
                        throw PyErr.format(PyExc.ValueError, "string keys in translate table must be of length 1");
                    key = PyInt.of(ks.codePointAt(0));
                } else if (!(key instanceof PyInt))
                    throw PyErr.format(PyExc.TypeError, "keys in translate table must be strings or integers");
                d.setItem(key, e.value());
            }
            return d;
        }
        PyStr y = arg(a[o + 1], "maketrans() argument 2");
        PyStr z = n == 3 ? arg(a[o + 2], "maketrans() argument 3") : null;
        if (!(a[o] instanceof PyStr x))
            throw PyErr.format(PyExc.TypeError,
                    "first maketrans argument must be a string if there is a second argument");
        if (x.length() != y.length())
            throw PyErr.format(PyExc.ValueError, "the first two maketrans arguments must have equal length");
        for (int i = 0; i < x.length(); i++) d.setItem(PyInt.of(x.codePointAt(i)), PyInt.of(y.codePointAt(i)));
        if (z != null) {
            for (int i = 0; i < z.length(); i++) d.setItem(PyInt.of(z.codePointAt(i)), Py.None);
        }
        return d;
    }

    private static PyObject encode(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("encode", a, o, n, k, new String[] {"encoding", "errors"}, 0);
        String enc = v[0] == null ? "utf-8" : arg(v[0], "encode() argument 'encoding'").value;
        String err = v[1] == null ? "strict" : arg(v[1], "encode() argument 'errors'").value;
        return PyBytes.of(Codecs.encode(self(self), enc, err));
    }

    static void register(PyType t) {
        t.addMethod("find", wrap(finder("find", false, false)));
        t.addMethod("rfind", wrap(finder("rfind", true, false)));
        t.addMethod("index", wrap(finder("index", false, true)));
        t.addMethod("rindex", wrap(finder("rindex", true, true)));
        t.addMethod("count", wrap((MethFast) StrMethods::count));
        t.addMethod("startswith", wrap(startsEnds("startswith", false)));
        t.addMethod("endswith", wrap(startsEnds("endswith", true)));
        t.addMethod("split", wrap(splitter("split", false)));
        t.addMethod("rsplit", wrap(splitter("rsplit", true)));
        t.addMethod("splitlines", wrap((MethFast) StrMethods::splitlines));
        MethO join = wrap((MethO) StrMethods::join);
        t.addMethod("join", (MethO) (s, x) ->
                join.call(s, x instanceof PyList || x instanceof PyTuple ? x
                        : new PyTuple(SeqOps.fast(x, "can only join an iterable"))));
        t.addMethod("strip", wrap(stripper("strip", true, true)));
        t.addMethod("lstrip", wrap(stripper("lstrip", true, false)));
        t.addMethod("rstrip", wrap(stripper("rstrip", false, true)));
        t.addMethod("ljust", wrap(padder("ljust", 0)));
        t.addMethod("rjust", wrap(padder("rjust", 1)));
        t.addMethod("center", wrap(padder("center", 2)));
        t.addMethod("zfill", wrap((MethO) StrMethods::zfill));
        t.addMethod("expandtabs", wrap((MethFast) StrMethods::expandtabs));
        t.addMethod("upper", wrap((MethNoArgs) s -> PyStr.of(mapCase(self(s).value, UnicodeTables.HAS_UPPER, true))));
        t.addMethod("lower", wrap((MethNoArgs) s -> PyStr.of(mapCase(self(s).value, UnicodeTables.HAS_LOWER, false))));
        t.addMethod("title", wrap((MethNoArgs) s -> PyStr.of(title(self(s).value))));
        t.addMethod("capitalize", wrap((MethNoArgs) s -> PyStr.of(capitalize(self(s).value))));
        t.addMethod("swapcase", wrap((MethNoArgs) s -> PyStr.of(swapcase(self(s).value))));
        t.addMethod("casefold", wrap((MethNoArgs) s -> PyStr.of(casefold(self(s).value))));
        t.addMethod("isdigit", wrap(predicate(StrMethods::isDigit)));
        t.addMethod("isdecimal", wrap(predicate(StrMethods::isDecimal)));
        t.addMethod("isnumeric", wrap(predicate(StrMethods::isNumeric)));
        t.addMethod("isalpha", wrap(predicate(StrMethods::isAlpha)));
        t.addMethod("isalnum", wrap(predicate(c -> isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c))));
        t.addMethod("isspace", wrap(predicate(StrMethods::isSpace)));
        t.addMethod("isascii", wrap((MethNoArgs) s -> PyBool.of(self(s).value.chars().allMatch(c -> c < 128))));
        t.addMethod("isprintable", wrap((MethNoArgs) s -> PyBool.of(self(s).value.codePoints().allMatch(StrRepr::isPrintable))));
        t.addMethod("isidentifier", wrap((MethNoArgs) s -> PyBool.of(isIdentifier(self(s).value))));
        t.addMethod("isupper", wrap((MethNoArgs) s -> caseTest(s, true)));
        t.addMethod("islower", wrap((MethNoArgs) s -> caseTest(s, false)));
        t.addMethod("istitle", wrap((MethNoArgs) StrMethods::istitle));
        t.addMethod("replace", wrap((MethFast) StrMethods::replace));
        t.addMethod("partition", wrap((MethO) (s, x) -> partition(s, x, false)));
        t.addMethod("rpartition", wrap((MethO) (s, x) -> partition(s, x, true)));
        t.addMethod("removeprefix", wrap((MethO) (s, x) -> removeAffix(s, x, true)));
        t.addMethod("removesuffix", wrap((MethO) (s, x) -> removeAffix(s, x, false)));
        t.addMethod("translate", (MethO) StrMethods::translate);
        t.addStaticMethod("maketrans", (s, a, o, n, k) -> maketrans(s, a, o, n, k));
        t.addMethod("encode", (MethFast) StrMethods::encode);
        t.addMethod("format", wrap((MethFast) (s, a, o, n, k) -> PyStr.of(Formatter.format(self(s).value, a, o, n, k, null))));
        t.addMethod("format_map", wrap((MethO) (s, m) -> PyStr.of(Formatter.format(self(s).value, null, 0, 0, null, m))));
        t.addMethod("__format__", wrap((MethO) (s, spec) -> FormatSpec.formatStr(self(s), arg(spec, "__format__() argument"))));
        t.addMethod("__getnewargs__", wrap((MethNoArgs) s -> PyTuple.of(PyStr.of(self(s).value))));
        t.addMethod("__sizeof__", (MethNoArgs) s -> PyInt.of(49 + self(s).value.length()));
    }
}
