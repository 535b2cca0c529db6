package org.sanca.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The docstrings of the builtin functions and types and of their methods and descriptors, read from
 * the resource docstrings.txt (written from CPython 3.11 by tools/gen_docstrings.py) the first time a
 * __doc__ is asked for, so start-up does not pay for them.
 * CPython: the tp_doc and ml_doc strings of Objects/ and Python/bltinmodule.c.
 */
final class Docstrings {
    private Docstrings() {}

    /** Keys: MODULE.NAME (a module function), MODULE.NAME.__text_signature__, TYPE, TYPE.ATTR. */
    private static final class Table {
        static final Map<String, String> DOCS = load();
    }

    /** The docstring under key as a str, or None. */
    static PyObject of(String key) {
        String d = Table.DOCS.get(key);
        return d == null ? Py.None : PyStr.of(d);
    }

    /** The docstring of attribute name of type owner, or None. */
    static PyObject of(PyType owner, String name) {
        return of(owner.getName() + "." + name);
    }

    /**
     * The docstring of slot wrapper name of type owner: a wrapper Sanca defines on a type whose
     * CPython counterpart inherits it (type.__eq__ is object's) takes its base's.
     */
    static PyObject ofSlot(PyType owner, String name) {
        for (PyType t = owner; t != null; t = t.base) {
            PyObject d = of(t.getName() + "." + name);
            if (d != Py.None) return d;
        }
        return Py.None;
    }

    private static Map<String, String> load() {
        Map<String, String> docs = new HashMap<>();
        try (InputStream in = Docstrings.class.getResourceAsStream("docstrings.txt")) {
            if (in == null) return docs;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) docs.put(line.substring(0, tab), unescape(line, tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** The text after from with the generator's escapes (\\, \n, \t) undone. */
    private static String unescape(String s, int from) {
        StringBuilder sb = new StringBuilder(s.length() - from);
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
