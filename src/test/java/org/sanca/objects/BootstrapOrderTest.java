package org.sanca.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The type objects initialise correctly whichever class Java code touches first (each case runs in a
 * fresh JVM, since class initialisation happens once per JVM).
 */
class BootstrapOrderTest {
    static final String[] FIRST = {"PyInt", "PyBool", "PyStr", "PyType", "PyTuple", "PyDict", "PyFrozenSet", "PyFloat",
        "PyExc", "Py", "PyNone", "PyCode", "Abstract", "PyErr", "PyNumber"};

    /** Touches the named class first, then exercises a little of everything. */
    public static void main(String[] args) throws Exception {
        Class.forName("org.sanca.objects." + args[0], true, BootstrapOrderTest.class.getClassLoader());
        PyObject l = PyList.fromIterable(PyTuple.of(PyInt.of(2), PyStr.of("x"), Py.True, PyFloat.of(0.5)));
        PyObject d = new PyDict();
        Abstract.setItem(d, PyStr.of("k"), PySet.fromIterable(PyTuple.of(PyInt.of(1))));
        String r = Abstract.repr(PyTuple.of(l, d, PyNumber.add(Py.True, PyInt.of(1)), PyBool.TYPE.getBase(),
                PyErr.format(PyExc.KeyError, "x").value, PyComplex.of(1, 2))).value;
        System.out.println(r);
    }

    @Test
    void everyFirstTouchWorks() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        StringBuilder failures = new StringBuilder();
        for (String cls : FIRST) {
            try {
                Class.forName("org.sanca.objects." + cls, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                continue;
            }
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    BootstrapOrderTest.class.getName(), cls).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            if (!out.equals("([2, 'x', True, 0.5], {'k': {1}}, 2, <class 'int'>, KeyError('x'), (1+2j))"))
                failures.append(cls).append(": ").append(out.lines().findFirst().orElse("")).append('\n');
        }
        assertEquals("", failures.toString());
    }
}
