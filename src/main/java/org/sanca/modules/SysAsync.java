package org.sanca.modules;

import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.runtime.StructSeq;
import org.sanca.vm.ThreadState;

/**
 * The sys functions of the async machinery: the async generator hooks and coroutine origin tracking.
 * CPython: Python/sysmodule.c (sys_set_asyncgen_hooks, sys_get_asyncgen_hooks,
 * sys_set_coroutine_origin_tracking_depth_impl).
 */
final class SysAsync {
    private SysAsync() {}

    static final PyType ASYNCGEN_HOOKS = StructSeq.type("builtins", "asyncgen_hooks", "firstiter", "finalizer");
    private static final String[] HOOK_NAMES = {"firstiter", "finalizer"};

    static void populate(PyObject module, PyDict d) {
        BuiltinsModule.def(module, d, "sys", "get_asyncgen_hooks", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("get_asyncgen_hooks", n, k);
            ThreadState ts = ThreadState.get();
            return StructSeq.make(ASYNCGEN_HOOKS, orNone(ts.asyncGenFirstIter), orNone(ts.asyncGenFinalizer));
        });
        BuiltinsModule.def(module, d, "sys", "set_asyncgen_hooks", (s, a, o, n, k) -> {
            PyObject[] v = hookArgs(a, o, n, k);
            checkHook(v[1], "finalizer");
            checkHook(v[0], "firstiter");
            ThreadState ts = ThreadState.get();
            if (v[1] != null) ts.asyncGenFinalizer = v[1] == Py.None ? null : v[1];
            if (v[0] != null) ts.asyncGenFirstIter = v[0] == Py.None ? null : v[0];
            return Py.None;
        });
        BuiltinsModule.def(module, d, "sys", "get_coroutine_origin_tracking_depth", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("get_coroutine_origin_tracking_depth", n, k);
            return PyInt.of(ThreadState.get().coroOriginDepth);
        });
        BuiltinsModule.def(module, d, "sys", "set_coroutine_origin_tracking_depth", (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("set_coroutine_origin_tracking_depth", a, o, n, k, new String[] {"depth"}, 1);
            long depth = PyNumber.asSize(v[0], PyExc.OverflowError);
            if (depth < 0) throw PyErr.format(PyExc.ValueError, "depth must be >= 0");
            ThreadState.get().coroOriginDepth = (int) Math.min(depth, Integer.MAX_VALUE);
            return Py.None;
        });
    }

    /** set_asyncgen_hooks([firstiter[, finalizer]]) by position or keyword (PyArg_ParseTupleAndKeywords). */
    private static PyObject[] hookArgs(PyObject[] a, int o, int n, PyTuple k) {
        if (k != null) {
            for (int i = 0; i < k.size(); i++) {
                String key = ((PyStr) k.get(i)).asString();
                if (!key.equals("firstiter") && !key.equals("finalizer"))
                    throw PyErr.format(PyExc.TypeError, "'%s' is an invalid keyword argument for this function", key);
            }
        }
        if (n > 2) throw PyErr.format(PyExc.TypeError, "function takes at most 2 arguments (%d given)", n + (k == null ? 0 : k.size()));
        return Args.parse("set_asyncgen_hooks", a, o, n, k, HOOK_NAMES, 0);
    }

    /** A hook must be None or callable ("callable firstiter expected, got int"). */
    private static void checkHook(PyObject v, String name) {
        if (v != null && v != Py.None && v.type().tp_call == null)
            throw PyErr.format(PyExc.TypeError, "callable %s expected, got %.50s", name, PyErr.typeName(v));
    }

    private static PyObject orNone(PyObject v) {
        return v == null ? Py.None : v;
    }
}
