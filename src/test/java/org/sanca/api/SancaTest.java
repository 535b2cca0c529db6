package org.sanca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The embedding API: running code, exchanging values, and Python exceptions in Java. */
class SancaTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Sanca create() {
        return Sanca.create(List.of("prog", "x"), new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    }

    @Test
    void execEvalGetSet() {
        try (Sanca py = create()) {
            py.exec("x = 6 * 7");
            assertEquals(42L, py.eval("x"));
            py.set("name", "world");
            py.exec("greeting = 'hello ' + name\nitems = [1, 2.5, None, True]\nd = {'a': (1, 2)}");
            assertEquals("hello world", py.get("greeting"));
            assertEquals(java.util.Arrays.asList(1L, 2.5, null, true), py.get("items"));
            assertEquals(Map.of("a", List.of(1L, 2L)), py.get("d"));
            assertEquals(new java.math.BigInteger("1267650600228229401496703205376"), py.eval("2 ** 100"));
            assertTrue(py.contains("x"));
            assertEquals(null, py.get("undefined_name"));
        }
    }

    @Test
    void callAndPrint() {
        try (Sanca py = create()) {
            py.exec("import sys\ndef add(a, b):\n    return a + b\nprint('argv', sys.argv)");
            assertEquals(5L, py.call("add", 2, 3));
            assertEquals("ab", py.call("add", "a", "b"));
        }
        assertEquals("argv ['prog', 'x']\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pythonExceptionsSurface() {
        try (Sanca py = create()) {
            PythonException e = assertThrows(PythonException.class, () -> py.exec("def f():\n    1/0\nf()"));
            assertEquals("ZeroDivisionError", e.getPythonType());
            assertEquals("division by zero", e.getPythonMessage());
            assertEquals("ZeroDivisionError: division by zero", e.getMessage());
            assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n"
                + "  File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n",
                e.getFormattedTraceback());
            PythonException syntax = assertThrows(PythonException.class, () -> py.eval("1 +"));
            assertEquals("SyntaxError", syntax.getPythonType());
            PythonException exit = assertThrows(PythonException.class, () -> py.exec("raise SystemExit(3)"));
            assertTrue(exit.isSystemExit());
            py.exec("y = 1");
            assertEquals(1L, py.get("y"));
        }
    }

    @Test
    void deepRecursionIsRecursionError() {
        try (Sanca py = create()) {
            py.exec("def r(n):\n    return r(n + 1)");
            PythonException e = assertThrows(PythonException.class, () -> py.call("r", 0));
            assertEquals("RecursionError", e.getPythonType());
        }
    }
}
