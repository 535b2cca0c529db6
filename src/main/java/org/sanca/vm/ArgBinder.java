package org.sanca.vm;

import java.util.ArrayList;
import java.util.List;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyException;
import org.sanca.objects.ObjectArrays;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * Binds a call's arguments (vectorcall form: positional values then keyword values in one array,
 * keyword names in a tuple) to a new frame's fast locals, with CPython's exact TypeErrors.
 * CPython: Python/ceval.c (initialize_locals, too_many_positional, missing_arguments,
 * positional_only_passed_as_keyword).
 */
final class ArgBinder {
    private ArgBinder() {}

    /** Fills {@code locals} from {@code args[off .. off+nargs+len(kwnames))}. */
    static void bind(PyFunction fn, ExecCode x, PyObject[] locals, PyObject[] args, int off, int nargs,
                     PyTuple kwnames) {
        int argcount = x.argcount;
        int total = x.totalArgs;
        PyDict kwdict = null;
        if (x.hasFlag(PyCode.CO_VARKEYWORDS)) {
            kwdict = new PyDict();
            locals[total + (x.hasFlag(PyCode.CO_VARARGS) ? 1 : 0)] = kwdict;
        }
        int n = Math.min(nargs, argcount);
        System.arraycopy(args, off, locals, 0, n);
        if (x.hasFlag(PyCode.CO_VARARGS)) {
            locals[total] = nargs > n ? PyTuple.of(ObjectArrays.copyOfRange(args, off + n, off + nargs)) : PyTuple.EMPTY;
        }
        if (kwnames != null) bindKeywords(fn, x, locals, args, off + nargs, kwnames, kwdict);
        if (nargs > argcount && !x.hasFlag(PyCode.CO_VARARGS)) throw tooManyPositional(fn, x, locals, nargs);
        if (nargs < argcount) fillDefaults(fn, x, locals, nargs);
        if (x.kwonly > 0) fillKwDefaults(fn, x, locals);
    }

    private static void bindKeywords(PyFunction fn, ExecCode x, PyObject[] locals, PyObject[] args, int kwoff,
                                     PyTuple kwnames, PyDict kwdict) {
        for (int i = 0; i < kwnames.size(); i++) {
            PyObject name = kwnames.get(i);
            PyObject value = args[kwoff + i];
            if (!(name instanceof PyStr)) throw Errors.typeError(fn.qualname() + "() keywords must be strings");
            int j = findArg(x, name);
            if (j < 0) {
                if (kwdict == null) throw unexpectedKeyword(fn, x, kwnames, name);
                kwdict.setItem(name, value);
                continue;
            }
            if (locals[j] != null) {
                throw Errors.typeError(fn.qualname() + "() got multiple values for argument '" + str(name) + "'");
            }
            locals[j] = value;
        }
    }

    /** The slot of the keyword-passable parameter called {@code name}, or -1. */
    private static int findArg(ExecCode x, PyObject name) {
        PyObject[] names = x.localsNames;
        for (int j = x.posonly; j < x.totalArgs; j++) {
            if (names[j] == name) return j;
        }
        for (int j = x.posonly; j < x.totalArgs; j++) {
            if (names[j].equals(name)) return j;
        }
        return -1;
    }

    private static PyException unexpectedKeyword(PyFunction fn, ExecCode x, PyTuple kwnames, PyObject name) {
        List<String> posonly = new ArrayList<>();
        for (int i = 0; i < kwnames.size(); i++) {
            for (int j = 0; j < x.posonly; j++) {
                if (x.localsNames[j].equals(kwnames.get(i))) posonly.add(str(kwnames.get(i)));
            }
        }
        if (!posonly.isEmpty()) {
            return Errors.typeError(fn.qualname() + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonly) + "'");
        }
        return Errors.typeError(fn.qualname() + "() got an unexpected keyword argument '" + str(name) + "'");
    }

    private static PyException tooManyPositional(PyFunction fn, ExecCode x, PyObject[] locals, int given) {
        int kwonlyGiven = 0;
        for (int i = x.argcount; i < x.totalArgs; i++) {
            if (locals[i] != null) kwonlyGiven++;
        }
        int defcount = fn.defaults == null ? 0 : fn.defaults.size();
        String sig;
        boolean plural;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (x.argcount - defcount) + " to " + x.argcount;
        } else {
            plural = x.argcount != 1;
            sig = Integer.toString(x.argcount);
        }
        String kwonlySig = kwonlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return Errors.typeError(fn.qualname() + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private static void fillDefaults(PyFunction fn, ExecCode x, PyObject[] locals, int nargs) {
        int defcount = fn.defaults == null ? 0 : fn.defaults.size();
        int m = x.argcount - defcount;
        List<String> missing = new ArrayList<>();
        for (int i = nargs; i < m; i++) {
            if (locals[i] == null) missing.add(x.localName(i));
        }
        if (!missing.isEmpty()) throw missingArguments(fn, missing, "positional");
        for (int i = Math.max(nargs, m); i < x.argcount; i++) {
            if (locals[i] == null) locals[i] = fn.defaults.get(i - m);
        }
    }

    private static void fillKwDefaults(PyFunction fn, ExecCode x, PyObject[] locals) {
        List<String> missing = new ArrayList<>();
        for (int i = x.argcount; i < x.totalArgs; i++) {
            if (locals[i] != null) continue;
            PyObject def = fn.kwdefaults == null ? null : fn.kwdefaults.getItem(x.localsNames[i]);
            if (def != null) {
                locals[i] = def;
            } else {
                missing.add(x.localName(i));
            }
        }
        if (!missing.isEmpty()) throw missingArguments(fn, missing, "keyword-only");
    }

    private static PyException missingArguments(PyFunction fn, List<String> names, String kind) {
        int n = names.size();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) list.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            list.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(fn.qualname() + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + list);
    }

    private static String str(PyObject name) {
        return ((PyStr) name).asString();
    }
}
