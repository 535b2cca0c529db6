package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanca.ast.ModTy;
import org.sanca.parser.SyntaxErrorException;

/**
 * The SyntaxErrors the symbol table and compiler raise, with CPython's messages and positions
 * (src/test/resources/compiler/errors/expected.txt holds what python3's compile() reported).
 */
class CompilerErrorsTest {
    @TestFactory
    List<DynamicTest> errors() throws IOException {
        Path dir = CompilerFidelityTest.RES.resolve("errors");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
            if (line.isBlank()) continue;
            String[] f = line.split("\\|");
            tests.add(DynamicTest.dynamicTest(f[0], () -> {
                ModTy mod = (ModTy) AstReader.read(Files.readString(dir.resolve(f[0].replace(".py", ".ast"))));
                SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                        () -> Compiler.compile(mod, f[0], Compiler.Mode.EXEC, 0, 0));
                assertEquals(f[1], e.msg);
                assertEquals("SyntaxError", e.kind);
                assertEquals(Integer.parseInt(f[2]), e.lineno, "lineno");
                assertEquals(Integer.parseInt(f[3]), e.offset, "offset");
                assertEquals(Integer.parseInt(f[4]), e.endLineno, "end_lineno");
                assertEquals(f[5].equals("None") ? SyntaxErrorException.NONE : Integer.parseInt(f[5]), e.endOffset, "end_offset");
            }));
        }
        return tests;
    }
}
