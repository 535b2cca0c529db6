package org.sanca.modules;

import org.sanca.vm.ThreadState;
import org.sanca.vm.PyFrame;
import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBaseException;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.runtime.Importer;
import org.sanca.runtime.PySystemState;

/**
 * The _warnings module and the interpreter's warning state: filtering, the per-module registries
 * and showing or raising warnings, for Python code and for warnings issued from Java.
 * CPython: Python/_warnings.c.
 */
public final class WarningsModule {
    private static final PyStr VERSION = PyStr.of("version");
    private static final PyStr REGISTRY = PyStr.of("__warningregistry__");
    private static final PyStr NAME = PyStr.of("__name__");

    /** The filters list (warnings.filters replaces it when that module exists). */
    private PyObject filters;
    private PyObject onceRegistry = new PyDict();
    private PyObject defaultAction = PyStr.of("default");
    /** Bumped by _filters_mutated(); registries recorded under another version are stale. */
    private long filtersVersion;

    /** The state with CPython's default filters of a release build. */
    public WarningsModule() {
        PyList f = new PyList();
        f.append(filter("default", PyExc.DeprecationWarning, PyStr.of("__main__")));
        f.append(filter("ignore", PyExc.DeprecationWarning, Py.None));
        f.append(filter("ignore", PyExc.PendingDeprecationWarning, Py.None));
        f.append(filter("ignore", PyExc.ImportWarning, Py.None));
        f.append(filter("ignore", PyExc.ResourceWarning, Py.None));
        filters = f;
    }

    private static PyTuple filter(String action, PyType category, PyObject module) {
        return PyTuple.of(PyStr.of(action), Py.None, category, module, PyInt.of(0));
    }

