package org.sanca.modules;

import java.util.concurrent.locks.ReentrantLock;
import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyHash;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.Slots.MethFast;
import org.sanca.runtime.PySystemState;

/**
 * The _imp module: what importlib asks of the interpreter about built-in and frozen modules, the
 * import lock and source hashes. Sanca has no frozen modules and no extension modules (its C
 * modules are the built-in ones, written in Java).
 * CPython: Python/import.c (the _imp functions).
 */
public final class ImpModule {
    private ImpModule() {}

    private static final String DOC = "(Extremely) low-level import machinery bits as used by importlib.";

    /** The import lock (_PyImport_AcquireLock): re-entrant, held by one thread at a time. */
    private static final ReentrantLock LOCK = new ReentrantLock();

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("__doc__"), PyStr.of(DOC));
        d.setItem(PyStr.of("check_hash_based_pycs"), PyStr.of("default"));
        def(m, d, "extension_suffixes", (s, a, o, n, k) -> noArgs("extension_suffixes", n, k, new PyList()));
        def(m, d, "is_builtin", (s, a, o, n, k) -> PyInt.of(builtinState(name("is_builtin", one("is_builtin", a, o, n, k)))));
        def(m, d, "is_frozen", (s, a, o, n, k) -> frozenAnswer("is_frozen", a, o, n, k, Py.False));
        def(m, d, "is_frozen_package", (s, a, o, n, k) -> {
            throw notFrozen(name("is_frozen_package", one("is_frozen_package", a, o, n, k)));
        });
        def(m, d, "find_frozen", (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("find_frozen", a, o, n, k, new String[] {"", "withdata"}, 1);
            name("find_frozen", v[0]);
            return Py.None;
        });
        def(m, d, "get_frozen_object", (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("get_frozen_object", a, o, n, k, new String[] {"", ""}, 1);
            throw notFrozen(name("get_frozen_object", v[0]));
        });
        def(m, d, "init_frozen", (s, a, o, n, k) -> frozenAnswer("init_frozen", a, o, n, k, Py.None));
        def(m, d, "_frozen_module_names", (s, a, o, n, k) -> noArgs("_frozen_module_names", n, k, PyTuple.EMPTY));
        def(m, d, "_override_frozen_modules_for_tests", (s, a, o, n, k) -> {
            PyNumber.asSize(one("_override_frozen_modules_for_tests", a, o, n, k), null);
            return Py.None;
        });
        def(m, d, "acquire_lock", (s, a, o, n, k) -> {
            LOCK.lock();
            return noArgs("acquire_lock", n, k, Py.None);
        });
        def(m, d, "release_lock", (s, a, o, n, k) -> {
            Args.exactly("release_lock", n, 0);
            if (!LOCK.isHeldByCurrentThread()) throw PyErr.format(PyExc.RuntimeError, "not holding the import lock");
            LOCK.unlock();
            return Py.None;
        });
        def(m, d, "lock_held", (s, a, o, n, k) -> noArgs("lock_held", n, k, PyBool.of(LOCK.isLocked())));
        def(m, d, "_fix_co_filename", (s, a, o, n, k) -> {
            Args.exactly("_fix_co_filename", n, 2);
            if (!(a[o] instanceof PyCode c))
                throw PyErr.format(PyExc.TypeError, "_fix_co_filename() argument 1 must be code, not %.200s",
                        PyErr.typeName(a[o]));
            c.fixFilename(name("_fix_co_filename", a[o + 1]).asString());
            return Py.None;
        });
        def(m, d, "create_builtin", (s, a, o, n, k) -> createBuiltin(one("create_builtin", a, o, n, k)));
        def(m, d, "exec_builtin", (s, a, o, n, k) -> {
            one("exec_builtin", a, o, n, k);
            return PyInt.of(0);
        });
        def(m, d, "create_dynamic", (s, a, o, n, k) -> {
            throw PyErr.format(PyExc.ImportError, "Sanca does not load extension modules (%s)",
                    Abstract.repr(Abstract.getAttr(a[o], "origin")));
        });
        def(m, d, "exec_dynamic", (s, a, o, n, k) -> PyInt.of(0));
        def(m, d, "source_hash", (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("source_hash", a, o, n, k, new String[] {"key", "source"}, 2);
            PyInt keyInt = PyNumber.index(v[0]);
            if (!keyInt.fitsLong()) throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C long");
            long key = keyInt.longValue();
            byte[] src = PyBytes.fromObject(v[1]);
            long h = PyHash.keyedHash(key, src);
            byte[] out = new byte[8];
            for (int i = 0; i < 8; i++) out[i] = (byte) (h >>> (8 * i));
            return PyBytes.of(out);
        });
        return m;
    }

    private static void def(PyModule m, PyDict d, String name, MethFast f) {
        BuiltinsModule.def(m, d, "_imp", name, f);
    }

    private static PyObject one(String fn, PyObject[] a, int o, int n, PyTuple k) {
        return BuiltinsModule.one(fn, a, o, n, k);
    }

    private static PyObject noArgs(String fn, int n, PyTuple k, PyObject result) {
        Args.noKeywords(fn, k);
        Args.exactly(fn, n, 0);
        return result;
    }

    /** A module name argument of fn: a str. */
    private static PyStr name(String fn, PyObject o) {
        if (!(o instanceof PyStr s))
            throw PyErr.format(PyExc.TypeError, "%s() argument must be str, not %.50s", fn, PyErr.typeName(o));
        return s;
    }

    /** is_builtin: -1 for the modules that cannot be initialised again (sys, builtins), 1 for another built-in one, else 0. */
    private static int builtinState(PyStr name) {
        String s = name.asString();
        if (!PySystemState.current().builtinModuleNames().contains(s)) return 0;
        return s.equals("sys") || s.equals("builtins") ? -1 : 1;
    }

    /** is_frozen / init_frozen: nothing is frozen in Sanca. */
    private static PyObject frozenAnswer(String fn, PyObject[] a, int o, int n, PyTuple k, PyObject answer) {
        name(fn, one(fn, a, o, n, k));
        return answer;
    }

    private static PyException notFrozen(PyStr name) {
        PyException e = PyErr.format(PyExc.ImportError, "No such frozen object named %R", name);
        e.value.setAttrField("name", name);
        return e;
    }

    /** create_builtin(spec): the built-in module spec.name names (the one already made, if any). */
    private static PyObject createBuiltin(PyObject spec) {
        PyStr name = name("create_builtin", Abstract.getAttr(spec, "name"));
        PySystemState state = PySystemState.current();
        PyObject have = state.modules().getItem(name);
        if (have != null) return have;
        PyModule m = state.createBuiltin(name.asString());
        if (m == null) return Py.None;
        return m;
    }
}
