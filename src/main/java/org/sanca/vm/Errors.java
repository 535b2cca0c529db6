package org.sanca.vm;

import java.util.List;
import java.util.Set;
import org.sanca.objects.Abstract;
import org.sanca.objects.ExceptionGroups;
import org.sanca.objects.Py;
import org.sanca.objects.PyBaseException;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyList;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * The eval loop's exceptions: building them with CPython's messages, raising instances and
 * classes, and reading their chaining fields.
 * CPython: Python/ceval.c (format_exc_check_arg, do_raise, the error messages of the opcodes)
 * and Python/errors.c.
 */
final class Errors {
    private Errors() {}

    static PyException typeError(String msg) {
        return PyErr.format(PyExc.TypeError, "%s", msg);
    }

    static PyException valueError(String msg) {
        return PyErr.format(PyExc.ValueError, "%s", msg);
    }

    static PyException runtimeError(String msg) {
        return PyErr.format(PyExc.RuntimeError, "%s", msg);
    }

    static PyException systemError(String msg) {
        return PyErr.format(PyExc.SystemError, "%s", msg);
    }

    static PyException importError(String msg) {
        return PyErr.format(PyExc.ImportError, "%s", msg);
    }

    /** NameError for a global or builtin, with the name attribute set. */
    static PyException nameError(PyObject name) {
        PyException e = PyErr.format(PyExc.NameError, "name '%S' is not defined", name);
        e.value.setAttrField("name", name);
        return e;
    }

    static PyException unboundLocal(String name) {
        return PyErr.format(PyExc.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value", name);
    }

    /** LOAD_DEREF of an empty cell: free variables and cells have different messages. */
    static PyException unboundDeref(ExecCode x, int i) {
        String name = x.localName(i);
        if ((x.kinds[i] & org.sanca.objects.PyCode.CO_FAST_FREE) != 0) {
            PyException e = PyErr.format(PyExc.NameError,
                    "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
            e.value.setAttrField("name", PyStr.of(name));
            return e;
        }
        return unboundLocal(name);
    }

    static PyException recursionError() {
        return PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
    }

    /** StopIteration carrying a return value (none when the value is None). */
    static PyException stopIteration(PyObject value) {
        return org.sanca.objects.ReturningIterator.stopIteration(value);
    }

    static PyObject stopIterationValue(PyException e) {
        PyObject v = e.value.getAttrField("value");
        return v == null ? Py.None : v;
    }

    static PyException stopAsyncIteration() {
        return PyErr.raise(PyExc.StopAsyncIteration);
    }

    static PyException generatorExit() {
        return PyErr.raise(PyExc.GeneratorExit);
    }

    static boolean isStopIteration(PyException e) {
        return e.matches(PyExc.StopIteration);
    }

    static boolean isGeneratorExit(PyException e) {
        return e.matches(PyExc.GeneratorExit);
    }

    static boolean isGeneratorExitOrStopIteration(PyException e) {
        return e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration);
    }

    static boolean isStopAsyncIteration(PyObject exc) {
        return exc.type().isSubtype(PyExc.StopAsyncIteration);
    }

    /**
     * PEP 479: StopIteration (or StopAsyncIteration in an async generator) leaving a generator
     * becomes RuntimeError, with the original as cause and context.
     */
    static PyException stopIterationInGenerator(PyGenerator g, PyException e) {
        String what;
        if (e.matches(PyExc.StopIteration)) {
            what = "StopIteration";
        } else if (g instanceof PyAsyncGenerator && e.matches(PyExc.StopAsyncIteration)) {
            what = "StopAsyncIteration";
        } else {
            return e;
        }
        PyException r = runtimeError(g.kind() + " raised " + what);
        r.value.cause = e.value;
        r.value.context = e.value;
        r.value.suppressContext = true;
        return r;
    }

    /** The exception instance a PyException carries. */
    static PyObject value(PyException e) {
        return e.value;
    }

    /** Raises an exception instance again (RERAISE, bare raise). */
    static PyException toJava(PyObject exc) {
        if (exc instanceof PyBaseException be) return new PyException(be);
        return typeError("exceptions must derive from BaseException");
    }

    /** do_raise: raise exc [from cause]; classes are instantiated. */
    static PyException raiseFrom(PyObject exc, PyObject cause) {
        PyBaseException value = instantiate(exc);
        if (cause != null) {
            PyObject c;
            if (cause == Py.None) {
                c = null;
            } else if (cause instanceof PyType ct && ct.isSubtype(PyExc.BaseException)) {
                c = Abstract.call(ct);
            } else if (cause instanceof PyBaseException) {
                c = cause;
            } else {
                return typeError("exception causes must derive from BaseException");
            }
            value.cause = c;
            value.suppressContext = true;
        }
        return new PyException(value);
    }

    private static PyBaseException instantiate(PyObject exc) {
        if (exc instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            PyObject v = Abstract.call(t);
            if (v instanceof PyBaseException be) return be;
            throw typeError("calling " + Abstract.repr(t).asString()
                    + " should have returned an instance of BaseException, not " + Abstract.repr(v.type()).asString());
        }
        if (exc instanceof PyBaseException be) return be;
        throw typeError("exceptions must derive from BaseException");
    }

    static PyObject traceback(PyObject exc) {
        return ((PyBaseException) exc).traceback;
    }

    static void setTraceback(PyObject exc, PyTraceback tb) {
        ((PyBaseException) exc).traceback = tb;
    }

    static PyObject tracebackOrNone(PyObject exc) {
        PyObject tb = exc instanceof PyBaseException be ? be.traceback : null;
        return tb == null ? Py.None : tb;
    }

    static PyObject context(PyObject exc) {
        return ((PyBaseException) exc).context;
    }

    static void setContext(PyObject exc, PyObject ctx) {
        ((PyBaseException) exc).context = ctx;
    }

    /** check_except_type_valid: except clauses take exception classes or tuples of them. */
    static void checkExceptType(PyObject type) {
        if (type instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (!isExceptionClass(t.get(i))) throw catchingNonException();
            }
        } else if (!isExceptionClass(type)) {
            throw catchingNonException();
        }
    }

