package org.sanca.modules;

import org.sanca.vm.Interpreter;
import org.sanca.vm.ThreadState;
import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.Slots.MethFast;

/**
 * The sys module's functions: exit, exc_info, exception, recursion limit, _getframe, intern,
 * the hooks, and the tracing and audit entry points Sanca accepts but does not act on.
 * CPython: Python/sysmodule.c (sys_exit, sys_exc_info, sys_intern, ...).
 */
final class SysFunctions {
    private SysFunctions() {}


    private static void def(PyObject module, PyDict d, String name, MethFast f) {
        BuiltinsModule.def(module, d, "sys", name, f);
    }

    private static MethFast constant(String name, PyObject value) {
        return (s, a, o, n, k) -> {
            BuiltinsModule.noArgs(name, n, k);
            return value;
        };
    }

    private static MethFast ignored(String name) {
        return (s, a, o, n, k) -> Py.None;
    }

    /**
     * sys.breakpointhook(*args, **kws): calls the function $PYTHONBREAKPOINT names (pdb.set_trace when
     * unset or empty; "0" disables), warning and returning None when it cannot be imported.
     */
    private static PyObject breakpointhook(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        String env = org.sanca.runtime.PySystemState.current().options().ignoreEnvironment ? null
                : environ("PYTHONBREAKPOINT");
        if (env == null || env.isEmpty()) env = "pdb.set_trace";
        else if (env.equals("0")) return Py.None;
        int dot = env.lastIndexOf('.');
        PyObject hook = null;
        if (dot != 0) {
            String module = dot < 0 ? "builtins" : env.substring(0, dot);
            try {
                org.sanca.runtime.Importer.importModuleLevel(module, null, null, 0);
                PyObject m = org.sanca.runtime.PySystemState.current().modules().getItemStr(PyStr.of(module));
                hook = Abstract.getAttr(m, env.substring(dot + 1));
            } catch (org.sanca.objects.PyException e) {
                if (!e.matches(PyExc.ImportError) && !e.matches(PyExc.AttributeError)) throw e;
            }
        }
        if (hook == null) {
            org.sanca.objects.Warnings.warn(PyExc.RuntimeWarning,
                    "Ignoring unimportable $PYTHONBREAKPOINT: \"" + env + "\"");
            return Py.None;
        }
        return Abstract.call(hook, a, o, n, k);
    }

