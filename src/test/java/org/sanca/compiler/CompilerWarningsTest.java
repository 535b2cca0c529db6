package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanca.ast.ModTy;
import org.sanca.parser.SyntaxErrorException;

/**
 * The compiler's SyntaxWarnings, and a warning turned into a SyntaxError, against what python3's
 * compile() reported for the same file (src/test/resources/compiler/warnings/expected.txt).
 */
class CompilerWarningsTest {
    private static final Path DIR = CompilerFidelityTest.RES.resolve("warnings");
    private static final String FILE = "src/test/resources/compiler/warnings/warnings.py";

    private static ModTy tree() throws Exception {
        return (ModTy) AstReader.read(Files.readString(DIR.resolve("warnings.ast")));
    }

    @Test
    void warningsMatchCPython() throws Exception {
        List<String> expected = new ArrayList<>(Files.readAllLines(DIR.resolve("expected.txt")));
        expected.removeIf(l -> l.startsWith("ERROR|") || l.isBlank());
        List<String> got = new ArrayList<>();
        Compiler.compile(tree(), FILE, Compiler.Mode.EXEC, 0, 0, (msg, file, line) -> {
            assertEquals(FILE, file);
            got.add(msg + "|" + line);
            return false;
        });
        assertEquals(expected, got);
    }

    @Test
    void warningAsErrorBecomesSyntaxError() throws Exception {
        String err = Files.readAllLines(DIR.resolve("expected.txt")).stream().filter(l -> l.startsWith("ERROR|")).findFirst().orElseThrow();
        String[] f = err.split("\\|");
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Compiler.compile(tree(), FILE, Compiler.Mode.EXEC, 0, 0, (msg, file, line) -> true));
        assertEquals(f[1], e.msg);
        assertEquals(Integer.parseInt(f[2]), e.lineno);
        assertEquals(Integer.parseInt(f[3]), e.offset);
    }
}
