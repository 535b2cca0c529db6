package org.sanca.modules;

import org.sanca.vm.Interpreter;
import org.sanca.vm.ThreadState;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

import org.sanca.cli.CommandLine;
import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBaseException;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyHash;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.RecursionGuard;
import org.sanca.runtime.ExceptionPrinter;
import org.sanca.runtime.Frames;
import org.sanca.runtime.PySystemState;
import org.sanca.runtime.StructSeq;
import org.sanca.runtime.Util;
import org.sanca.runtime.Version;

/**
 * The sys module: interpreter values (argv, path, modules, flags, version_info, ...), the
 * standard streams and the functions that reach into the interpreter.
 * CPython: Python/sysmodule.c.
 */
public final class SysModule {
    private SysModule() {}

    static final PyType VERSION_INFO =
        StructSeq.type("sys", "version_info", "major", "minor", "micro", "releaselevel", "serial");
    static final PyType FLAGS = StructSeq.type("sys", "flags", "debug", "inspect", "interactive", "optimize",
        "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
        "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
        "safe_path", "int_max_str_digits");
    static final PyType FLOAT_INFO = StructSeq.type("sys", "float_info", "max", "max_exp", "max_10_exp", "min",
        "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    static final PyType INT_INFO = StructSeq.type("sys", "int_info", "bits_per_digit", "sizeof_digit",
        "default_max_str_digits", "str_digits_check_threshold");
    static final PyType HASH_INFO = StructSeq.type("sys", "hash_info", "width", "modulus", "inf", "nan", "imag",
        "algorithm", "hash_bits", "seed_bits", "cutoff");

    private static PyObject str(String s) {
        return s == null ? Py.None : PyStr.of(s);
    }

    private static PyObject strList(List<String> items) {
        PyList l = new PyList();
        for (String s : items) {
            l.append(PyStr.of(s));
        }
        return l;
    }

    private static void set(PyDict d, String name, PyObject v) {
        d.setItem(PyStr.of(name), v);
    }

    /** sys.version_info's value. */
    public static PyObject versionInfo() {
        return StructSeq.make(VERSION_INFO, PyInt.of(Version.MAJOR), PyInt.of(Version.MINOR),
            PyInt.of(Version.MICRO), PyStr.of(Version.RELEASE_LEVEL), PyInt.of(Version.SERIAL));
    }

    private static PyObject flags(CommandLine.Options o) {
        return StructSeq.make(FLAGS, PyInt.of(o.debug), PyInt.of(o.inspect), PyInt.of(0), PyInt.of(o.optimize),
            PyInt.of(o.dontWriteBytecode ? 1 : 0), PyInt.of(o.noUserSite ? 1 : 0), PyInt.of(o.noSite ? 1 : 0),
            PyInt.of(o.ignoreEnvironment ? 1 : 0), PyInt.of(o.verbose), PyInt.of(o.bytesWarning),
            PyInt.of(o.quiet), PyInt.of(PyHash.seed() == 0 ? 0 : 1), PyInt.of(o.isolated ? 1 : 0), PyBool.of(o.devMode),
            PyInt.of(Math.max(o.utf8Mode, 0)), PyInt.of(o.warnDefaultEncoding), PyBool.of(o.safePath),
            PyInt.of(o.intMaxStrDigits));
    }

