package org.sanca.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every built-in exception class of Python 3.11, with CPython's hierarchy and class-specific behaviour.
 * CPython: Objects/exceptions.c (PyExc_*, SimpleExtendsException, the OSError, SyntaxError, ImportError,
 * UnicodeError and ExceptionGroup families).
 */
public final class PyExc {
    private PyExc() {}

    /** All built-in exception classes by name, in definition order (for the builtins module). */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BaseException = reg(PyBaseException.TYPE);
    public static final PyType BaseExceptionGroup = make("BaseExceptionGroup", BaseException);
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = make("SystemExit", BaseException);
    public static final PyType Exception = make("Exception", BaseException);
    public static final PyType ArithmeticError = make("ArithmeticError", Exception);
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = make("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = make("AssertionError", Exception);
    public static final PyType AttributeError = make("AttributeError", Exception);
    public static final PyType BufferError = make("BufferError", Exception);
    public static final PyType EOFError = make("EOFError", Exception);
    public static final PyType ExceptionGroup = make("ExceptionGroup", BaseExceptionGroup);
    public static final PyType ImportError = make("ImportError", Exception);
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = make("LookupError", Exception);
    public static final PyType IndexError = make("IndexError", LookupError);
    public static final PyType KeyError = make("KeyError", LookupError);
    public static final PyType MemoryError = make("MemoryError", Exception);
    public static final PyType NameError = make("NameError", Exception);
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
    public static final PyType OSError = make("OSError", Exception);
    public static final PyType BlockingIOError = make("BlockingIOError", OSError);
    public static final PyType ChildProcessError = make("ChildProcessError", OSError);
    public static final PyType ConnectionError = make("ConnectionError", OSError);
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = make("FileExistsError", OSError);
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError);
    public static final PyType InterruptedError = make("InterruptedError", OSError);
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError);
    public static final PyType PermissionError = make("PermissionError", OSError);
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError);
    public static final PyType TimeoutError = make("TimeoutError", OSError);
    public static final PyType ReferenceError = make("ReferenceError", Exception);
    public static final PyType RuntimeError = make("RuntimeError", Exception);
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = make("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
    public static final PyType StopIteration = make("StopIteration", Exception);
    public static final PyType SyntaxError = make("SyntaxError", Exception);
    public static final PyType IndentationError = make("IndentationError", SyntaxError);
    public static final PyType TabError = make("TabError", IndentationError);
    public static final PyType SystemError = make("SystemError", Exception);
    public static final PyType TypeError = make("TypeError", Exception);
    public static final PyType ValueError = make("ValueError", Exception);
    public static final PyType UnicodeError = make("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = make("Warning", Exception);
    public static final PyType BytesWarning = make("BytesWarning", Warning);
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = make("EncodingWarning", Warning);
    public static final PyType FutureWarning = make("FutureWarning", Warning);
    public static final PyType ImportWarning = make("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = make("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning);
    public static final PyType UserWarning = make("UserWarning", Warning);
    /** The aliases of OSError kept in builtins (not in ALL, which is by class name). */
    public static final PyType IOError = OSError, EnvironmentError = OSError;

    private static PyType reg(PyType t) {
        ALL.put(t.getName(), t);
        return t;
    }

    private static PyType make(String name, PyType base) {
        PyType t = new PyType(name, base, PyType.BASETYPE | PyType.BASE_EXC_SUBCLASS);
        t.instanceDict = true;
        return reg(t);
    }

    /** A fresh instance of an exception class (BaseException_new's allocation). */
    static PyBaseException instantiate(PyType t) {
        return new PyBaseException(t);
    }

    /** The classes CPython defines without a tp_new of their own (besides OSError's subclasses). */
    private static final java.util.Set<String> NO_OWN_NEW = java.util.Set.of("AttributeError", "ImportError",
            "ModuleNotFoundError", "IndentationError", "TabError", "KeyError", "NameError", "UnboundLocalError",
            "StopIteration", "SyntaxError", "SystemExit", "ExceptionGroup");

    /**
     * Gives t the __init__ (and __new__) wrappers CPython's static exception types have in their
     * own dict: each sets tp_init (SimpleExtendsException also tp_new) in its type object.
     */
    private static void ownSlots(PyType t) {
        if (t == ExceptionGroup) return;
        PyType base = t.base;
        if (t.tp_init == null) t.tp_init = base.tp_init;
        boolean ownNew = !NO_OWN_NEW.contains(t.getName());
        for (PyType b = base; b != null; b = b.base) ownNew &= b != OSError;
        if (t.tp_new == null && ownNew) t.tp_new = base.tp_new;
    }

    static {
        ExcKinds.init();
        for (PyType t : ALL.values()) {
            if (t == BaseException) continue;
            ownSlots(t);
            if (t == ExceptionGroup) {
                t.bases = PyTuple.of(BaseExceptionGroup, Exception);
                t.mro = TypeNew.c3(t);
                Exception.addSubclass(t);
            }
            t.ready();
        }
    }
}
