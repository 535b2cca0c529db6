package org.sanca.modules;

import java.util.ArrayList;
import java.util.List;

import org.sanca.objects.Args;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * Argument parsing for posix's functions with the messages Argument Clinic's generated code gives:
 * keyword-capable signatures (_PyArg_UnpackKeywords), positional-only ones (_PyArg_CheckPositional)
 * and the METH_O / METH_NOARGS forms, whose messages name the function as {@code posix.name()}.
 * CPython: Python/getargs.c, Modules/clinic/posixmodule.c.h.
 */
final class PosixArgs {
    private PosixArgs() {}

    /**
     * A signature written as its __text_signature__ shows it, e.g.
     * {@code "path, mode, *, dir_fd=, follow_symlinks="}: '=' marks an optional parameter, '/' the end
     * of the positional-only ones, '*' the start of the keyword-only ones.
     */
    record Sig(String fn, String[] names, int minpos, int maxpos, int posonly) {}

    static Sig sig(String fn, String spec) {
        List<String> names = new ArrayList<>();
        int minpos = 0, maxpos = -1, posonly = 0;
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            if (p.equals("*") || p.equals("/")) {
                if (p.equals("*")) maxpos = names.size();
                else posonly = names.size();
                continue;
            }
            boolean optional = p.endsWith("=");
            names.add(optional ? p.substring(0, p.length() - 1) : p);
            if (!optional && maxpos < 0) minpos = names.size();
        }
        return new Sig(fn, names.toArray(new String[0]), minpos, maxpos < 0 ? names.size() : maxpos, posonly);
    }

    /** _PyArg_UnpackKeywords: the arguments bound to the signature's names, absent ones null. */
    static PyObject[] parse(Sig s, PyObject[] a, int o, int n, PyTuple kw) {
        int nkw = kw == null ? 0 : kw.size(), maxargs = s.names.length;
        String fn = s.fn;
        if (n + nkw > maxargs)
            throw PyErr.format(PyExc.TypeError, "%.200s() takes at most %d %sargument%s (%d given)", fn, maxargs,
                n == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", n + nkw);
        if (n > s.maxpos) {
            if (s.maxpos == 0) throw PyErr.format(PyExc.TypeError, "%.200s() takes no positional arguments", fn);
            throw PyErr.format(PyExc.TypeError, "%.200s() takes %s %d positional argument%s (%d given)", fn,
                s.minpos < s.maxpos ? "at most" : "exactly", s.maxpos, s.maxpos == 1 ? "" : "s", n);
        }
        int minposonly = Math.min(s.posonly, s.minpos);
        if (n < minposonly)
            throw PyErr.format(PyExc.TypeError, "%.200s() takes %s %d positional argument%s (%d given)", fn,
                minposonly < s.maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", n);
        PyObject[] out = new PyObject[maxargs];
        int left = nkw;
        for (int i = 0; i < maxargs; i++) {
            if (i < n) {
                out[i] = a[o + i];
            } else if (left > 0 && i >= s.posonly) {
                int j = find(kw, s.names[i]);
                if (j >= 0) {
                    out[i] = a[o + n + j];
                    left--;
                }
            }
            if (out[i] == null && i < s.minpos)
                throw PyErr.format(PyExc.TypeError, "%.200s() missing required argument '%s' (pos %d)", fn,
                    s.names[i], i + 1);
        }
        if (left > 0) throw unexpected(s, kw, n);
        return out;
    }

    private static int find(PyTuple kw, String name) {
        for (int j = 0; j < kw.size(); j++) {
            if (((PyStr) kw.get(j)).asString().equals(name)) return j;
        }
        return -1;
    }

    private static RuntimeException unexpected(Sig s, PyTuple kw, int n) {
        for (int i = s.posonly; i < n; i++) {
            if (find(kw, s.names[i]) >= 0)
                return PyErr.format(PyExc.TypeError, "argument for %.200s() given by name ('%s') and position (%d)",
                    s.fn, s.names[i], i + 1);
        }
        for (int j = 0; j < kw.size(); j++) {
            String k = ((PyStr) kw.get(j)).asString();
            int at = java.util.Arrays.asList(s.names).indexOf(k);
            if (at < s.posonly)
                return PyErr.format(PyExc.TypeError, "'%s' is an invalid keyword argument for %.200s()", k, s.fn);
        }
        return PyErr.format(PyExc.TypeError, "%.200s() got an unexpected keyword argument", s.fn);
    }

    /** A positional-only METH_FASTCALL function taking {@code min} to {@code max} arguments. */
    static void positional(String fn, int n, PyTuple kw, int min, int max) {
        Args.noKeywords("posix." + fn, kw);
        Args.range(fn, n, min, max);
    }

    /** A METH_O function's single argument. */
    static PyObject one(String fn, PyObject[] a, int o, int n, PyTuple kw) {
        return BuiltinsModule.one("posix." + fn, a, o, n, kw);
    }

    /** A METH_NOARGS function. */
    static void none(String fn, int n, PyTuple kw) {
        BuiltinsModule.noArgs("posix." + fn, n, kw);
    }
}
