package org.sanca.modules;

import java.util.ArrayList;
import java.util.List;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * The atexit module: functions registered to run, last first, when the interpreter finishes (the runtime
 * calls {@code atexit._run_exitfuncs} on the way out); each interpreter's module keeps its own list.
 * CPython: Modules/atexitmodule.c.
 */
public final class AtexitModule {
    private AtexitModule() {}

    /** A registered call: the function and its arguments (kwnames may be null). */
    private record Callback(PyObject func, PyObject[] args, PyTuple kwnames) {}

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        List<Callback> callbacks = new ArrayList<>();
        BuiltinsModule.def(m, d, "atexit", "register", (s, a, o, n, k) -> {
            if (n == 0) throw PyErr.format(PyExc.TypeError, "register() takes at least 1 argument (0 given)");
            if (!BuiltinsModule.isCallable(a[o])) {
                throw PyErr.format(PyExc.TypeError, "the first argument must be callable");
            }
            int nk = k == null ? 0 : k.size();
            callbacks.add(new Callback(a[o], java.util.Arrays.copyOfRange(a, o + 1, o + n + nk), k));
            return a[o];
        });
        BuiltinsModule.def(m, d, "atexit", "unregister", (s, a, o, n, k) -> {
            PyObject func = BuiltinsModule.one("unregister", a, o, n, k);
            for (int i = callbacks.size() - 1; i >= 0; i--) {
                if (Abstract.richCompareBool(callbacks.get(i).func, func, Abstract.EQ)) callbacks.remove(i);
            }
            return Py.None;
        });
        BuiltinsModule.def(m, d, "atexit", "_clear", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("_clear", n, k);
            callbacks.clear();
            return Py.None;
        });
        BuiltinsModule.def(m, d, "atexit", "_ncallbacks", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("_ncallbacks", n, k);
            return PyInt.of(callbacks.size());
        });
        BuiltinsModule.def(m, d, "atexit", "_run_exitfuncs", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("_run_exitfuncs", n, k);
            runAll(callbacks);
            return Py.None;
        });
        return m;
    }

    /** atexit_callfuncs: each callback, last registered first; an exception is reported and the rest still run. */
    private static void runAll(List<Callback> callbacks) {
        for (int i = callbacks.size() - 1; i >= 0; i--) {
            if (i >= callbacks.size()) continue;
            Callback c = callbacks.get(i);
            try {
                int nk = c.kwnames == null ? 0 : c.kwnames.size();
                Abstract.call(c.func, c.args, 0, c.args.length - nk, c.kwnames);
            } catch (PyException e) {
                writeUnraisable(e, c.func);
            }
        }
        callbacks.clear();
    }

    /** "Exception ignored in atexit callback: func" and the report through sys.excepthook. */
    private static void writeUnraisable(PyException e, PyObject func) {
        try {
            PyObject sys = org.sanca.vm.Interpreter.getSys();
            PyObject err = Abstract.lookupAttr(sys, "stderr");
            PyObject hook = Abstract.lookupAttr(sys, "excepthook");
            if (err == null || err == Py.None || hook == null) return;
            Abstract.callMethod(err, "write",
                PyStr.of("Exception ignored in atexit callback: " + Abstract.repr(func).asString() + "\n"));
            PyObject tb = e.value.traceback;
            Abstract.call(hook, e.value.type(), e.value, tb == null ? Py.None : tb);
        } catch (PyException lost) {
            // the report itself cannot raise
        }
    }

    /** Runs the exit functions of the interpreter whose sys.modules is given, if it imported atexit. */
    public static void runExitFuncs(PyDict sysModules) {
        PyObject m = sysModules.getItem(PyStr.of("atexit"));
        if (m == null) return;
        PyObject run = Abstract.lookupAttr(m, "_run_exitfuncs");
        if (run == null) return;
        try {
            Abstract.call(run);
        } catch (PyException e) {
            writeUnraisable(e, run);
        }
    }
}