    /** Fills sys's dict for the interpreter {@code state} started with {@code o}. */
    public static void populate(PyObject module, PyDict d, PySystemState state, CommandLine.Options o,
                                List<String> path, String executable) {
        set(d, "argv", strList(o.argv));
        set(d, "orig_argv", strList(o.origArgv));
        set(d, "path", strList(path));
        set(d, "modules", state.modules());
        set(d, "meta_path", new PyList());
        set(d, "path_hooks", new PyList());
        set(d, "path_importer_cache", new PyDict());
        set(d, "flags", flags(o));
        set(d, "version", PyStr.of(Version.SYS_VERSION));
        set(d, "version_info", versionInfo());
        set(d, "hexversion", PyInt.of(Version.HEXVERSION));
        set(d, "api_version", PyInt.of(1013));
        set(d, "implementation", implementation());
        set(d, "platform", PyStr.of(platform()));
        set(d, "byteorder", PyStr.of(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "little" : "big"));
        set(d, "maxsize", PyInt.of(Long.MAX_VALUE));
        set(d, "maxunicode", PyInt.of(0x10FFFF));
        set(d, "executable", PyStr.of(executable));
        set(d, "_base_executable", PyStr.of(executable));
        String prefix = state.prefix();
        for (String name : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            set(d, name, str(prefix));
        }
        set(d, "_stdlib_dir", str(state.stdlibDir()));
        set(d, "platlibdir", PyStr.of("lib"));
        set(d, "pycache_prefix", Py.None);
        set(d, "dont_write_bytecode", PyBool.of(o.dontWriteBytecode));
        set(d, "warnoptions", strList(o.warnoptions));
        set(d, "_xoptions", xoptions(o.xoptions));
        set(d, "builtin_module_names", builtinNames(state));
        set(d, "float_repr_style", PyStr.of("short"));
        set(d, "abiflags", PyStr.of(""));
        set(d, "copyright", PyStr.of("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                + "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
                + "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
                + "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."));
        set(d, "float_info", floatInfo());
        set(d, "int_info", StructSeq.make(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        set(d, "hash_info", StructSeq.make(HASH_INFO, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159),
            PyInt.of(0), PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.of(0)));
        SysFunctions.populate(module, d);
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        return os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "darwin" : os.startsWith("windows") ? "win32"
            : os;
    }

    private static PyObject xoptions(Map<String, Object> x) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : x.entrySet()) {
            d.setItem(PyStr.of(e.getKey()), e.getValue() instanceof String s ? PyStr.of(s) : Py.True);
        }
        return d;
    }

    private static PyObject builtinNames(PySystemState state) {
        List<String> names = new java.util.ArrayList<>(state.builtinModuleNames());
        java.util.Collections.sort(names);
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(names.get(i));
        }
        return PyTuple.of(items);
    }

    private static PyObject floatInfo() {
        return StructSeq.make(FLOAT_INFO, PyFloat.of(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
            PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
            PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1));
    }

    private static PyObject implementation() {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("name"), PyStr.of("sanca"));
        ns.setItem(PyStr.of("cache_tag"), PyStr.of(org.sanca.runtime.BytecodeCache.CACHE_TAG));
        ns.setItem(PyStr.of("version"), versionInfo());
        ns.setItem(PyStr.of("hexversion"), PyInt.of(Version.HEXVERSION));
        ns.setItem(PyStr.of("_multiarch"), PyStr.of("x86_64-linux-gnu"));
        return Namespace.of(ns);
    }

    /** sys.exc_info() for the exception being handled on this thread. */
    static PyObject excInfo() {
        PyObject v = ThreadState.get().handledException();
        if (v == Py.None || v == null) {
            return PyTuple.of(Py.None, Py.None, Py.None);
        }
        PyObject tb = v instanceof PyBaseException e && e.traceback != null ? e.traceback : Py.None;
        return PyTuple.of(v.type(), v, tb);
    }

    /** sys.excepthook(type, value, traceback): the report on sys.stderr. */
    static PyObject excepthook(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        Args.noKeywords("excepthook", kw);
        Args.exactly("excepthook", n, 3);
        PySystemState.current().printException(a[o + 1]);
        return Py.None;
    }

    /** sys.displayhook(value): prints repr(value) and stores it in builtins._. */
    static PyObject displayhook(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        PyObject v = BuiltinsModule.one("displayhook", a, o, n, kw);
        if (v == Py.None) {
            return Py.None;
        }
        PyDict builtins = PySystemState.current().builtinsDict();
        builtins.setItem(PyStr.of("_"), Py.None);
        PyObject out = PySystemState.current().getStdout();
        if (out == null || out == Py.None) {
            throw PyErr.format(PyExc.RuntimeError, "lost sys.stdout");
        }
        Abstract.callMethod(out, "write", Abstract.repr(v));
        Abstract.callMethod(out, "write", PyStr.of("\n"));
        builtins.setItem(PyStr.of("_"), v);
        return Py.None;
    }

    /** sys.setrecursionlimit's check and effect. */
    static void setRecursionLimit(PyObject v) {
        if (v instanceof PyFloat) {
            throw PyErr.format(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
        }
        PyInt big = PyNumber.index(v);
        if (!big.fitsLong() || big.longValue() != (int) big.longValue()) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
        }
        int limit = (int) big.longValue();
        if (limit < 1) {
            throw PyErr.format(PyExc.ValueError, "recursion limit must be greater or equal than 1");
        }
        int depth = RecursionGuard.current().depth() + 1; // with its own call, METH_O in CPython
        if (depth >= limit) {
            throw PyErr.format(PyExc.RecursionError,
                "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit, depth);
        }
        Interpreter.setRecursionLimit(limit);
    }

    /** sys._getframe([depth]). */
    static PyObject getframe(PyObject[] a, int o, int n) {
        return Frames.frame(n == 0 ? 0 : Util.asInt(a[o]));
    }
}