    private static PyException catchingNonException() {
        return typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    private static boolean isExceptionClass(PyObject o) {
        return o instanceof PyType t && t.isSubtype(PyExc.BaseException);
    }

    /** check_except_star_type_valid: also refuses exception groups. */
    static void checkExceptStarType(PyObject type) {
        checkExceptType(type);
        boolean group = type instanceof PyTuple t
                ? anyGroup(t)
                : ((PyType) type).isSubtype(PyExc.BaseExceptionGroup);
        if (group) throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    private static boolean anyGroup(PyTuple t) {
        for (int i = 0; i < t.size(); i++) {
            if (((PyType) t.get(i)).isSubtype(PyExc.BaseExceptionGroup)) return true;
        }
        return false;
    }

    /** PyErr_GivenExceptionMatches for an instance. */
    static boolean isInstance(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (isInstance(exc, t.get(i))) return true;
            }
            return false;
        }
        return type instanceof PyType tt && exc.type().isSubtype(tt);
    }

    static boolean isExceptionGroup(PyObject exc) {
        return exc.type().isSubtype(PyExc.BaseExceptionGroup);
    }

    /** A naked exception caught by except*: wrapped in BaseExceptionGroup("", (exc,)). */
    static PyObject wrapInGroup(PyObject exc) {
        PyObject g = Abstract.call(PyExc.BaseExceptionGroup, PyStr.of(""), PyTuple.of(exc));
        ((PyBaseException) g).traceback = ((PyBaseException) exc).traceback;
        return g;
    }

    /** The part of group {@code orig} whose leaves are in {@code keep}, keeping its nesting. */
    static PyObject projectGroup(PyObject orig, Set<PyObject> keep) {
        return ExceptionGroups.split(orig, keep::contains, false)[0];
    }

    static PyObject newExceptionGroup(String msg, List<PyObject> excs) {
        return Abstract.call(PyExc.BaseExceptionGroup, PyStr.of(msg), new PyList(excs.toArray(new PyObject[0])));
    }

    static PyObject[] groupExceptions(PyObject group) {
        return ((PyTuple) ((PyBaseException) group).getAttrField("exceptions")).toArray();
    }

    static PyObject assertionErrorType() {
        return PyExc.AssertionError;
    }

    /** BEFORE_WITH on an object without __enter__/__exit__ (3.11's message). */
    static PyException withProtocol(PyObject mgr, boolean async, boolean exit) {
        String proto = async ? "asynchronous context manager" : "context manager";
        String what = async ? (exit ? "__aexit__" : "__aenter__") : (exit ? "__exit__" : "__enter__");
        return PyErr.format(PyExc.TypeError, "'%.200s' object does not support the %s protocol%s",
                PyErr.typeName(mgr), proto, exit ? " (missed " + what + " method)" : "");
    }

    /** GET_AWAITABLE on a non-awaitable: messages of format_awaitable_error. */
    static PyException notAwaitable(PyObject o, int where) {
        String t = PyErr.typeName(o);
        if (where == 1) {
            return typeError("'async with' received an object from __aenter__ that does not implement __await__: " + t);
        }
        if (where == 2) {
            return typeError("'async with' received an object from __aexit__ that does not implement __await__: " + t);
        }
        return typeError("object " + t + " can't be used in 'await' expression");
    }

    static PyException importStarNotStr(PyObject module, PyObject item, boolean fromDict) {
        String modname = Abstract.lookupAttr(module, "__name__") instanceof PyStr s ? s.asString() : "?";
        String where = fromDict ? "Key in " + modname + ".__dict__" : "Item in " + modname + ".__all__";
        return typeError(where + " must be str, not " + PyErr.typeName(item));
    }

    static String repr(PyObject o) {
        return Abstract.repr(o).asString();
    }

    /**
     * PyErr_WriteUnraisable: "Exception ignored in: obj" and the exception's report on sys.stderr
     * (through sys.excepthook); nothing it does raises.
     */
    static void writeUnraisable(PyException e, PyObject obj) {
        try {
            PyObject sys = Interpreter.getSys();
            PyObject err = sys == null ? null : Abstract.lookupAttr(sys, "stderr");
            PyObject hook = sys == null ? null : Abstract.lookupAttr(sys, "excepthook");
            if (err == null || err == Py.None || hook == null) return;
            Abstract.callMethod(err, "write", PyStr.of("Exception ignored in: " + Abstract.repr(obj).asString() + "\n"));
            PyBaseException v = e.value;
            PyObject tb = v.traceback;
            PyFrame f = ThreadState.get().currentFrame();
            if (tb == null && f != null) v.traceback = tb = new PyTraceback(null, f, f.lasti);
            Abstract.call(hook, v.type(), v, tb == null ? Py.None : tb);
        } catch (PyException lost) {
            // as in CPython, the report itself cannot raise
        }
    }
}