    /** Creates the _warnings module over this state. */
    public PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("__doc__"), PyStr.of("_warnings provides basic warning filtering support.\n"
            + "It is a helper module to speed up interpreter start-up."));
        d.setItem(PyStr.of("filters"), filters);
        d.setItem(PyStr.of("_onceregistry"), onceRegistry);
        d.setItem(PyStr.of("_defaultaction"), defaultAction);
        BuiltinsModule.def(m, d, name, "warn", this::warnFunction);
        BuiltinsModule.def(m, d, name, "warn_explicit", this::warnExplicitFunction);
        BuiltinsModule.def(m, d, name, "_filters_mutated", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("_filters_mutated", n, k);
            filtersVersion++;
            return Py.None;
        });
        return m;
    }

    // ---- the module's functions ---------------------------------------------------------------

    /** warn(message, category=None, stacklevel=1, source=None). */
    private PyObject warnFunction(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("warn", a, o, n, k, new String[] {"message", "category", "stacklevel", "source"}, 1);
        PyObject category = category(v[0], v[1]);
        long level = v[2] == null ? 1 : PyNumber.asSize(v[2], PyExc.OverflowError);
        return doWarn(v[0], category, level, v[3]);
    }

    /** warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None). */
    private PyObject warnExplicitFunction(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("warn_explicit", a, o, n, k, new String[] {"message", "category", "filename",
            "lineno", "module", "registry", "module_globals", "source"}, 4);
        if (!(v[2] instanceof PyStr filename)) {
            throw PyErr.format(PyExc.TypeError, "warn_explicit() argument 3 must be str, not %s",
                PyErr.typeName(v[2]));
        }
        int lineno = (int) PyNumber.asSize(v[3], PyExc.OverflowError);
        PyObject sourceLine = null;
        if (v[6] != null && v[6] != Py.None) {
            if (!(v[6] instanceof PyDict globals)) {
                throw PyErr.format(PyExc.TypeError, "module_globals must be a dict, not '%.200s'",
                    PyErr.typeName(v[6]));
            }
            sourceLine = sourceLine(globals, lineno);
        }
        return warnExplicit(v[1], v[0], filename, lineno, v[4], v[5], sourceLine, v[7]);
    }

    /** get_category: the class of a Warning instance, else category (UserWarning when None). */
    private static PyObject category(PyObject message, PyObject category) {
        if (Abstract.isInstance(message, PyExc.Warning)) {
            category = message.type();
        } else if (category == null || category == Py.None) {
            category = PyExc.UserWarning;
        }
        boolean ok;
        try {
            ok = Abstract.isSubclass(category, PyExc.Warning);
        } catch (PyException e) {
            ok = false;
        }
        if (!ok) {
            throw PyErr.format(PyExc.TypeError, "category must be a Warning subclass, not '%s'",
                PyErr.typeName(category));
        }
        return category;
    }

    /** get_source_line: line lineno of the source module_globals' __loader__.get_source gives. */
    private static PyObject sourceLine(PyDict globals, int lineno) {
        PyObject loader = globals.getItemStr(PyStr.of("__loader__"));
        PyObject name = globals.getItemStr(NAME);
        if (loader == null || name == null) return null;
        PyObject getSource = Abstract.lookupAttr(loader, "get_source");
        if (getSource == null) return null;
        PyObject source = Abstract.call(getSource, name);
        if (source == Py.None) return null;
        PyObject lines = Abstract.callMethod(source, "splitlines");
        if (!(lines instanceof PyList l) || lineno < 1 || lineno > l.size()) {
            throw PyErr.format(PyExc.IndexError, "list index out of range");
        }
        return l.get(lineno - 1);
    }

    // ---- entry points for Java code -------------------------------------------------------------

    /** PyErr_WarnEx: a warning with a str message, attributed to the frame stackLevel up. */
    public void warnEx(PyType category, String message, int stackLevel) {
        doWarn(PyStr.of(message), category == null ? PyExc.RuntimeWarning : category, stackLevel, null);
    }

    /**
     * PyErr_WarnExplicitObject as the compiler and parser use it: returns true when the filters
     * turned the warning into an exception of its own category (which the caller reports as a
     * SyntaxError instead); other exceptions propagate.
     */
    public boolean warnExplicitOrError(PyType category, String message, String filename, int lineno) {
        try {
            warnExplicit(category, PyStr.of(message), PyStr.of(filename), lineno, null, null, null, null);
            return false;
        } catch (PyException e) {
            if (e.matches(category)) return true;
            throw e;
        }
    }

    // ---- the machinery --------------------------------------------------------------------------

    /** do_warn: finds the frame stackLevel up and warns with its file, line, module and registry. */
    private PyObject doWarn(PyObject message, PyObject category, long stackLevel, PyObject source) {
        PyFrame f = ThreadState.get().currentFrame();
        if (stackLevel <= 0 || isInternalFrame(f)) {
            while (--stackLevel > 0 && f != null) f = f.getBack();
        } else {
            while (--stackLevel > 0 && f != null) f = nextExternalFrame(f);
        }
        PyDict globals;
        PyStr filename;
        int lineno;
        if (f == null) {
            globals = PySystemState.current().sysModule().getDict();
            filename = PyStr.of("sys");
            lineno = 1;
        } else {
            globals = f.getGlobals();
            filename = PyStr.of(f.getCode().getFilename());
            lineno = f.getLineno();
        }
        PyObject registry = globals.getItemStr(REGISTRY);
        if (registry == null) {
            registry = new PyDict();
            globals.setItem(REGISTRY, registry);
        }
        PyObject module = globals.getItemStr(NAME);
        if (module != Py.None && !(module instanceof PyStr)) module = PyStr.of("<string>");
        return warnExplicit(category, message, filename, lineno, module, registry, null, source);
    }

    /** Frames of importlib's bootstrap, which stack levels skip. */
    private static boolean isInternalFrame(PyFrame f) {
        if (f == null) return false;
        String filename = f.getCode().getFilename();
        return filename != null && filename.contains("importlib") && filename.contains("_bootstrap");
    }

    private static PyFrame nextExternalFrame(PyFrame f) {
        do {
            f = f.getBack();
        } while (f != null && isInternalFrame(f));
        return f;
    }

    /** warn_explicit: filters the warning, records it in the registries, then shows or raises it. */
    private PyObject warnExplicit(PyObject category, PyObject message, PyStr filename, int lineno, PyObject module,
                                  PyObject registry, PyObject sourceLine, PyObject source) {
        if (module == Py.None) return Py.None;
        if (registry == Py.None) registry = null;
        if (registry != null && !(registry instanceof PyDict)) {
            throw PyErr.format(PyExc.TypeError, "'registry' must be a dict or None");
        }
        if (module == null) module = normalizeModule(filename.asString());
        PyObject text;
        if (Abstract.isInstance(message, PyExc.Warning)) {
            text = Abstract.str(message);
            category = message.type();
        } else {
            text = message;
            message = Abstract.call(category, message);
        }
        if (source == Py.None) source = null;
        PyInt linenoObj = PyInt.of(lineno);
        PyTuple key = PyTuple.of(text, category, linenoObj);
        PyDict reg = (PyDict) registry;
        if (reg != null && alreadyWarned(reg, key, false)) return Py.None;
        PyObject[] item = new PyObject[1];
        String action = ((PyStr) getFilter(category, text, lineno, module, item)).asString();
        switch (action) {
            case "error" -> throw raise(message);
            case "ignore" -> {
                return Py.None;
            }
            case "always" -> { }
            default -> {
                if (reg != null) reg.setItem(key, Py.True);
                if (alreadyIn(action, reg, text, category, item[0])) return Py.None;
            }
        }
        callShowWarning(category, text, message, filename, lineno, linenoObj, sourceLine, source);
        return Py.None;
    }

    /** For the actions once, module and default: whether the registry says this was shown already. */
    private boolean alreadyIn(String action, PyDict reg, PyObject text, PyObject category, PyObject item) {
        switch (action) {
            case "once" -> {
                PyObject once = reg != null ? reg : onceRegistry();
                return alreadyWarned((PyDict) once, PyTuple.of(text, category), true);
            }
            case "module" -> {
                return reg != null && alreadyWarned(reg, PyTuple.of(text, category, PyInt.of(0)), true);
            }
            case "default" -> {
                return false;
            }
            default -> throw PyErr.format(PyExc.RuntimeError, "Unrecognized action (%s) in warnings.filters:\n %s",
                Abstract.repr(PyStr.of(action)).asString(), Abstract.repr(item).asString());
        }
    }

    /** PyErr_SetObject(category, message): the warning instance as the exception raised. */
    private static PyException raise(PyObject message) {
        if (message instanceof PyBaseException b) return PyErr.of(b);
        return PyErr.format(PyExc.TypeError, "exceptions must derive from BaseException");
    }

    /** The module name a file name implies: without ".py", or "<unknown>" when empty. */
    private static PyStr normalizeModule(String filename) {
        if (filename.isEmpty()) return PyStr.of("<unknown>");
        return PyStr.of(filename.endsWith(".py") ? filename.substring(0, filename.length() - 3) : filename);
    }

    /**
     * already_warned: whether key is marked in the registry; a registry from another filters
     * version is cleared first. With shouldSet, a key not yet there is marked.
     */
    private boolean alreadyWarned(PyDict registry, PyObject key, boolean shouldSet) {
        PyObject version = registry.getItemStr(VERSION);
        if (!(version instanceof PyInt v) || v.type() != PyInt.TYPE || !v.fitsLong() || v.longValue() != filtersVersion) {
            registry.clear();
            registry.setItem(VERSION, PyInt.of(filtersVersion));
        } else {
            PyObject seen = registry.getItem(key);
            if (seen != null && Abstract.isTrue(seen)) return true;
        }
        if (shouldSet) registry.setItem(key, Py.True);
        return false;
    }

    /** get_filter: the action of the first matching filter (item[0] is that filter), else the default action. */
    private PyObject getFilter(PyObject category, PyObject text, int lineno, PyObject module, PyObject[] item) {
        PyObject fromModule = warningsAttr("filters", false);
        if (fromModule != null) filters = fromModule;
        if (!(filters instanceof PyList list)) {
            throw PyErr.format(PyExc.ValueError, "_warnings.filters must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            PyObject f = list.get(i);
            if (!(f instanceof PyTuple t) || t.size() != 5) {
                throw PyErr.format(PyExc.ValueError, "_warnings.filters item %d isn't a 5-tuple", i);
            }
            PyObject action = t.get(0);
            if (!(action instanceof PyStr)) {
                throw PyErr.format(PyExc.TypeError, "action must be a string, not '%.200s'", PyErr.typeName(action));
            }
            boolean goodMsg = matches(t.get(1), text);
            boolean goodMod = matches(t.get(3), module);
            boolean isSubclass = Abstract.isSubclass(category, t.get(2));
            long ln = PyNumber.asSize(t.get(4), PyExc.OverflowError);
            if (goodMsg && isSubclass && goodMod && (ln == 0 || ln == lineno)) {
                item[0] = t;
                return action;
            }
        }
        item[0] = Py.None;
        return defaultAction();
    }

    /** check_matched: None matches anything, an exact str must be equal, else filter.match(arg) decides. */
    private static boolean matches(PyObject filter, PyObject arg) {
        if (filter == Py.None) return true;
        if (filter instanceof PyStr s && s.type() == PyStr.TYPE) {
            return arg instanceof PyStr a && s.asString().equals(a.asString());
        }
        return Abstract.isTrue(Abstract.callMethod(filter, "match", arg));
    }

    private PyObject onceRegistry() {
        PyObject r = warningsAttr("onceregistry", false);
        if (r == null) return onceRegistry;
        if (!(r instanceof PyDict)) {
            throw PyErr.format(PyExc.TypeError, "_warnings.onceregistry must be a dict, not '%.200s'",
                PyErr.typeName(r));
        }
        onceRegistry = r;
        return r;
    }

    private PyObject defaultAction() {
        PyObject a = warningsAttr("defaultaction", false);
        if (a == null) return defaultAction;
        if (!(a instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "_warnings.defaultaction must be a string, not '%.200s'",
                PyErr.typeName(a));
        }
        defaultAction = a;
        return a;
    }

    /**
     * get_warnings_attr: an attribute of the warnings module, or null when it has none or the
     * module is not loaded (with tryImport, it is imported; an ImportError then means null).
     */
    private static PyObject warningsAttr(String name, boolean tryImport) {
        PyObject module;
        if (tryImport) {
            try {
                module = Importer.importModuleLevel("warnings", null, null, 0);
            } catch (PyException e) {
                if (e.matches(PyExc.ImportError)) return null;
                throw e;
            }
        } else {
            module = PySystemState.current().modules().getItem(PyStr.of("warnings"));
            if (module == null) return null;
        }
        return Abstract.lookupAttr(module, name);
    }

    /** call_show_warning: warnings._showwarnmsg(WarningMessage(...)) when available, else the built-in printer. */
    private static void callShowWarning(PyObject category, PyObject text, PyObject message, PyStr filename,
                                        int lineno, PyInt linenoObj, PyObject sourceLine, PyObject source) {
        PyObject show = warningsAttr("_showwarnmsg", source != null);
        if (show == null) {
            showWarning(filename, lineno, text, category, sourceLine);
            return;
        }
        if (!BuiltinsModule.isCallable(show)) {
            throw PyErr.format(PyExc.TypeError, "warnings._showwarnmsg() must be set to a callable");
        }
        PyObject messageClass = warningsAttr("WarningMessage", false);
        if (messageClass == null) {
            throw PyErr.format(PyExc.RuntimeError, "unable to get warnings.WarningMessage");
        }
        PyObject msg = Abstract.call(messageClass, message, category, filename, linenoObj, Py.None, Py.None,
            source == null ? Py.None : source);
        Abstract.call(show, msg);
    }

    /**
     * show_warning: writes "file:line: Category: text" and the stripped source line to
     * sys.stderr; errors while writing are dropped. As in CPython 3.11, a source line given by
     * warn_explicit's module_globals is not printed.
     */
    private static void showWarning(PyStr filename, int lineno, PyObject text, PyObject category, PyObject sourceLine) {
        PySystemState state = PySystemState.current();
        PyObject stderr = state.getStderr();
        try {
            PyObject name = Abstract.getAttr(category, "__name__");
            if (stderr == null) {
                state.javaErr().print("lost sys.stderr\n");
                return;
            }
            StringBuilder sb = new StringBuilder();
            sb.append(filename.asString()).append(':').append(lineno).append(": ")
                .append(Abstract.str(name).asString()).append(": ").append(Abstract.str(text).asString()).append('\n');
            if (sourceLine == null) {
                String line = org.sanca.runtime.ExceptionPrinter.sourceLine(filename.asString(), lineno);
                if (line != null) sb.append("  ").append(stripIndent(line)).append('\n');
            }
            Abstract.callMethod(stderr, "write", PyStr.of(sb.toString()));
        } catch (PyException e) {
            // show_warning clears any error: a warning that cannot be printed is lost
        }
    }

    private static String stripIndent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) i++;
        return line.substring(i);
    }
}
