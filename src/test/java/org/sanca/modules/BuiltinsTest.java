package org.sanca.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanca.cli.CommandLine;
import org.sanca.objects.Abstract;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyException;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.runtime.PySystemState;

/** builtins and sys functions called from Java; expected values are python3's. */
class BuiltinsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PySystemState state;

    @BeforeEach
    void start() throws Exception {
        CommandLine.Options o = CommandLine.parse("python3", new String[] {"-c", "pass", "a1"}, Map.of());
        state = PySystemState.create(o, Map.of(), new ByteArrayInputStream("line one\nline two\n".getBytes()),
            new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    }

    private PyObject builtin(String name) {
        return state.builtinsDict().getItemStr(PyStr.of(name));
    }

    private PyObject call(String name, PyObject... args) {
        return Abstract.call(builtin(name), args);
    }

    private static PyObject i(long v) {
        return PyInt.of(v);
    }

    private static PyObject s(String v) {
        return PyStr.of(v);
    }

    private static String repr(PyObject o) {
        return Abstract.repr(o).asString();
    }

    private String printed() {
        state.flushStdFiles();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printWithSepEndAndFile() {
        call("print", s("a"), i(1), org.sanca.objects.Py.None);
        Abstract.call(builtin("print"), new PyObject[] {s("x"), s("y"), s("-"), s("!\n")}, 0, 2,
            PyTuple.of(s("sep"), s("end")));
        assertEquals("a 1 None\nx-y!\n", printed());
        PyException e = assertThrows(PyException.class, () -> Abstract.call(builtin("print"),
            new PyObject[] {s("x"), i(1)}, 0, 1, PyTuple.of(s("sep"))));
        assertEquals("TypeError: sep must be None or a string, not int", e.getMessage());
    }

    @Test
    void reductions() {
        PyObject list = new PyList(new PyObject[] {i(3), i(1), i(2)});
        assertEquals("1", repr(call("min", list)));
        assertEquals("3", repr(call("max", i(3), i(1), i(2))));
        assertEquals("6", repr(call("sum", list)));
        assertEquals("[1, 2, 3]", repr(call("sorted", list)));
        assertEquals("True", repr(call("any", list)));
        assertEquals("ValueError: max() arg is an empty sequence",
            assertThrows(PyException.class, () -> call("max", new PyList())).getMessage());
        assertEquals("TypeError: sum() can't sum strings [use ''.join(seq) instead]",
            assertThrows(PyException.class, () -> call("sum", list, s(""))).getMessage());
    }

    @Test
    void numbersAndCharacters() {
        assertEquals("'0xff'", repr(call("hex", i(255))));
        assertEquals("'-0x1'", repr(call("hex", i(-1))));
        assertEquals("'0o10'", repr(call("oct", i(8))));
        assertEquals("'-0b110'", repr(call("bin", i(-6))));
        assertEquals("'A'", repr(call("chr", i(65))));
        assertEquals("9786", repr(call("ord", s("\u263a"))));
        assertEquals("(3, 1)", repr(call("divmod", i(7), i(2))));
        assertEquals("1024", repr(call("pow", i(2), i(10))));
        assertEquals("'00101010'", repr(call("format", i(42), s("08b"))));
        assertEquals("TypeError: ord() expected a character, but string of length 2 found",
            assertThrows(PyException.class, () -> call("ord", s("ab"))).getMessage());
        assertEquals("ValueError: chr() arg not in range(0x110000)",
            assertThrows(PyException.class, () -> call("chr", i(0x110000))).getMessage());
    }

    @Test
    void attributes() {
        PyObject ns = Namespace.of(new org.sanca.objects.PyDict());
        call("setattr", ns, s("v"), i(5));
        assertEquals("5", repr(call("getattr", ns, s("v"))));
        assertEquals("'d'", repr(call("getattr", ns, s("w"), s("d"))));
        assertEquals("False", repr(call("hasattr", ns, s("w"))));
        assertEquals("namespace(v=5)", repr(ns));
    }

    @Test
    void compileToAstAndCode() {
        PyObject tree = call("compile", s("x = 1"), s("<t>"), s("exec"), i(1024));
        assertEquals("Module", tree.type().getName());
        PyObject code = call("compile", tree, s("<t>"), s("exec"));
        assertEquals(PyCode.class, code.getClass());
        assertEquals("ValueError: compile() mode must be 'exec', 'eval' or 'single'",
            assertThrows(PyException.class, () -> call("compile", s("x"), s("f"), s("bad"))).getMessage());
        PyException syntax = assertThrows(PyException.class, () -> call("compile", s("1 +* 2"), s("f"), s("eval")));
        assertEquals("SyntaxError: invalid syntax (f, line 1)", syntax.getMessage());
        assertEquals("4", repr(Abstract.getAttr(syntax.value, "offset")));
    }

    @Test
    void sysValues() {
        PyObject sys = state.sysModule();
        assertEquals("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)",
            repr(Abstract.getAttr(sys, "version_info")));
        assertEquals("['-c', 'a1']", repr(Abstract.getAttr(sys, "argv")));
        assertEquals("3", repr(Abstract.getItem(Abstract.getAttr(sys, "version_info"), i(0))));
        assertEquals("'0x30b07f0'", repr(call("hex", Abstract.getAttr(sys, "hexversion"))));
        assertEquals("True", repr(Abstract.richCompare(Abstract.getAttr(sys, "version_info"),
            PyTuple.of(i(3), i(11)), Abstract.GE)));
        assertEquals("0", repr(Abstract.getAttr(Abstract.getAttr(sys, "flags"), "optimize")));
        PyException exit = assertThrows(PyException.class,
            () -> Abstract.call(Abstract.getAttr(sys, "exit"), i(3)));
        assertEquals("3", repr(Abstract.getAttr(exit.value, "code")));
    }

    @Test
    void inputReadsStdin() {
        assertEquals("'line one'", repr(call("input", s("? "))));
        assertEquals("? ", printed());
        assertEquals("'line two\\n'", repr(Abstract.callMethod(state.getStdin(), "readline")));
        assertEquals("EOFError: EOF when reading a line",
            assertThrows(PyException.class, () -> call("input")).getMessage());
    }
}
