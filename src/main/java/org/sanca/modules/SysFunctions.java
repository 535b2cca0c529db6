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
        def(module, d, "get_int_max_str_digits", constant("get_int_max_str_digits", PyInt.of(4300)));
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
            "set_int_max_str_digits", "_clear_type_cache"}) {
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
        def(module, d, "breakpointhook", ignored("breakpointhook"));
        d.setItem(PyStr.of("__breakpointhook__"), d.getItemStr(PyStr.of("breakpointhook")));
        d.setItem(PyStr.of("__interactivehook__"), Py.None);
        def(module, d, "getallocatedblocks", constant("getallocatedblocks", PyInt.of(0)));
        d.setItem(PyStr.of("_git"), PyTuple.of(PyStr.of("sanca"), PyStr.EMPTY, PyStr.EMPTY));
        d.setItem(PyStr.of("_framework"), PyStr.EMPTY);
        d.setItem(PyStr.of("thread_info"), PyTuple.of(PyStr.of("pthread"), PyStr.of("semaphore"), Py.None));
        d.setItem(PyStr.of("__stdin__"), Py.None);
    }
}
