package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBuiltinFunction;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.RecursionGuard;
import org.sanca.objects.Slots.MethFast;
import org.sanca.runtime.Frames;
import org.sanca.runtime.PySystemState;

/**
 * The builtins module's functions that inspect and convert objects: print, repr, len, the
 * attribute functions, min/max/sum/sorted, iteration helpers, number formatting, vars/dir.
 * compile/exec/eval/__build_class__/__import__/open/input live in {@link BuiltinsExec}.
 * CPython: Python/bltinmodule.c.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    /** Adds a METH_FASTCALL|METH_KEYWORDS function to a module dict. */
    public static void def(PyObject module, PyDict dict, String moduleName, String name, MethFast f) {
        dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, module, f).withModule(moduleName, null));
    }

    /**
     * The builtins CPython 3.11 defines METH_O, METH_NOARGS or METH_VARARGS (len aside, which its CALL specialises):
     * their calls are guarded recursion levels (" while calling a Python object"), so recursion through them ends
     * at CPython's depth.
     */
    private static final java.util.Set<String> GUARDED = java.util.Set.of("abs", "all", "any", "ascii", "bin",
        "callable", "chr", "dir", "globals", "hash", "hex", "id", "locals", "max", "min", "oct", "ord", "repr", "vars");

    private static void def(PyObject module, PyDict d, String name, MethFast f) {
        def(module, d, "builtins", name, GUARDED.contains(name) ? new RecursionGuard.Guarded(f) : f);
    }

    /** Fills the builtins module's dict with the functions this class defines. */
    public static void populate(PyObject module, PyDict d) {
        def(module, d, "print", BuiltinsModule::print);
        def(module, d, "aiter", BuiltinsAsync::aiter);
        def(module, d, "anext", BuiltinsAsync::anext);
        def(module, d, "breakpoint", BuiltinsAsync::breakpoint);
        def(module, d, "repr", (s, a, o, n, k) -> Abstract.repr(one("repr", a, o, n, k)));
        def(module, d, "ascii", (s, a, o, n, k) -> Abstract.ascii(one("ascii", a, o, n, k)));
        def(module, d, "len", (s, a, o, n, k) -> PyInt.of(Abstract.len(one("len", a, o, n, k))));
        def(module, d, "hash", (s, a, o, n, k) -> PyInt.of(Abstract.hash(one("hash", a, o, n, k))));
        def(module, d, "id", (s, a, o, n, k) -> PyInt.of(Py.id(one("id", a, o, n, k))));
        def(module, d, "abs", (s, a, o, n, k) -> PyNumber.absolute(one("abs", a, o, n, k)));
        def(module, d, "callable", (s, a, o, n, k) -> PyBool.of(isCallable(one("callable", a, o, n, k))));
        def(module, d, "isinstance", (s, a, o, n, k) -> {
            two("isinstance", n, k);
            return PyBool.of(Abstract.isInstance(a[o], a[o + 1]));
        });
        def(module, d, "issubclass", (s, a, o, n, k) -> {
            two("issubclass", n, k);
            return PyBool.of(Abstract.isSubclass(a[o], a[o + 1]));
        });
        def(module, d, "getattr", BuiltinsModule::getattr);
        def(module, d, "setattr", (s, a, o, n, k) -> {
            Args.noKeywords("setattr", k);
            Args.exactly("setattr", n, 3);
            Abstract.setAttr(a[o], attrName("setattr", a[o + 1]), a[o + 2]);
            return Py.None;
        });
        def(module, d, "delattr", (s, a, o, n, k) -> {
            two("delattr", n, k);
            Abstract.delAttr(a[o], attrName("delattr", a[o + 1]));
            return Py.None;
        });
        def(module, d, "hasattr", (s, a, o, n, k) -> {
            two("hasattr", n, k);
            return PyBool.of(Abstract.lookupAttr(a[o], attrName("hasattr", a[o + 1])) != null);
        });
        def(module, d, "format", BuiltinsModule::format);
        def(module, d, "chr", (s, a, o, n, k) -> chr(one("chr", a, o, n, k)));
        def(module, d, "ord", (s, a, o, n, k) -> ord(one("ord", a, o, n, k)));
        def(module, d, "hex", (s, a, o, n, k) -> radix(one("hex", a, o, n, k), 16, "0x"));
        def(module, d, "oct", (s, a, o, n, k) -> radix(one("oct", a, o, n, k), 8, "0o"));
        def(module, d, "bin", (s, a, o, n, k) -> radix(one("bin", a, o, n, k), 2, "0b"));
        def(module, d, "divmod", (s, a, o, n, k) -> {
            two("divmod", n, k);
            return PyNumber.divmod(a[o], a[o + 1]);
        });
        def(module, d, "pow", BuiltinsModule::pow);
        def(module, d, "round", BuiltinsModule::round);
        def(module, d, "min", (s, a, o, n, k) -> BuiltinsReduce.minMax("min", a, o, n, k, Abstract.LT));
        def(module, d, "max", (s, a, o, n, k) -> BuiltinsReduce.minMax("max", a, o, n, k, Abstract.GT));
        def(module, d, "sum", BuiltinsReduce::sum);
        def(module, d, "all", (s, a, o, n, k) -> BuiltinsReduce.allAny(one("all", a, o, n, k), false));
        def(module, d, "any", (s, a, o, n, k) -> BuiltinsReduce.allAny(one("any", a, o, n, k), true));
        def(module, d, "sorted", BuiltinsReduce::sorted);
        def(module, d, "iter", BuiltinsReduce::iter);
        def(module, d, "next", BuiltinsReduce::next);
        def(module, d, "aiter", (s, a, o, n, k) -> org.sanca.vm.AsyncIteration.aiter(one("aiter", a, o, n, k)));
        def(module, d, "anext", (s, a, o, n, k) -> org.sanca.vm.AsyncIteration.anext(a, o, n, k));
        def(module, d, "vars", BuiltinsModule::vars);
        def(module, d, "dir", BuiltinsModule::dir);
        def(module, d, "globals", (s, a, o, n, k) -> {
            noArgs("globals", n, k);
            return Frames.globals();
        });
        def(module, d, "locals", (s, a, o, n, k) -> {
            noArgs("locals", n, k);
            return Frames.locals();
        });
    }

    // ---- argument helpers -------------------------------------------------------------------

    /** The single positional argument of a METH_O builtin. */
    static PyObject one(String name, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(name, k);
        if (n != 1) {
            throw PyErr.format(PyExc.TypeError, "%s() takes exactly one argument (%d given)", name, n);
        }
        return a[o];
    }

    static void two(String name, int n, PyTuple k) {
        Args.noKeywords(name, k);
        Args.exactly(name, n, 2);
    }

    static void noArgs(String name, int n, PyTuple k) {
        Args.noKeywords(name, k);
        if (n != 0) {
            throw PyErr.format(PyExc.TypeError, "%s() takes no arguments (%d given)", name, n);
        }
    }

    private static PyStr attrName(String fn, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "attribute name must be string, not '%s'", PyErr.typeName(name));
        }
        return s;
    }

    static boolean isCallable(PyObject o) {
        return o.type().tp_call != null;
    }

    // ---- print ------------------------------------------------------------------------------

    private static final String[] PRINT_KW = {"sep", "end", "file", "flush"};

    /** print(*objects, sep=' ', end='\n', file=None, flush=False). */
    static PyObject print(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        PyObject sep = null, end = null, file = null, flush = null;
        if (kw != null) {
            PyObject[] k = Args.parse("print", a, o + n, 0, kw, PRINT_KW, 0);
            sep = k[0];
            end = k[1];
            file = k[2];
            flush = k[3];
        }
        if (file == null || file == Py.None) {
            file = PySystemState.current().getStdout();
            if (file == null) {
                throw PyErr.format(PyExc.RuntimeError, "lost sys.stdout");
            }
            if (file == Py.None) {
                return Py.None;
            }
        }
        String sepText = separator("sep", sep, " ");
        String endText = separator("end", end, "\n");
        if (file.type().isHeapType()) {
            printPieces(file, a, o, n, sepText, endText);
        } else {
            printBatched(file, a, o, n, sepText, endText);
        }
        if (flush != null && Abstract.isTrue(flush)) {
            Abstract.callMethod(file, "flush");
        }
        return Py.None;
    }

    /** A Python-level file sees each piece written on its own, as CPython's print writes them. */
    private static void printPieces(PyObject file, PyObject[] a, int o, int n, String sep, String end) {
        for (int i = 0; i < n; i++) {
            if (i > 0) Abstract.callMethod(file, "write", PyStr.of(sep));
            Abstract.callMethod(file, "write", Abstract.str(a[o + i]));
        }
        Abstract.callMethod(file, "write", PyStr.of(end));
    }

    /** A builtin file gets one write; what precedes a failing str() is still written, as piecewise writes would. */
    private static void printBatched(PyObject file, PyObject[] a, int o, int n, String sep, String end) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            try {
                sb.append(Abstract.str(a[o + i]).asString());
            } catch (PyException e) {
                if (!sb.isEmpty()) Abstract.callMethod(file, "write", PyStr.of(sb.toString()));
                throw e;
            }
        }
        sb.append(end);
        Abstract.callMethod(file, "write", PyStr.of(sb.toString()));
    }

    private static String separator(String name, PyObject v, String dflt) {
        if (v == null || v == Py.None) {
            return dflt;
        }
        if (!(v instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "%s must be None or a string, not %s", name, PyErr.typeName(v));
        }
        return s.asString();
    }

    // ---- attributes and namespaces ----------------------------------------------------------

    private static PyObject getattr(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("getattr", k);
        Args.range("getattr", n, 2, 3);
        PyStr name = attrName("getattr", a[o + 1]);
        if (n == 2) {
            return Abstract.getAttr(a[o], name);
        }
        PyObject v = Abstract.lookupAttr(a[o], name);
        return v == null ? a[o + 2] : v;
    }

    private static PyObject vars(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("vars", k);
        Args.range("vars", n, 0, 1);
        if (n == 0) {
            return Frames.locals();
        }
        PyObject d = Abstract.lookupAttr(a[o], "__dict__");
        if (d == null) {
            throw PyErr.format(PyExc.TypeError, "vars() argument must have __dict__ attribute");
        }
        return d;
    }

    private static PyObject dir(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("dir", k);
        Args.range("dir", n, 0, 1);
        PyObject names;
        if (n == 0) {
            names = PyList.fromIterable(Frames.locals());
        } else {
            PyObject method = Abstract.lookupSpecial(a[o], PyStr.of("__dir__"));
            if (method == null) {
                throw PyErr.format(PyExc.TypeError, "object does not provide __dir__");
            }
            names = PyList.fromIterable(Abstract.call(method));
        }
        Abstract.callMethod(names, "sort");
        return names;
    }

    // ---- numbers and characters -------------------------------------------------------------

    private static PyObject format(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords("format", k);
        Args.range("format", n, 1, 2);
        PyObject spec = n == 2 ? a[o + 1] : PyStr.EMPTY;
        if (!(spec instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "format() argument 2 must be str, not %s", PyErr.typeName(spec));
        }
        return Abstract.format(a[o], s);
    }

    private static PyObject chr(PyObject v) {
        if (v instanceof org.sanca.objects.PyFloat) {
            throw PyErr.format(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
        }
        PyInt i = PyNumber.index(v);
        if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 0x10FFFF) {
            if (!i.fitsLong() || Math.abs(i.longValue()) > Integer.MAX_VALUE) {
                throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
            }
            throw PyErr.format(PyExc.ValueError, "chr() arg not in range(0x110000)");
        }
        return PyStr.of(new String(Character.toChars((int) i.longValue())));
    }

    private static PyObject ord(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.length() == 1) {
                return PyInt.of(s.codePointAt(0));
            }
            throw PyErr.format(PyExc.TypeError, "ord() expected a character, but string of length %d found",
                s.length());
        }
        if (v instanceof org.sanca.objects.PyBytes || v instanceof org.sanca.objects.PyByteArray) {
            byte[] bytes = org.sanca.objects.PyBytes.fromObject(v);
            if (bytes.length == 1) {
                return PyInt.of(bytes[0] & 0xFF);
            }
            throw PyErr.format(PyExc.TypeError, "ord() expected a character, but string of length %d found",
                bytes.length);
        }
        throw PyErr.format(PyExc.TypeError, "ord() expected string of length 1, but %s found", PyErr.typeName(v));
    }

    private static PyObject radix(PyObject v, int radix, String prefix) {
        PyInt i = PyNumber.index(v);
        java.math.BigInteger big = i.bigValue();
        String digits = big.abs().toString(radix);
        return PyStr.of((big.signum() < 0 ? "-" : "") + prefix + digits);
    }

    private static final String[] POW_KW = {"base", "exp", "mod"};

    private static PyObject pow(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] p = Args.parse("pow", a, o, n, k, POW_KW, 2);
        return PyNumber.power(p[0], p[1], p[2] == null ? Py.None : p[2]);
    }

    private static final String[] ROUND_KW = {"number", "ndigits"};

    private static PyObject round(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] p = Args.parse("round", a, o, n, k, ROUND_KW, 1);
        PyObject method = Abstract.lookupSpecial(p[0], PyStr.of("__round__"));
        if (method == null) {
            throw PyErr.format(PyExc.TypeError, "type %s doesn't define __round__ method", PyErr.typeName(p[0]));
        }
        return p[1] == null || p[1] == Py.None ? Abstract.call(method) : Abstract.call(method, p[1]);
    }

    /** The type of builtins' own function objects, for tests. */
    static PyType functionType() {
        return PyBuiltinFunction.TYPE;
    }
}
