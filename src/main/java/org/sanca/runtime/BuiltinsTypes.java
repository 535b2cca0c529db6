package org.sanca.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.sanca.objects.FuncIterators;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyByteArray;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyClassMethod;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyMemoryView;
import org.sanca.objects.PyProperty;
import org.sanca.objects.PyRange;
import org.sanca.objects.PySet;
import org.sanca.objects.PySlice;
import org.sanca.objects.PyStaticMethod;
import org.sanca.objects.PySuper;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;

/**
 * The builtins module's constants and classes: None, True, ..., the builtin types the object
 * model defines, and every exception class.
 * CPython: Python/bltinmodule.c (_PyBuiltin_Init's SETBUILTIN list) and
 * Objects/exceptions.c (_PyBuiltins_AddExceptions).
 */
final class BuiltinsTypes {
    private BuiltinsTypes() {}

    /** The object model's types that are builtins names. */
    private static final PyType[] TYPES = {
        PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE,
        PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyFrozenSet.TYPE, PyRange.TYPE, PySlice.TYPE,
        PyProperty.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PySuper.TYPE, PyMemoryView.TYPE,
        FuncIterators.ENUMERATE, FuncIterators.ZIP, FuncIterators.MAP, FuncIterators.FILTER, FuncIterators.REVERSED};

    /** The order of CPython's builtins dict, which decides ties between "Did you mean" candidates. */
    private static final String[] ORDER = {
        "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__",
        "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir",
        "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input",
        "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next", "anext", "oct",
        "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars", "None", "Ellipsis",
        "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod",
        "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
        "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type",
        "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit",
        "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError", "AttributeError",
        "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "OSError",
        "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError",
        "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
        "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
        "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
        "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError",
        "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
        "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError",
        "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError",
        "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError",
        "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError",
        "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError",
        "open", "quit", "exit", "copyright", "credits", "license", "help"};

    /** Rebuilds {@code d} with CPython's key order; names CPython lacks come last. */
    static void reorder(PyDict d) {
        PyDict copy = d.copy();
        d.clear();
        for (String name : ORDER) {
            org.sanca.objects.PyObject v = copy.getItemStr(PyStr.of(name));
            if (v != null) {
                d.setItem(PyStr.of(name), v);
            }
        }
        for (PyDict.Entry e : copy.entries()) {
            if (d.getItem(e.key()) == null) {
                d.setItem(e.key(), e.value());
            }
        }
    }

    static void populate(PyDict d) {
        d.setItem(PyStr.of("None"), Py.None);
        d.setItem(PyStr.of("True"), Py.True);
        d.setItem(PyStr.of("False"), Py.False);
        d.setItem(PyStr.of("Ellipsis"), Py.Ellipsis);
        d.setItem(PyStr.of("NotImplemented"), Py.NotImplemented);
        d.setItem(PyStr.of("object"), PyType.OBJECT);
        d.setItem(PyStr.of("type"), PyType.TYPE);
        for (PyType t : TYPES) {
            d.setItem(PyStr.of(t.getName()), t);
        }
        addExceptions(d);
        d.setItem(PyStr.of("EnvironmentError"), PyExc.OSError);
        d.setItem(PyStr.of("IOError"), PyExc.OSError);
    }

    /** Every public static PyType of PyExc: the exception classes and warning categories. */
    private static void addExceptions(PyDict d) {
        for (Field f : PyExc.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != PyType.class) {
                continue;
            }
            try {
                PyType t = (PyType) f.get(null);
                d.setItem(PyStr.of(t.getName()), t);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
