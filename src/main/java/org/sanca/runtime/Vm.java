package org.sanca.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;

import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;

/**
 * The runtime's one doorway into the eval loop (package org.sanca.vm): running code objects,
 * class bodies, and reading frames, cells and tracebacks. It binds to the vm's classes by
 * name so the runtime builds before the vm package exists; a missing piece raises SystemError.
 * CPython: Include/cpython/ceval.h (PyEval_EvalCode, _PyEval_Vector) and frameobject.h.
 */
public final class Vm {
    private Vm() {}

    private static final ConcurrentHashMap<String, MethodHandle> HANDLES = new ConcurrentHashMap<>();

    private static MethodHandle handle(String cls, String name) {
        return HANDLES.computeIfAbsent(cls + "." + name, key -> {
            try {
                Class<?> c = Class.forName("org.sanca.vm." + cls);
                for (Method m : c.getMethods()) {
                    if (m.getName().equals(name)) {
                        return MethodHandles.publicLookup().unreflect(m);
                    }
                }
            } catch (ClassNotFoundException | IllegalAccessException e) {
                return null;
            }
            return null;
        });
    }

    private static Object invoke(String cls, String name, Object... args) {
        MethodHandle h = handle(cls, name);
        if (h == null) {
            throw PyErr.format(PyExc.SystemError, "the eval loop is not available (org.sanca.vm.%s.%s)", cls, name);
        }
        try {
            return h.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** PyEval_EvalCode: runs a module body or exec'd code with these globals and locals. */
    public static PyObject evalCode(PyCode code, PyDict globals, PyObject locals) {
        return (PyObject) invoke("Calls", "evalCode", code, globals, locals);
    }

    /** Runs a class body function with {@code ns} as its locals; returns the __class__ cell or None. */
    public static PyObject callWithLocals(PyObject function, PyObject ns) {
        return (PyObject) invoke("Calls", "callWithLocals", function, ns);
    }

    /** Whether {@code o} is a Python function object. */
    public static boolean isFunction(PyObject o) {
        return o.getClass().getName().equals("org.sanca.vm.PyFunction");
    }

    /** The contents of a cell object, null when empty or when {@code o} is not a cell. */
    public static PyObject cellContents(PyObject o) {
        if (!o.getClass().getName().equals("org.sanca.vm.PyCell")) {
            return null;
        }
        return (PyObject) invoke("PyCell", "get", o);
    }

    /** Whether {@code o} is a cell. */
    public static boolean isCell(PyObject o) {
        return o.getClass().getName().equals("org.sanca.vm.PyCell");
    }

    /** The innermost Python frame of this thread, or null. */
    public static PyObject currentFrame() {
        Object ts = invoke("ThreadState", "get");
        return (PyObject) invoke("ThreadState", "currentFrame", ts);
    }

    /** The exception being handled on this thread (sys.exception()), or None. */
    public static PyObject handledException() {
        Object ts = invoke("ThreadState", "get");
        return (PyObject) invoke("ThreadState", "handledException", ts);
    }

    public static PyDict frameGlobals(PyObject frame) {
        return (PyDict) invoke("PyFrame", "getGlobals", frame);
    }

    public static PyObject frameLocals(PyObject frame) {
        return (PyObject) invoke("PyFrame", "getLocals", frame);
    }

    public static PyObject frameBuiltins(PyObject frame) {
        return (PyObject) invoke("PyFrame", "getBuiltins", frame);
    }

    public static PyObject frameBack(PyObject frame) {
        return (PyObject) invoke("PyFrame", "getBack", frame);
    }

    public static PyCode frameCode(PyObject frame) {
        return (PyCode) invoke("PyFrame", "getCode", frame);
    }

    /** Whether {@code o} is a traceback object. */
    public static boolean isTraceback(PyObject o) {
        return o != null && o.getClass().getName().equals("org.sanca.vm.PyTraceback");
    }

    public static PyObject tracebackNext(PyObject tb) {
        return (PyObject) invoke("PyTraceback", "getNext", tb);
    }

    public static PyObject tracebackFrame(PyObject tb) {
        return (PyObject) invoke("PyTraceback", "getFrame", tb);
    }

    /** tb_lasti as CPython gives it: a byte offset into co_code. */
    public static int tracebackLasti(PyObject tb) {
        return (Integer) invoke("PyTraceback", "getLasti", tb);
    }

    public static int tracebackLineno(PyObject tb) {
        return (Integer) invoke("PyTraceback", "getLineno", tb);
    }

    public static int getRecursionLimit() {
        return (Integer) invoke("Interpreter", "getRecursionLimit");
    }

    public static void setRecursionLimit(int limit) {
        invoke("Interpreter", "setRecursionLimit", limit);
    }

    /** Installs the builtins dict and sys module the eval loop falls back on. */
    public static void install(PyDict builtins, PyObject sys) {
        if (handle("Interpreter", "setBuiltins") != null) {
            invoke("Interpreter", "setBuiltins", builtins);
            invoke("Interpreter", "setSys", sys);
        }
    }
}