    /** A variable of the process's live environment (putenv included), or null. */
    private static String environ(String name) {
        byte[] prefix = (name + "=").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte[] entry : Libc.environ()) {
            if (entry.length >= prefix.length
                    && java.util.Arrays.equals(entry, 0, prefix.length, prefix, 0, prefix.length)) {
                return new String(entry, prefix.length, entry.length - prefix.length,
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static void populate(PyObject module, PyDict d) {
        def(module, d, "exit", (s, a, o, n, k) -> {
            Args.noKeywords("exit", k);
            Args.range("exit", n, 0, 1);
            throw n == 0 ? PyErr.raise(PyExc.SystemExit) : PyErr.raise(PyExc.SystemExit, a[o]);
        });
        def(module, d, "exc_info", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("exc_info", n, k);
            return SysModule.excInfo();
        });
        def(module, d, "exception", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("exception", n, k);
            PyObject v = ThreadState.get().handledException();
            return v == null ? Py.None : v;
        });
        def(module, d, "getrecursionlimit", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("getrecursionlimit", n, k);
            return PyInt.of(Interpreter.getRecursionLimit());
        });
        def(module, d, "setrecursionlimit", (s, a, o, n, k) -> {
            SysModule.setRecursionLimit(BuiltinsModule.one("setrecursionlimit", a, o, n, k));
            return Py.None;
        });
        def(module, d, "_getframe", (s, a, o, n, k) -> {
            Args.noKeywords("_getframe", k);
            Args.range("_getframe", n, 0, 1);
            return SysModule.getframe(a, o, n);
        });
        def(module, d, "intern", (s, a, o, n, k) -> {
            PyObject v = BuiltinsModule.one("intern", a, o, n, k);
            if (v.type() != PyStr.TYPE) {
                throw PyErr.format(PyExc.TypeError, "intern() argument must be str, not %s", PyErr.typeName(v));
            }
            return PyStr.intern((PyStr) v);
        });
        def(module, d, "getdefaultencoding", constant("getdefaultencoding", PyStr.of("utf-8")));
        def(module, d, "getfilesystemencoding", constant("getfilesystemencoding", PyStr.of("utf-8")));
        def(module, d, "getfilesystemencodeerrors", constant("getfilesystemencodeerrors",
            PyStr.of("surrogateescape")));
        def(module, d, "is_finalizing", constant("is_finalizing", Py.False));
        def(module, d, "getswitchinterval", constant("getswitchinterval", org.sanca.objects.PyFloat.of(0.005)));
        def(module, d, "get_int_max_str_digits", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("get_int_max_str_digits", n, k);
            return PyInt.of(PyInt.maxStrDigits());
        });
        def(module, d, "set_int_max_str_digits", (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("set_int_max_str_digits", a, o, n, k, new String[] {"maxdigits"}, 1);
            int max = org.sanca.runtime.Util.asInt(v[0]);
            if (max != 0 && max < 640) throw PyErr.format(PyExc.ValueError, "maxdigits must be 0 or larger than 640");
            PyInt.setMaxStrDigits(max);
            org.sanca.parser.Literals.setIntMaxStrDigits(max);
            return Py.None;
        });
        def(module, d, "getrefcount", (s, a, o, n, k) -> {
            BuiltinsModule.one("getrefcount", a, o, n, k);
            return PyInt.of(2);
        });
        def(module, d, "getsizeof", (s, a, o, n, k) -> {
            Args.range("getsizeof", n, 1, 2);
            return PyInt.of(64);
        });
        def(module, d, "gettrace", constant("gettrace", Py.None));
        def(module, d, "getprofile", constant("getprofile", Py.None));
        for (String name : new String[] {"settrace", "setprofile", "audit", "addaudithook", "setswitchinterval",
            "_clear_type_cache"}) {
            def(module, d, name, ignored(name));
        }
        def(module, d, "call_tracing", (s, a, o, n, k) -> {
            Args.exactly("call_tracing", n, 2);
            return Abstract.call(a[o], (PyTuple) a[o + 1], null);
        });
        def(module, d, "excepthook", SysModule::excepthook);
        SysAsync.populate(module, d);
        def(module, d, "displayhook", SysModule::displayhook);
        d.setItem(PyStr.of("__excepthook__"), d.getItemStr(PyStr.of("excepthook")));
        d.setItem(PyStr.of("__displayhook__"), d.getItemStr(PyStr.of("displayhook")));
        def(module, d, "unraisablehook", ignored("unraisablehook"));
        d.setItem(PyStr.of("__unraisablehook__"), d.getItemStr(PyStr.of("unraisablehook")));
        def(module, d, "breakpointhook", SysFunctions::breakpointhook);
        d.setItem(PyStr.of("__breakpointhook__"), d.getItemStr(PyStr.of("breakpointhook")));
        d.setItem(PyStr.of("__interactivehook__"), Py.None);
        def(module, d, "getallocatedblocks", constant("getallocatedblocks", PyInt.of(0)));
        d.setItem(PyStr.of("_git"), PyTuple.of(PyStr.of("sanca"), PyStr.EMPTY, PyStr.EMPTY));
        d.setItem(PyStr.of("_framework"), PyStr.EMPTY);
        d.setItem(PyStr.of("thread_info"), PyTuple.of(PyStr.of("pthread"), PyStr.of("semaphore"), Py.None));
        d.setItem(PyStr.of("__stdin__"), Py.None);
    }
}
