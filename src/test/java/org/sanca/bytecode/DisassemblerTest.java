package org.sanca.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyObject;

/** Disassembler output equals python3's dis.dis() of the same snippets (code addresses masked). */
class DisassemblerTest {
    private static String repr(PyObject o) {
        if (o instanceof PyCode c) {
            return "<code object " + c.getName() + " at 0xADDR, file \"" + c.getFilename() + "\", line " + c.getFirstlineno() + ">";
        }
        return org.sanca.compiler.TestAccess.repr(o);
    }

    @ParameterizedTest
    @ValueSource(strings = {"functions", "control", "classes", "expressions", "matching"})
    void matchesDis(String name) throws Exception {
        PyCode code = TestCompile.snippet(name);
        String want = Files.readString(Path.of("src/test/resources/compiler/snippets/" + name + ".dis"));
        assertEquals(want, Disassembler.dis(code, DisassemblerTest::repr));
    }
}
