package org.sanca.objects;

import static org.sanca.objects.PyBaseException.field;
import static org.sanca.objects.PyBaseException.self;

import org.sanca.objects.Slots.*;

/**
 * The exception classes with attributes or messages of their own: StopIteration, SystemExit, KeyError,
 * ImportError, NameError, AttributeError, OSError, SyntaxError, the Unicode errors and exception groups.
 * CPython: Objects/exceptions.c.
 */
final class ExcKinds {
    private ExcKinds() {}

    private static PyObject arg0(PyObject[] a, int o, int n) {
        return n > 0 ? a[o] : Py.None;
    }

    /** BaseException.__init__'s work without the keyword check. */
    private static void setArgs(PyObject self, PyObject[] a, int o, int n) {
        self(self).args = Args.tuple(a, o, n);
    }

    /** Accepts only the named keywords, storing them as fields. */
    private static void keywordFields(PyObject self, String cls, PyObject[] a, int o, int n, PyTuple k, String... names) {
        if (k == null) return;
        outer:
        for (int i = 0; i < k.size(); i++) {
            String key = ((PyStr) k.get(i)).value;
            for (String nm : names) {
                if (nm.equals(key)) {
                    self(self).setAttrField(nm, a[o + n + i]);
                    continue outer;
                }
            }
            throw PyErr.format(PyExc.TypeError, "'%s' is an invalid keyword argument for %s()", key, cls);
        }
    }

    static void init() {
        PyExc.StopIteration.tp_init = (s, a, o, n, k) -> {
            Args.noKeywords("StopIteration", k);
            setArgs(s, a, o, n);
            self(s).setAttrField("value", arg0(a, o, n));
        };
        field(PyExc.StopIteration, "value");
        PyExc.SystemExit.tp_init = (s, a, o, n, k) -> {
            Args.noKeywords("SystemExit", k);
            setArgs(s, a, o, n);
            self(s).setAttrField("code", n == 0 ? Py.None : n == 1 ? a[o] : self(s).args);
        };
        field(PyExc.SystemExit, "code");
        PyExc.KeyError.tp_str = s -> self(s).args.size() == 1 ? Abstract.repr(self(s).args.get(0)) : PyBaseException.str(s);
        initImportError();
        PyExc.NameError.tp_init = (s, a, o, n, k) -> {
            keywordFields(s, "NameError", a, o, n, k, "name");
            setArgs(s, a, o, n);
        };
        field(PyExc.NameError, "name");
        PyExc.NameError.tp_str = PyBaseException::str;
        PyExc.AttributeError.tp_str = PyBaseException::str;
        PyExc.AttributeError.tp_init = (s, a, o, n, k) -> {
            keywordFields(s, "AttributeError", a, o, n, k, "name", "obj");
            setArgs(s, a, o, n);
        };
        field(PyExc.AttributeError, "name");
        field(PyExc.AttributeError, "obj");
        OSErrors.init();
        initSyntaxError();
        UnicodeErrors.init();
        ExceptionGroups.init();
    }

    /**
     * set_attribute_error_context: an AttributeError that has neither name nor obj yet is given
     * the attribute's name and the object it was looked up on.
     */
    static PyException attributeErrorContext(PyException e, PyObject o, PyStr name) {
        PyBaseException v = e.value;
        if (v.type().isSubtype(PyExc.AttributeError) && v.getAttrField("name") == Py.None
                && v.getAttrField("obj") == Py.None) {
            v.setAttrField("name", name);
            v.setAttrField("obj", o);
        }
        return e;
    }

    private static void initImportError() {
        PyType t = PyExc.ImportError;
        t.tp_init = (s, a, o, n, k) -> {
            keywordFields(s, "ImportError", a, o, n, k, "name", "path");
            setArgs(s, a, o, n);
            self(s).setAttrField("msg", n == 1 ? a[o] : Py.None);
        };
        t.tp_str = s -> {
            PyObject msg = self(s).getAttrField("msg");
            return msg != Py.None ? Abstract.str(msg) : PyBaseException.str(s);
        };
        field(t, "msg");
        field(t, "name");
        field(t, "path");
        t.addMethod("__reduce__", (MethNoArgs) ExcKinds::importErrorReduce);
    }

    /** ImportError_reduce: name and path travel in the state dict. */
    private static PyObject importErrorReduce(PyObject s) {
        PyBaseException e = self(s);
        PyObject name = e.getAttrField("name"), path = e.getAttrField("path");
        PyDict state = e.dict == null ? null : e.dict.copy();
        if (name != Py.None || path != Py.None) {
            if (state == null) state = new PyDict();
            if (name != Py.None) state.setItem(PyStr.of("name"), name);
            if (path != Py.None) state.setItem(PyStr.of("path"), path);
        }
        return state == null || state.size() == 0 ? PyTuple.of(s.type(), e.args) : PyTuple.of(s.type(), e.args, state);
    }

    private static void initSyntaxError() {
        PyType t = PyExc.SyntaxError;
        String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        t.tp_init = (s, a, o, n, k) -> {
            Args.noKeywords("SyntaxError", k);
            setArgs(s, a, o, n);
            PyBaseException e = self(s);
            if (n >= 1) e.setAttrField("msg", a[o]);
            if (n == 2) {
                PyTuple info = PyTuple.fromIterable(a[o + 1]);
                if (info.size() < 4 || info.size() > 6)
                    throw PyErr.format(PyExc.TypeError, "function takes at %s %d arguments (%d given)",
                            info.size() < 4 ? "least" : "most", info.size() < 4 ? 4 : 6, info.size());
                for (int i = 0; i < info.size(); i++) e.setAttrField(names[i], info.get(i));
            }
        };
        t.tp_str = ExcKinds::syntaxErrorStr;
        field(t, "msg");
        for (String nm : names) field(t, nm);
        field(t, "print_file_and_line");
    }

    private static PyObject syntaxErrorStr(PyObject s) {
        PyBaseException e = self(s);
        PyObject msg = e.getAttrField("msg");
        String m = Abstract.str(msg).value;
        PyObject fn = e.getAttrField("filename"), ln = e.getAttrField("lineno");
        String file = null;
        if (fn instanceof PyStr fs) {
            String f = fs.value;
            int slash = f.lastIndexOf('/');
            file = slash >= 0 ? f.substring(slash + 1) : f;
        }
        boolean haveLine = ln instanceof PyInt;
        if (file != null && haveLine) return PyStr.of(m + " (" + file + ", line " + ln + ")");
        if (file != null) return PyStr.of(m + " (" + file + ")");
        if (haveLine) return PyStr.of(m + " (line " + ln + ")");
        return Abstract.str(msg);
    }

    /** Adds a METH_NOARGS method (helper for the exception families). */
    static void method(PyType t, String name, MethNoArgs f) {
        t.addMethod(name, f);
    }
}
