package org.sanca.objects;

/**
 * str.format and str.format_map: replacement fields with indexes, names, attributes, items,
 * conversions (!r !s !a) and nested format specs.
 * CPython: Objects/stringlib/unicode_format.h (MarkupIterator, get_field_object, render_field).
 */
final class Formatter {
    private Formatter() {}

    static String format(String fmt, PyObject[] a, int o, int n, PyTuple kw, PyObject mapping) {
        StringBuilder out = new StringBuilder();
        int[] auto = {0};
        render(fmt, a, o, n, kw, mapping, out, auto, 2);
        return out.toString();
    }

    /** build_string: literal text and replacement fields; nested specs may go two levels deep. */
    private static void render(String fmt, PyObject[] a, int o, int n, PyTuple kw, PyObject mapping, StringBuilder out,
            int[] auto, int depth) {
        if (depth <= 0) throw PyErr.format(PyExc.ValueError, "Max string recursion exceeded");
        int i = 0, len = fmt.length();
        while (i < len) {
            char c = fmt.charAt(i++);
            if (c != '{' && c != '}') {
                out.append(c);
                continue;
            }
            boolean atEnd = i >= len;
            if (c == '}' && (atEnd || fmt.charAt(i) != '}'))
                throw PyErr.format(PyExc.ValueError, "Single '}' encountered in format string");
            if (atEnd) throw PyErr.format(PyExc.ValueError, "Single '{' encountered in format string");
            if (fmt.charAt(i) == c) {
                out.append(c);
                i++;
                continue;
            }
            i = field(fmt, i, a, o, n, kw, mapping, out, auto, depth);
        }
    }

    /** parse_field and render_field for the field starting at i (after its '{'); returns the index after its '}'. */
    private static int field(String f, int i, PyObject[] a, int o, int n, PyTuple kw, PyObject mapping,
            StringBuilder out, int[] auto, int depth) {
        int len = f.length(), nameStart = i;
        char c = 0;
        while (i < len) {
            c = f.charAt(i++);
            if (c == '{') throw PyErr.format(PyExc.ValueError, "unexpected '{' in field name");
            if (c == '[') {
                while (i < len && f.charAt(i) != ']') i++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        String name = f.substring(nameStart, i - 1 < nameStart ? nameStart : i - 1);
        char conv = 0;
        String spec = "";
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (i >= len)
                    throw PyErr.format(PyExc.ValueError, "end of string while looking for conversion specifier");
                conv = f.charAt(i++);
                if (i < len) {
                    char d = f.charAt(i++);
                    if (d == '}') done = true;
                    else if (d != ':') throw PyErr.format(PyExc.ValueError, "expected ':' after conversion specifier");
                }
            }
            if (!done) {
                int specStart = i, count = 1;
                while (i < len && count > 0) {
                    char d = f.charAt(i++);
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}') {
                        count--;
                    }
                }
                if (count > 0) throw PyErr.format(PyExc.ValueError, "unmatched '{' in format spec");
                spec = f.substring(specStart, i - 1);
            }
        } else if (c != '}') {
            throw PyErr.format(PyExc.ValueError, "expected '}' before end of string");
        }
        PyObject v = lookup(name, a, o, n, kw, mapping, auto);
        if (conv == 'r') v = Abstract.repr(v);
        else if (conv == 's') v = Abstract.str(v);
        else if (conv == 'a') v = Abstract.ascii(v);
        else if (conv != 0)
            throw PyErr.format(PyExc.ValueError, "Unknown conversion specifier %c", (int) conv);
        if (expand) {
            StringBuilder sb = new StringBuilder();
            render(spec, a, o, n, kw, mapping, sb, auto, depth - 1);
            spec = sb.toString();
        }
        out.append(Abstract.format(v, PyStr.of(spec)).value);
        return i;
    }

    private static PyObject lookup(String name, PyObject[] a, int o, int n, PyTuple kw, PyObject mapping, int[] auto) {
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
        String first = name.substring(0, k);
        PyObject v;
        if (mapping != null && (first.isEmpty() || first.chars().allMatch(Character::isDigit)))
            throw PyErr.format(PyExc.ValueError, "Format string contains positional fields");
        if (first.isEmpty()) {
            if (auto[0] < 0)
                throw PyErr.format(PyExc.ValueError, "cannot switch from manual field specification to automatic field numbering");
            v = positional(auto[0]++, a, o, n);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto[0] > 0)
                throw PyErr.format(PyExc.ValueError, "cannot switch from automatic field numbering to manual field specification");
            auto[0] = -1;
            v = positional(FormatSpec.digits(first), a, o, n);
        } else {
            v = null;
            if (mapping != null) v = Abstract.getItem(mapping, PyStr.of(first));
            else if (kw != null)
                for (int i = 0; i < kw.size(); i++) if (((PyStr) kw.get(i)).value.equals(first)) v = a[o + n + i];
            if (v == null) throw PyErr.raise(PyExc.KeyError, PyStr.of(first));
        }
        while (k < name.length()) {
            char c = name.charAt(k);
            int e;
            if (c == '.') {
                e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
            } else if (c == '[') {
                e = name.indexOf(']', k);
                if (e < 0) throw PyErr.format(PyExc.ValueError, "Missing ']' in format string");
            } else {
                throw PyErr.format(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
            String part = name.substring(k + 1, e);
            if (part.isEmpty()) throw PyErr.format(PyExc.ValueError, "Empty attribute in format string");
            if (c == '.') {
                v = Abstract.getAttr(v, part);
                k = e;
            } else {
                boolean index = part.chars().allMatch(Character::isDigit);
                v = Abstract.getItem(v, index ? PyInt.of(new java.math.BigInteger(part)) : PyStr.of(part));
                k = e + 1;
            }
        }
        return v;
    }

    private static PyObject positional(int i, PyObject[] a, int o, int n) {
        if (a == null || i >= n)
            throw PyErr.format(PyExc.IndexError, "Replacement index %d out of range for positional args tuple", i);
        return a[o + i];
    }
}
