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

    private static void render(String fmt, PyObject[] a, int o, int n, PyTuple kw, PyObject mapping, StringBuilder out,
            int[] auto, int depth) {
        if (depth < 0) throw PyErr.format(PyExc.ValueError, "Max string recursion exceeded");
        int i = 0, len = fmt.length();
        while (i < len) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < len && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                if (i + 1 == len) throw PyErr.format(PyExc.ValueError, "Single '{' encountered in format string");
                int level = 1, j = i + 1;
                boolean inName = true, inBracket = false;
                while (j < len && level > 0) {
                    char d = fmt.charAt(j++);
                    if (inBracket) {
                        inBracket = d != ']';
                    } else if (inName && d == '[') {
                        inBracket = true;
                    } else if (d == ':' || d == '!') {
                        inName = false;
                    } else if (d == '{') {
                        level++;
                    } else if (d == '}') {
                        level--;
                    }
                }
                if (level > 0) throw PyErr.format(PyExc.ValueError, "expected '}' before end of string");
                field(fmt.substring(i + 1, j - 1), a, o, n, kw, mapping, out, auto, depth);
                i = j;
            } else if (c == '}') {
                if (i + 1 < len && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErr.format(PyExc.ValueError, "Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private static void field(String f, PyObject[] a, int o, int n, PyTuple kw, PyObject mapping, StringBuilder out,
            int[] auto, int depth) {
        int colon = -1, bang = -1, br = 0;
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if (c == '[') br++;
            else if (c == ']') br--;
            else if (br == 0 && c == '!' && bang < 0 && colon < 0) bang = k;
            else if (br == 0 && c == ':' && colon < 0) {
                colon = k;
                break;
            }
        }
        String spec = colon >= 0 ? f.substring(colon + 1) : "";
        String head = colon >= 0 ? f.substring(0, colon) : f;
        char conv = 0;
        if (bang >= 0) {
            if (bang + 2 != head.length())
                throw PyErr.format(PyExc.ValueError, "expected ':' after conversion specifier");
            conv = head.charAt(bang + 1);
            head = head.substring(0, bang);
        }
        PyObject v = lookup(head, a, o, n, kw, mapping, auto);
        if (conv == 'r') v = Abstract.repr(v);
        else if (conv == 's') v = Abstract.str(v);
        else if (conv == 'a') v = Abstract.ascii(v);
        else if (conv != 0)
            throw PyErr.format(PyExc.ValueError, "Unknown conversion specifier %c", (int) conv);
        if (spec.indexOf('{') >= 0) {
            StringBuilder sb = new StringBuilder();
            render(spec, a, o, n, kw, mapping, sb, auto, depth - 1);
            spec = sb.toString();
        }
        out.append(Abstract.format(v, PyStr.of(spec)).value);
    }

    private static PyObject lookup(String name, PyObject[] a, int o, int n, PyTuple kw, PyObject mapping, int[] auto) {
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
        String first = name.substring(0, k);
        PyObject v;
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
            if (name.charAt(k) == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
                v = Abstract.getAttr(v, name.substring(k + 1, e));
                k = e;
            } else {
                int e = name.indexOf(']', k);
                if (e < 0) throw PyErr.format(PyExc.ValueError, "Missing ']' in format string");
                String key = name.substring(k + 1, e);
                PyObject ko = !key.isEmpty() && key.chars().allMatch(Character::isDigit) ? PyInt.of(new java.math.BigInteger(key)) : PyStr.of(key);
                v = Abstract.getItem(v, ko);
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
