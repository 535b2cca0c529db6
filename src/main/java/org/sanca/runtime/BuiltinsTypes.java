package org.sanca.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.sanca.objects.FuncIterators;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyExc;
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

    /** The object-model classes whose TYPE is a builtins name (when the class exists). */
    private static final String[] TYPE_CLASSES = {
        "PyInt", "PyBool", "PyFloat", "PyComplex", "PyStr", "PyBytes", "PyByteArray", "PyList", "PyTuple",
        "PyDict", "PySet", "PyFrozenSet", "PyRange", "PySlice", "PyEnumerate", "PyReversed", "PyProperty",
        "PyStaticMethod", "PyClassMethod", "PySuper", "PyMemoryView"};

    static void populate(PyDict d) {
        d.setItem(PyStr.of("None"), Py.None);
        d.setItem(PyStr.of("True"), Py.True);
        d.setItem(PyStr.of("False"), Py.False);
        d.setItem(PyStr.of("Ellipsis"), Py.Ellipsis);
        d.setItem(PyStr.of("NotImplemented"), Py.NotImplemented);
        d.setItem(PyStr.of("object"), PyType.OBJECT);
        d.setItem(PyStr.of("type"), PyType.TYPE);
        for (String name : TYPE_CLASSES) {
            PyType t = typeOf("org.sanca.objects." + name);
            if (t != null) {
                d.setItem(PyStr.of(t.getName()), t);
            }
        }
        for (PyType t : new PyType[] {FuncIterators.ENUMERATE, FuncIterators.ZIP, FuncIterators.MAP,
            FuncIterators.FILTER, FuncIterators.REVERSED}) {
            d.setItem(PyStr.of(t.getName()), t);
        }
        addExceptions(d);
    }

    private static PyType typeOf(String className) {
        try {
            Field f = Class.forName(className).getField("TYPE");
            return f.get(null) instanceof PyType t ? t : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
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
