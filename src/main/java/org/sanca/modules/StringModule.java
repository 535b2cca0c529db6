package org.sanca.modules;

import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * The _string module string.Formatter builds on: formatter_parser splits a format string into
 * (literal, field name, format spec, conversion) items, formatter_field_name_split a field
 * name into its first part and its attribute and index accesses — both lazily, each error raised
 * when iteration reaches it.
 * CPython: Objects/stringlib/unicode_format.h (MarkupIterator, FieldNameIterator), Objects/unicodeobject.c.
 */
public final class StringModule {
    private StringModule() {}

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        BuiltinsModule.def(m, d, "_string", "formatter_parser", (s, a, o, n, k) -> {
            org.sanca.objects.Args.noKeywords("formatter_parser", k);
            org.sanca.objects.Args.exactly("formatter_parser", n, 1);
            return new MarkupIterator(text("formatter_parser", a[o]));
        });
        BuiltinsModule.def(m, d, "_string", "formatter_field_name_split", (s, a, o, n, k) -> {
            org.sanca.objects.Args.noKeywords("formatter_field_name_split", k);
            org.sanca.objects.Args.exactly("formatter_field_name_split", n, 1);
            return fieldNameSplit(text("formatter_field_name_split", a[o]));
        });
        return m;
    }

    private static String text(String fn, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "%s() argument must be str, not %.200s", fn, PyErr.typeName(o));
        }
        return s.asString();
    }

    private static PyObject strOrInt(String s) {
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return PyInt.of(new java.math.BigInteger(s));
        }
        return PyStr.of(s);
    }

    // ---- formatter_parser ---------------------------------------------------------------------

    static final PyType MARKUP = new PyType("formatteriterator");

    static {
        MARKUP.tp_iter = o -> o;
        MARKUP.tp_iternext = o -> ((MarkupIterator) o).next();
        MARKUP.ready();
    }

    /** MarkupIterator: one literal-and-field item per step. */
    static final class MarkupIterator extends PyObject {
        private final String s;
        private int pos;

        MarkupIterator(String s) {
            this.s = s;
        }

        @Override
        public PyType type() {
            return MARKUP;
        }

        PyObject next() {
            int len = s.length();
            if (pos >= len) return null;
            int start = pos;
            boolean markup = false;
            while (pos < len) {
                char c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            int literalEnd = markup ? pos - 1 : pos;
            if (markup) {
                char c = s.charAt(pos - 1);
                boolean doubled = pos < len && s.charAt(pos) == c;
                if (doubled) {
                    pos++;
                    return item(s.substring(start, literalEnd + 1), null, null, null);
                }
                if (c == '}') {
                    throw PyErr.format(PyExc.ValueError, "Single '}' encountered in format string");
                }
                if (pos >= len) {
                    throw PyErr.format(PyExc.ValueError, "Single '{' encountered in format string");
                }
                return field(s.substring(start, literalEnd));
            }
            return item(s.substring(start, literalEnd), null, null, null);
        }

        /**
         * The replacement field after a '{': field_name ['!' conversion] [':' format_spec] '}',
         * read as parse_field reads it (a '[' in the name skips to its ']'; braces nest in the spec).
         */
        private PyObject field(String literal) {
            int len = s.length(), nameStart = pos;
            char c = 0;
            while (pos < len) {
                c = s.charAt(pos++);
                if (c == '{') {
                    throw PyErr.format(PyExc.ValueError, "unexpected '{' in field name");
                }
                if (c == '[') {
                    while (pos < len && s.charAt(pos) != ']') pos++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            if (c != '}' && c != ':' && c != '!') {
                throw PyErr.format(PyExc.ValueError, "expected '}' before end of string");
            }
            String name = s.substring(nameStart, pos - 1);
            if (c == '}') {
                return item(literal, PyStr.of(name), PyStr.of(""), Py.None);
            }
            PyObject conversion = Py.None;
            if (c == '!') {
                if (pos >= len) {
                    throw PyErr.format(PyExc.ValueError, "end of string while looking for conversion specifier");
                }
                conversion = PyStr.of(String.valueOf(s.charAt(pos++)));
                if (pos < len) {
                    c = s.charAt(pos++);
                    if (c == '}') {
                        return item(literal, PyStr.of(name), PyStr.of(""), conversion);
                    }
                    if (c != ':') {
                        throw PyErr.format(PyExc.ValueError, "expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = pos, count = 1;
            while (pos < len) {
                c = s.charAt(pos++);
                if (c == '{') {
                    count++;
                } else if (c == '}' && --count == 0) {
                    return item(literal, PyStr.of(name), PyStr.of(s.substring(specStart, pos - 1)), conversion);
                }
            }
            throw PyErr.format(PyExc.ValueError, "unmatched '{' in format spec");
        }

        private static PyObject item(String literal, PyObject name, PyObject spec, PyObject conversion) {
            return PyTuple.of(PyStr.of(literal), name == null ? Py.None : name, spec == null ? Py.None : spec,
                conversion == null ? Py.None : conversion);
        }
    }

    // ---- formatter_field_name_split -----------------------------------------------------------

    static final PyType FIELD_NAME = new PyType("fieldnameiterator");

    static {
        FIELD_NAME.tp_iter = o -> o;
        FIELD_NAME.tp_iternext = o -> ((FieldNameIterator) o).next();
        FIELD_NAME.ready();
    }

    private static PyObject fieldNameSplit(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
        return PyTuple.of(strOrInt(name.substring(0, i)), new FieldNameIterator(name, i));
    }

    /** FieldNameIterator: (True, attribute) for '.name', (False, key) for '[key]'. */
    static final class FieldNameIterator extends PyObject {
        private final String s;
        private int pos;

        FieldNameIterator(String s, int pos) {
            this.s = s;
            this.pos = pos;
        }

        @Override
        public PyType type() {
            return FIELD_NAME;
        }

        PyObject next() {
            int len = s.length();
            if (pos >= len) return null;
            char c = s.charAt(pos++);
            if (c == '.') {
                int start = pos;
                while (pos < len && s.charAt(pos) != '.' && s.charAt(pos) != '[') pos++;
                if (pos == start) {
                    throw PyErr.format(PyExc.ValueError, "Empty attribute in format string");
                }
                return PyTuple.of(PyBool.of(true), PyStr.of(s.substring(start, pos)));
            }
            if (c == '[') {
                int start = pos;
                while (pos < len && s.charAt(pos) != ']') pos++;
                if (pos >= len) {
                    throw PyErr.format(PyExc.ValueError, "Missing ']' in format string");
                }
                String key = s.substring(start, pos++);
                if (key.isEmpty()) {
                    throw PyErr.format(PyExc.ValueError, "Empty attribute in format string");
                }
                if (pos < len && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                    throw PyErr.format(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                }
                return PyTuple.of(PyBool.of(false), strOrInt(key));
            }
            throw PyErr.format(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
}
