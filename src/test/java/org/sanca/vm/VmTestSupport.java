package org.sanca.vm;

import java.util.Map;
import org.sanca.compiler.Compiler;
import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyBaseException;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBuiltinFunction;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyObject;
import org.sanca.objects.PySet;
import org.sanca.objects.PyStr;
import org.sanca.objects.PySuper;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.parser.Parser;

/**
 * Runs Python source end to end (parser, compiler, eval loop) with a minimal builtins dict made
 * here, so the vm's tests do not depend on the runtime's builtins module.
 */
final class VmTestSupport {
    private VmTestSupport() {}

    /** Compiles {@code source} as a module. */
    static PyCode compile(String source) {
        return Compiler.compile(Parser.parse(source, "<test>", Parser.Mode.FILE), "<test>", Compiler.Mode.EXEC, 0, 0);
    }

    /** Runs {@code source}; returns what it printed, plus "!Type: message" for an uncaught exception. */
    static String run(String source) {
        StringBuilder out = new StringBuilder();
        PyDict globals = new PyDict();
        globals.setItem(PyStr.of("__name__"), PyStr.of("__main__"));
        globals.setItem(PyStr.of("__builtins__"), builtins(out));
        try {
            Calls.evalCode(compile(source), globals, globals);
        } catch (PyException e) {
            out.append('!').append(e.getMessage()).append('\n');
        }
        return out.toString();
    }

    static PyDict builtins(StringBuilder out) {
        PyDict b = new PyDict();
        for (Map.Entry<String, PyType> e : PyExc.ALL.entrySet()) put(b, e.getKey(), e.getValue());
        put(b, "int", PyInt.TYPE);
        put(b, "str", PyStr.TYPE);
        put(b, "float", PyFloat.TYPE);
        put(b, "bool", PyBool.TYPE);
        put(b, "list", PyList.TYPE);
        put(b, "tuple", PyTuple.TYPE);
        put(b, "dict", PyDict.TYPE);
        put(b, "set", PySet.TYPE);
        put(b, "type", PyType.TYPE);
        put(b, "object", PyType.OBJECT);
        put(b, "super", PySuper.TYPE);
        put(b, "hasattr", new PyBuiltinFunction("hasattr", null, (self, a, o, n, k) ->
                PyBool.of(Abstract.lookupAttr(a[o], (PyStr) a[o + 1]) != null)));
        put(b, "print", new PyBuiltinFunction("print", null, (self, a, o, n, k) -> {
            String sep = " ";
            String end = "\n";
            for (int i = 0; k != null && i < k.size(); i++) {
                String key = ((PyStr) k.get(i)).asString();
                String v = Abstract.str(a[o + n + i]).asString();
                if (key.equals("sep")) sep = v;
                if (key.equals("end")) end = v;
            }
            for (int i = 0; i < n; i++) {
                if (i > 0) out.append(sep);
                out.append(Abstract.str(a[o + i]).asString());
            }
            out.append(end);
            return Py.None;
        }));
        put(b, "len", new PyBuiltinFunction("len", null, (self, x) -> PyInt.of(Abstract.len(x))));
        put(b, "repr", new PyBuiltinFunction("repr", null, (self, x) -> Abstract.repr(x)));
        put(b, "iter", new PyBuiltinFunction("iter", null, (self, x) -> Abstract.getIter(x)));
        put(b, "next", new PyBuiltinFunction("next", null, (self, x) -> {
            if (x instanceof PyGenerator g) return g.send(Py.None);
            PyObject v = Abstract.next(x);
            if (v == null) throw new PyException(new PyBaseException(PyExc.StopIteration));
            return v;
        }));
        put(b, "isinstance", new PyBuiltinFunction("isinstance", null, (self, a, o, n, k) ->
                PyBool.of(Abstract.isInstance(a[o], a[o + 1]))));
        put(b, "range", new PyBuiltinFunction("range", null, (self, a, o, n, k) -> {
            long start = n > 1 ? ((PyInt) a[o]).longValue() : 0;
            long stop = ((PyInt) a[o + (n > 1 ? 1 : 0)]).longValue();
            long step = n > 2 ? ((PyInt) a[o + 2]).longValue() : 1;
            PyList l = new PyList();
            for (long i = start; step > 0 ? i < stop : i > stop; i += step) l.append(PyInt.of(i));
            return l;
        }));
        put(b, "sorted", new PyBuiltinFunction("sorted", null, (self, x) -> {
            PyList l = PyList.fromIterable(x);
            l.sort(null, false);
            return l;
        }));
        put(b, "_getframe", new PyBuiltinFunction("_getframe", null, (self, a, o, n, k) -> {
            PyFrame f = ThreadState.get().currentFrame();
            for (int d = n > 0 ? (int) ((PyInt) a[o]).longValue() : 0; d > 0; d--) f = f.getBack();
            return f;
        }));
        put(b, "__build_class__", new PyBuiltinFunction("__build_class__", null, VmTestSupport::buildClass));
        return b;
    }

    /** A minimal __build_class__: runs the body in a fresh dict, then type(name, bases, ns). */
    private static PyObject buildClass(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        PyFunction body = (PyFunction) a[o];
        PyObject name = a[o + 1];
        PyTuple bases = PyTuple.of(java.util.Arrays.copyOfRange(a, o + 2, o + n));
        PyDict ns = new PyDict();
        PyObject cell = Calls.callWithLocals(body, ns);
        PyObject cls = Abstract.call(PyType.TYPE, name, bases, ns);
        if (cell instanceof PyCell c) c.set(cls);
        return cls;
    }

    private static void put(PyDict d, String name, PyObject v) {
        d.setItem(PyStr.of(name), v);
    }
}
