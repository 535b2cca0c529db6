package org.sanca.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanca.ast.ModTy;
import org.sanca.ast.Module;
import org.sanca.objects.Abstract;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyType;
import org.sanca.parser.Parser;

/** The _ast classes and the Java/Python AST conversion, against python3's ast module. */
class AstModuleTest {
    private static String repr(PyObject o) {
        return Abstract.repr(o).asString();
    }

    @Test
    void classesMatchPython3() throws IOException {
        String expected;
        try (InputStream in = AstModuleTest.class.getResourceAsStream("ast-classes.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AstModule ast = AstModule.get();
        for (String line : expected.split("\n")) {
            String[] f = line.split("\t");
            PyType t = ast.type(f[0]);
            assertEquals(f[1], repr(Abstract.getAttr(t, "__doc__")), f[0] + ".__doc__");
            assertEquals(f[2], repr(Abstract.getAttr(t, "_fields")), f[0] + "._fields");
            assertEquals(f[3], repr(Abstract.getAttr(t, "_attributes")), f[0] + "._attributes");
            assertEquals(f[4], t.getBase().getName(), f[0] + " base");
            assertEquals("ast", ((org.sanca.objects.PyStr) Abstract.getAttr(t, "__module__")).asString());
        }
    }

    @Test
    void roundTripThroughPythonObjects() {
        ModTy mod = Parser.parse("x = a[1] + f(*b, k=2)\n", "<test>", Parser.Mode.FILE);
        AstConverter conv = new AstConverter();
        PyObject obj = conv.toPython(mod);
        assertEquals("Module", obj.type().getName());
        PyObject assign = Abstract.getItem(Abstract.getAttr(obj, "body"), org.sanca.objects.PyInt.of(0));
        assertEquals("1", repr(Abstract.getAttr(assign, "lineno")));
        assertEquals("21", repr(Abstract.getAttr(assign, "end_col_offset")));
        PyObject value = Abstract.getAttr(assign, "value");
        assertEquals("Add", Abstract.getAttr(value, "op").type().getName());
        assertSame(Abstract.getAttr(value, "op"), conv.toPython(org.sanca.ast.OperatorTy.Add));
        Module back = (Module) conv.toJava(obj, "mod");
        assertEquals(1, back.body.size());
        PyObject again = conv.toPython(back);
        assertEquals(dump(obj), dump(again));
    }

    private static String dump(PyObject node) {
        StringBuilder sb = new StringBuilder(node.type().getName()).append('(');
        PyObject fields = Abstract.lookupAttr(node.type(), "_fields");
        if (fields != null) {
            PyObject it = Abstract.getIter(fields);
            for (PyObject f = Abstract.next(it); f != null; f = Abstract.next(it)) {
                PyObject v = Abstract.lookupAttr(node, (org.sanca.objects.PyStr) f);
                sb.append(f).append('=').append(v == null ? "-" : v instanceof org.sanca.objects.PyList l
                    ? listDump(l) : Abstract.lookupAttr(v.type(), "_fields") != null ? dump(v) : repr(v)).append(',');
            }
        }
        return sb.append(')').toString();
    }

    private static String listDump(org.sanca.objects.PyList l) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < l.size(); i++) {
            sb.append(dump(l.get(i))).append(';');
        }
        return sb.append(']').toString();
    }

    @Test
    void constructorAndErrors() {
        PyType name = AstModule.get().type("Name");
        PyObject n = Abstract.call(name, org.sanca.objects.PyStr.of("x"));
        assertEquals("'x'", repr(Abstract.getAttr(n, "id")));
        PyException e = assertThrows(PyException.class,
            () -> Abstract.call(name, org.sanca.objects.PyInt.of(1), org.sanca.objects.PyInt.of(2),
                org.sanca.objects.PyInt.of(3)));
        assertEquals("TypeError: Name constructor takes at most 2 positional arguments", e.getMessage());
        PyException missing = assertThrows(PyException.class, () -> new AstConverter().toJava(n, "expr"));
        assertEquals("TypeError: required field \"lineno\" missing from expr", missing.getMessage());
    }
}
